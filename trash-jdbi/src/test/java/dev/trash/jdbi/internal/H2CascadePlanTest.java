package dev.trash.jdbi.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * The parent-to-child cascade on H2 goes through the parent index whatever other indexes the host has: with
 * a single-column index on the marker, {@code marker IS NULL} (every active row) must not become the access
 * path. Checked on the plan (the index the MERGE reads its target through), on a freshly loaded table that
 * was never analysed.
 */
class H2CascadePlanTest {

    private final Dialect dialect = new H2Dialect();
    private final Key text = Key.text(dialect);
    private final TypeTable projects = new TypeTable("project", "projects", "id", "workspace_id", null, null, "name",
            "size_bytes", "trash_entry_id", false, text, text, text);
    private final TypeTable models = new TypeTable("model", "models", "id", "workspace_id", "project_id", "project",
            "name", "size_bytes", "trash_entry_id", false, text, text, text);

    @Test
    void theCascadeToChildrenProbesTheParentIndexBesideASingleColumnMarkerIndex() {
        Jdbi jdbi = Jdbi.create("jdbc:h2:mem:plan" + UUID.randomUUID().toString().replace("-", ""));
        try (Handle h = jdbi.open()) {
            h.execute("CREATE TABLE projects (workspace_id VARCHAR(64) NOT NULL, id VARCHAR(64) NOT NULL, "
                    + "name VARCHAR(255) NOT NULL, size_bytes BIGINT NOT NULL, trash_entry_id BIGINT, "
                    + "PRIMARY KEY (workspace_id, id))");
            h.execute("CREATE TABLE models (workspace_id VARCHAR(64) NOT NULL, id VARCHAR(64) NOT NULL, "
                    + "project_id VARCHAR(64) NOT NULL, name VARCHAR(255) NOT NULL, size_bytes BIGINT NOT NULL, "
                    + "trash_entry_id BIGINT, PRIMARY KEY (workspace_id, id), "
                    + "FOREIGN KEY (workspace_id, project_id) REFERENCES projects (workspace_id, id))");
            h.execute("CREATE INDEX models_marker ON models (trash_entry_id)");
            for (String ddl : dialect.markerDdl(projects)) {
                h.execute(ddl);
            }
            for (String ddl : dialect.markerDdl(models)) {
                h.execute(ddl);
            }
            h.execute("INSERT INTO projects SELECT 'ws', 'p' || X, 'p' || X, 0, NULL FROM SYSTEM_RANGE(1, 100)");
            h.execute("INSERT INTO models SELECT 'ws', 'm' || X, 'p' || (MOD(X, 100) + 1), 'm' || X, 1, NULL "
                    + "FROM SYSTEM_RANGE(1, 10000)");

            String cascade = dialect.markChildren(models, SubtreeSql.markedIds(projects, "p"));
            String plan = h.createQuery("EXPLAIN " + cascade).bind("tenant", "ws").bind("entry", 1L)
                    .mapTo(String.class).one();

            String access = plan.substring(plan.indexOf("/*"), plan.indexOf("*/"));

            assertThat(access).as(plan).contains("PROJECT_ID = S.ID").doesNotContain("TRASH_ENTRY_ID");
        }
    }
}

package dev.trash.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trash.Actor;
import dev.trash.ResourceType;
import dev.trash.SettableClock;
import dev.trash.Trash;
import dev.trash.TrashPage;
import dev.trash.TrashQuery;
import dev.trash.TypeCatalogue;
import dev.trash.jdbi.fixture.Schema;
import dev.trash.jdbi.fixture.TestDatabase;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A Trash page on MariaDB reads a page of entries, not the tenant's whole Trash, on a host schema shaped as
 * docs/jdbi.md's adoption walkthrough (BIGINT keys; models and versions taking their tenant from the parent)
 * whose statistics say that one of the parent tables is empty (no model created yet). Joined before the
 * LIMIT, MariaDB scanned that table through a join buffer, which cannot stop at a LIMIT: it read every entry
 * of the tenant, joined them all and sorted them, 2.9 s a page at a million entries. The rows the server
 * reads are counted by its handler counters around one page.
 */
class MariaDbListingPlanTest {

    private static final int ENTRIES = 20_000;
    private static final int PAGE = 50;
    private static Schema schema;

    @BeforeAll
    static void createSchema() {
        TestDatabase.MARIADB.assumeEnabled();
        schema = TestDatabase.MARIADB.create();
    }

    @AfterAll
    static void dropSchema() {
        if (schema != null) {
            schema.close();
        }
    }

    @Test
    void theFirstPageReadsAboutAPageOfRowsWhateverTheTrashHolds() {
        TypeCatalogue catalogue = TypeCatalogue.builder().add(ResourceType.topLevel("project"))
                .add(ResourceType.ownedBy("model", "project")).add(ResourceType.ownedBy("version", "model")).build();
        List<TableMapping> mappings = List.of(TableMapping.forType("project").table("projects").tenant("workspace_id"),
                TableMapping.forType("model").table("models").parent("project_id").tenantFromParent(),
                TableMapping.forType("version").table("versions").parent("model_id").tenantFromParent());
        try (Handle h = schema.jdbi().open()) {
            TrashSchema.install(schema.jdbi(), SqlDialect.MARIADB);
            h.execute("CREATE TABLE projects (id BIGINT AUTO_INCREMENT PRIMARY KEY, workspace_id VARCHAR(64) NOT NULL, "
                    + "name VARCHAR(255) NOT NULL, size_bytes BIGINT NOT NULL)");
            h.execute("CREATE TABLE models (id BIGINT AUTO_INCREMENT PRIMARY KEY, project_id BIGINT NOT NULL "
                    + "REFERENCES projects (id), name VARCHAR(255) NOT NULL, size_bytes BIGINT NOT NULL)");
            h.execute("CREATE TABLE versions (id BIGINT AUTO_INCREMENT PRIMARY KEY, model_id BIGINT NOT NULL "
                    + "REFERENCES models (id), name VARCHAR(255) NOT NULL, size_bytes BIGINT NOT NULL)");
            TrashSchema.markerColumnDdl(SqlDialect.MARIADB, catalogue, mappings).forEach(h::execute);
            h.execute("INSERT INTO projects (workspace_id, name, size_bytes) SELECT 'plan', CONCAT('project ', seq), 1 "
                    + "FROM seq_1_to_" + ENTRIES);
            h.execute("UPDATE projects SET trash_entry_id = id");
            h.execute("INSERT INTO trash_entry (id, tenant, root_type, root_id, root_name, deleted_at, deleted_by, "
                    + "scheduled_cleanup_at, size_bytes, cascaded_count, delete_exclusive_assets, status) "
                    + "SELECT id, 'plan', 'project', CAST(id AS CHAR), name, 1700000000000 + id * 1000, 'loader', "
                    + "1800000000000, 1, 0, FALSE, 'TRASHED' FROM projects");
            h.execute("ANALYZE TABLE trash_entry, projects, models, versions");
        }
        Trash trash = Trash.builder().catalogue(catalogue)
                .repository(JdbiTrashRepository.builder(schema.jdbi(), catalogue).dialect(SqlDialect.MARIADB)
                        .map(mappings.toArray(TableMapping[]::new)).build())
                .clock(SettableClock.at(Instant.parse("2026-02-01T00:00:00Z"))).build();
        Actor actor = Actor.of("plan", "lister");
        TrashQuery firstPage = TrashQuery.firstPage().limit(PAGE);

        try (Handle h = schema.jdbi().open()) {
            long first = rowsRead(h);
            long probe = rowsRead(h) - first; // what reading the counters reads itself
            long before = rowsRead(h);
            TrashPage page = trash.list(actor, firstPage);
            long read = rowsRead(h) - before - probe;

            assertThat(page.rows()).hasSize(PAGE);
            assertThat(page.rows().get(0).entry().root().id()).isEqualTo(String.valueOf(ENTRIES));
            assertThat(read).as("rows the server read for a page of %d among %d entries", PAGE, ENTRIES)
                    .isLessThan(10L * PAGE);
        }
    }

    /** Rows read by every session so far (nothing else runs in the test's JVM meanwhile; the counters are server-wide). */
    private static long rowsRead(Handle h) {
        return h.createQuery("SELECT SUM(VARIABLE_VALUE) FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME IN "
                + "('HANDLER_READ_FIRST', 'HANDLER_READ_KEY', 'HANDLER_READ_LAST', 'HANDLER_READ_NEXT', "
                + "'HANDLER_READ_PREV', 'HANDLER_READ_RND', 'HANDLER_READ_RND_NEXT')").mapTo(Long.class).one();
    }
}

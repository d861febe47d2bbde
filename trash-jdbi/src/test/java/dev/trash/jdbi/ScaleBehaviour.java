package dev.trash.jdbi;

import static dev.trash.testkit.ContractTypes.FOLDER;
import static dev.trash.testkit.ContractTypes.PROJECT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trash.Actor;
import dev.trash.ItemRef;
import dev.trash.SettableClock;
import dev.trash.Trash;
import dev.trash.TrashPage;
import dev.trash.TrashQuery;
import dev.trash.jdbi.fixture.JdbiStore;
import dev.trash.testkit.ContractTypes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.Test;

/**
 * Trash, restore and purge cost the same number of statements for 1,000 descendants as for 100,000: the
 * proof that the verbs are set-based. Rows are generated in the database (a cross join of digits).
 */
abstract class ScaleBehaviour {

    private final AtomicInteger statements = new AtomicInteger();

    /** The store of the subclass's database. */
    protected abstract JdbiStore store();

    @Test
    void statementCountDoesNotGrowWithTheNumberOfRows() {
        Trash trash = countingTrash();
        Jdbi jdbi = store().schema().jdbi();

        Map<String, Integer> small = run(trash, jdbi, "small", 3);
        Map<String, Integer> large = run(trash, jdbi, "large", 5);

        assertThat(large).isEqualTo(small);
        assertThat(small.values()).allSatisfy(count -> assertThat(count).isBetween(1, 60));
    }

    @Test
    void aTrashPageCostsTheSameStatementsWhateverItShows() {
        Trash trash = countingTrash();
        Map<String, Integer> small = listingCosts(trash, "pages-small", 1);
        Map<String, Integer> large = listingCosts(trash, "pages-large", 2);

        assertThat(large).isEqualTo(small);
        // the keyset page joined to the parents, then one query per level of nesting above the page
        assertThat(small).containsEntry("models under an active project", 1)
                .containsEntry("folders nested two levels deep", 3);
    }

    /**
     * Trashes 10^digits models of a project, then for as many chains root / f / g / h of folders each h, each g
     * and each f on its own (h nested in g's entry, g in f's), and counts the statements of each page of 10^digits
     * rows, newest first: the f's, the g's, the h's, the models.
     */
    private Map<String, Integer> listingCosts(Trash trash, String tenant, int digits) {
        Actor actor = Actor.of(tenant, "lister");
        int n = (int) Math.pow(10, digits);
        store().schema().jdbi().useHandle(h -> {
            h.createUpdate("INSERT INTO projects (workspace_id, id, name) VALUES (:ws, 'p', 'project')")
                    .bind("ws", tenant).execute();
            h.createUpdate("INSERT INTO folders (workspace_id, id, parent_id, name) VALUES (:ws, 'root', NULL, 'root')")
                    .bind("ws", tenant).execute();
            h.createUpdate("INSERT INTO models (workspace_id, id, project_id, name, size_bytes) SELECT :ws, "
                    + concat("m", digits) + ", 'p', " + concat("model ", digits) + ", 1 FROM " + crossJoin(digits))
                    .bind("ws", tenant).execute();
            String parent = "'root'";
            for (String level : List.of("f", "g", "h")) {
                h.createUpdate("INSERT INTO folders (workspace_id, id, parent_id, name) SELECT :ws, "
                        + concat(level, digits) + ", " + parent + ", " + concat(level, digits) + " FROM "
                        + crossJoin(digits)).bind("ws", tenant).execute();
                parent = concat(level.equals("f") ? "f" : "g", digits);
            }
        });
        for (int i = 0; i < n; i++) {
            trash.moveToTrash(actor, ItemRef.of(ContractTypes.MODEL, "m" + number(i, digits)));
        }
        for (String level : List.of("h", "g", "f")) {
            for (int i = 0; i < n; i++) {
                trash.moveToTrash(actor, ItemRef.of(FOLDER, level + number(i, digits)));
            }
        }
        Map<String, Integer> costs = new LinkedHashMap<>();
        String cursor = null;
        for (String page : List.of("folders under an active root", "folders nested one level deep",
                "folders nested two levels deep", "models under an active project")) {
            TrashQuery query = TrashQuery.firstPage().limit(n).after(cursor);
            TrashPage[] shown = new TrashPage[1];
            costs.put(page, count(() -> shown[0] = trash.list(actor, query)));
            assertThat(shown[0].rows()).hasSize(n).allSatisfy(row -> assertThat(row.parentName()).isNotNull());
            cursor = shown[0].nextCursor();
        }
        return costs;
    }

    private static String number(int i, int digits) {
        return String.format("%0" + digits + "d", i);
    }

    private Trash countingTrash() {
        var repository = store().newRepository(ContractTypes.catalogue());
        Jdbi jdbi = store().schema().jdbi();
        jdbi.useHandle(h -> {
            h.execute("CREATE TABLE IF NOT EXISTS digits (d INT NOT NULL)");
            h.execute("DELETE FROM digits");
            h.execute("INSERT INTO digits (d) VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)");
        });
        jdbi.setSqlLogger(new SqlLogger() {
            @Override
            public void logAfterExecution(StatementContext context) {
                statements.incrementAndGet();
            }
        });
        return Trash.builder().catalogue(ContractTypes.catalogue()).repository(repository)
                .clock(SettableClock.at(Instant.parse("2026-02-01T00:00:00Z"))).dispatchAfterCommit(false).build();
    }

    /** Runs every verb over a project with 10^digits models and a folder tree with 10^digits leaves. */
    private Map<String, Integer> run(Trash trash, Jdbi jdbi, String tenant, int digits) {
        Actor actor = Actor.of(tenant, "loader");
        long rows = (long) Math.pow(10, digits);
        jdbi.useHandle(h -> {
            h.createUpdate("INSERT INTO projects (workspace_id, id, name) VALUES (:ws, 'p', 'project')")
                    .bind("ws", tenant).execute();
            h.createUpdate("INSERT INTO models (workspace_id, id, project_id, name, size_bytes) SELECT :ws, "
                    + concat("m", digits) + ", 'p', " + concat("model ", digits) + ", 1 FROM " + crossJoin(digits))
                    .bind("ws", tenant).execute();
            h.createUpdate("INSERT INTO folders (workspace_id, id, parent_id, name) VALUES (:ws, 'root', NULL, 'root')")
                    .bind("ws", tenant).execute();
            h.createUpdate("INSERT INTO folders (workspace_id, id, parent_id, name) SELECT :ws, " + concat("f", 2)
                    + ", 'root', " + concat("f", 2) + " FROM " + crossJoin(2)).bind("ws", tenant).execute();
            h.createUpdate("INSERT INTO folders (workspace_id, id, parent_id, name) SELECT :ws, " + concat("g", digits)
                    + ", " + concat("f", 2) + ", " + concat("g", digits) + " FROM " + crossJoin(digits))
                    .bind("ws", tenant).execute();
        });
        Map<String, Integer> counts = new LinkedHashMap<>();
        ItemRef project = ItemRef.of(PROJECT, "p");
        ItemRef root = ItemRef.of(FOLDER, "root");
        counts.put("trash project", count(() -> assertThat(trash.moveToTrash(actor, project).entry().cascadedCount())
                .isEqualTo(rows)));
        counts.put("restore project", count(() -> assertThat(trash.restore(actor, project).itemCount())
                .isEqualTo(rows + 1)));
        counts.put("trash folders", count(() -> assertThat(trash.moveToTrash(actor, root).entry().cascadedCount())
                .isEqualTo(rows + 100)));
        counts.put("restore folders", count(() -> trash.restore(actor, root)));
        trash.moveToTrash(actor, project);
        trash.moveToTrash(actor, root);
        counts.put("purge project", count(() -> assertThat(trash.purge(actor, project).itemCount())
                .isEqualTo(rows + 1)));
        counts.put("purge folders", count(() -> assertThat(trash.purge(actor, root).itemCount())
                .isEqualTo(rows + 101)));
        assertThat(trash.storageUsage(actor).byType()).isEmpty();
        return counts;
    }

    private int count(Runnable operation) {
        int before = statements.get();
        operation.run();
        return statements.get() - before;
    }

    /** {@code CONCAT('prefix', d0.d, d1.d, ...)}: ids and names numbered by the cross join. */
    private static String concat(String prefix, int digits) {
        List<String> parts = new ArrayList<>(List.of("'" + prefix + "'"));
        for (int i = 0; i < digits; i++) {
            parts.add("d" + i + ".d");
        }
        return "CONCAT(" + String.join(", ", parts) + ")";
    }

    private static String crossJoin(int digits) {
        List<String> tables = new ArrayList<>();
        for (int i = 0; i < digits; i++) {
            tables.add("digits d" + i);
        }
        return String.join(" CROSS JOIN ", tables);
    }
}

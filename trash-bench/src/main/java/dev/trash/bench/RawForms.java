package dev.trash.bench;

import static dev.trash.bench.HostSchema.TENANT;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;

/**
 * How the raw baseline's form was chosen: times each way of writing the third UPDATE of a subtree trash
 * (the versions below the project's models) on each database, on the bench schema, three times, outside JMH. The fastest
 * set-based form per database is the one {@link RawSql#trashSet} uses.
 *
 * <pre>
 * java -cp trash-bench/target/trash-bench.jar dev.trash.bench.RawForms [h2|postgresql] [descendants]
 * </pre>
 */
public final class RawForms {

    private RawForms() {
    }

    /** The candidate statements for the versions, each marking with :m the versions of models marked :m. */
    static Map<String, String> versionForms(Database.Kind kind) {
        Map<String, String> forms = new LinkedHashMap<>();
        forms.put("in", "UPDATE versions SET trash_entry_id = :m WHERE workspace_id = :t AND trash_entry_id IS NULL "
                + "AND model_id IN (SELECT id FROM models WHERE workspace_id = :t AND trash_entry_id = :m)");
        forms.put("exists", "UPDATE versions v SET trash_entry_id = :m WHERE v.workspace_id = :t AND v.trash_entry_id "
                + "IS NULL AND EXISTS (SELECT 1 FROM models p WHERE p.workspace_id = v.workspace_id AND p.id = v.model_id "
                + "AND p.trash_entry_id = :m)");
        if (kind == Database.Kind.H2) {
            forms.put("merge", "MERGE INTO versions v USING (SELECT c.workspace_id, c.id FROM models p JOIN versions c "
                    + "ON c.workspace_id = p.workspace_id AND c.model_id = p.id WHERE p.workspace_id = :t AND "
                    + "p.trash_entry_id = :m AND c.trash_entry_id IS NULL) s ON v.workspace_id = s.workspace_id AND "
                    + "v.id = s.id WHEN MATCHED THEN UPDATE SET trash_entry_id = :m");
        } else if (kind == Database.Kind.MARIADB) {
            forms.put("join", "UPDATE versions v JOIN models p ON v.workspace_id = p.workspace_id AND v.model_id = p.id "
                    + "SET v.trash_entry_id = :m WHERE p.workspace_id = :t AND p.trash_entry_id = :m AND "
                    + "v.trash_entry_id IS NULL");
        } else {
            forms.put("from", "UPDATE versions v SET trash_entry_id = :m FROM models p WHERE p.workspace_id = :t AND "
                    + "p.trash_entry_id = :m AND v.workspace_id = p.workspace_id AND v.model_id = p.id AND "
                    + "v.trash_entry_id IS NULL");
        }
        return forms;
    }

    public static void main(String[] args) {
        Database.Kind kind = Database.Kind.of(args.length > 0 ? args[0] : "h2");
        int descendants = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        try (Database db = Database.open(kind)) {
            HostSchema.subtree(db, BenchSchema.BENCH, SubtreeBench.CHILDREN, descendants / SubtreeBench.CHILDREN);
            long m = SubtreeBench.RAW_MARKER;
            Map<String, Consumer<Handle>> forms = new LinkedHashMap<>();
            versionForms(kind).forEach((name, sql) -> forms.put("set/" + name, h -> {
                h.createUpdate("UPDATE projects SET trash_entry_id = :m WHERE workspace_id = :t AND id = 'p1'")
                        .bind("m", m).bind("t", TENANT).execute();
                h.createUpdate("UPDATE models SET trash_entry_id = :m WHERE workspace_id = :t AND project_id = 'p1'")
                        .bind("m", m).bind("t", TENANT).execute();
                h.createUpdate(sql).bind("m", m).bind("t", TENANT).execute();
            }));
            for (int round = 0; round < 3; round++) {
                for (var form : forms.entrySet()) {
                    reset(db);
                    long t0 = System.nanoTime();
                    db.jdbi().useTransaction(h -> form.getValue().accept(h));
                    long t1 = System.nanoTime();
                    System.out.printf("%s %-12s %,8d ms, %d marked%n", kind, form.getKey(), (t1 - t0) / 1_000_000,
                            HostSchema.marked(db, BenchSchema.BENCH, "versions"));
                }
                reset(db);
                long t0 = System.nanoTime();
                new RawSql(db, BenchSchema.BENCH).trashBatched("p1", m);
                System.out.printf("%s %-12s %,8d ms%n", kind, "batched", (System.nanoTime() - t0) / 1_000_000);
            }
        }
    }

    private static void reset(Database db) {
        db.jdbi().useTransaction(h -> {
            for (String table : List.of("versions", "models", "projects")) {
                h.execute("UPDATE " + table + " SET trash_entry_id = NULL WHERE trash_entry_id IS NOT NULL");
            }
        });
        db.vacuum(HostSchema.TABLES);
    }
}

package dev.trash.bench;

import static dev.trash.bench.HostSchema.TENANT;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The folder scenario's raw baselines, in plain SQL through JDBI, one transaction each, nothing written but
 * the markers: a trash is one recursive statement from the root down the (tenant, parent) index, a restore
 * one UPDATE on the marker index.
 *
 * <p>{@link #forms} holds the recursive forms per database that finish in reasonable time, fastest first as
 * {@code main} measured them on 100,000 folders (see trash-bench/README.md); {@code FolderBench.trash_raw}
 * runs the first, {@code trash_raw_alt} the second where there is one (PostgreSQL). On MariaDB the form runs
 * under {@code SET STATEMENT max_recursive_iterations} (default 1,000: a 2,000-deep chain stops halfway
 * otherwise).
 *
 * <pre>
 * java -cp trash-bench/target/trash-bench.jar dev.trash.bench.FolderSql [h2|postgresql|mariadb] [folders] [shapes]
 * </pre>
 */
public final class FolderSql {

    /** The raw baselines' marker: an entry id Trash never hands out in these runs. */
    static final long MARKER = SubtreeBench.RAW_MARKER;

    /** The root and every folder below it, any depth, by the (tenant, parent) index. */
    private static final String SUB = "sub (id) AS (SELECT id FROM folders WHERE workspace_id = :t AND id = :root "
            + "UNION ALL SELECT c.id FROM folders c JOIN sub s ON c.workspace_id = :t AND c.parent_id = s.id)";
    private static final String MARK = "trash_entry_id = :m";

    private FolderSql() {
    }

    /** The candidate forms of the recursive trash on a database, fastest first. */
    static Map<String, String> forms(Database.Kind kind) {
        Map<String, String> forms = new LinkedHashMap<>();
        switch (kind) {
            case H2 -> {
                // H2's WITH takes only a query after it, so the recursion goes into a subquery. As the subquery of
                // "id IN (...)" or "EXISTS (...)" H2 runs it again per row: 11 to 28 s for 2,000 folders, against
                // 20 ms for the MERGE; neither is a candidate
                forms.put("merge", "MERGE INTO folders f USING (WITH RECURSIVE " + SUB + " SELECT id FROM sub) s ON "
                        + "f.workspace_id = :t AND f.id = s.id WHEN MATCHED AND f.trash_entry_id IS NULL THEN UPDATE SET "
                        + MARK);
            }
            case POSTGRESQL -> {
                // medians of three rounds on 100,000 folders, 3 levels / 10 levels / chains: UPDATE ... FROM 1.5 /
                // 1.7 / 1.5 s, the LATERAL step 1.6 / 1.9 / 1.6 s, id IN (SELECT id FROM sub) 2.0 / 2.1 / 2.4 s
                forms.put("with_from", "WITH RECURSIVE " + SUB + " UPDATE folders f SET " + MARK + " FROM sub WHERE "
                        + "f.workspace_id = :t AND f.id = sub.id AND f.trash_entry_id IS NULL");
                // the recursive step as one (tenant, parent) index probe per row, fenced by OFFSET 0, as the adapter
                // writes it on PostgreSQL
                forms.put("lateral_from", "WITH RECURSIVE sub (id) AS (SELECT id FROM folders WHERE workspace_id = :t "
                        + "AND id = :root UNION ALL SELECT c.id FROM sub s CROSS JOIN LATERAL (SELECT c.id FROM folders c "
                        + "WHERE c.workspace_id = :t AND c.parent_id = s.id OFFSET 0) c) UPDATE folders f SET " + MARK
                        + " FROM sub WHERE f.workspace_id = :t AND f.id = sub.id AND f.trash_entry_id IS NULL");
                forms.put("with_in", "WITH RECURSIVE " + SUB + " UPDATE folders SET " + MARK + " WHERE workspace_id = :t "
                        + "AND trash_entry_id IS NULL AND id IN (SELECT id FROM sub)");
            }
            case MARIADB -> {
                // MariaDB takes WITH before a query only, so the recursion is a derived table. As the subquery of
                // "id IN (SELECT id FROM (...) d)" it ran for over 70 s on 100,000 folders (3 levels), against
                // 4.8 s for the join; not a candidate. With the server's 16 MiB for temporary tables, a level of
                // 20,000 folders spills to disk, where MariaDB 10.11 loses a row of the recursion and its subtree
                // (MDEV-40803; the 10-level tree kept 4 folders active): given the memory Trash gives it
                forms.put("join", "SET STATEMENT max_recursive_iterations = 4294967295, max_heap_table_size = 268435456,"
                        + " tmp_table_size = 268435456 FOR UPDATE folders f JOIN "
                        + "(WITH RECURSIVE " + SUB + " SELECT id FROM sub) s ON f.workspace_id = :t AND f.id = s.id "
                        + "SET f." + MARK + " WHERE f.trash_entry_id IS NULL");
            }
            default -> throw new IllegalArgumentException(kind.toString());
        }
        return forms;
    }

    /** Marks the root folder and everything below it with {@link #MARKER} in the named form. */
    static int trash(Database db, String form) {
        String sql = forms(db.kind()).get(form);
        if (sql == null) {
            throw new IllegalArgumentException("no form " + form + " on " + db.kind() + "; forms: " + forms(db.kind()).keySet());
        }
        return db.jdbi().inTransaction(h -> h.createUpdate(sql).bind("m", MARKER).bind("t", TENANT)
                .bind("root", FolderSchema.ROOT).execute());
    }

    /** The {@code i}-th fastest form on the database (0 or 1). */
    static String form(Database db, int i) {
        return List.copyOf(forms(db.kind()).keySet()).get(i);
    }

    /** Unmarks everything {@link #MARKER} marks: one UPDATE on the marker index. */
    static int restore(Database db) {
        return db.jdbi().inTransaction(h -> h.createUpdate("UPDATE folders SET trash_entry_id = NULL WHERE "
                + "workspace_id = :t AND trash_entry_id = :m").bind("m", MARKER).bind("t", TENANT).execute());
    }

    /** Times every form three times per shape, each on a freshly reset tree, outside JMH. */
    public static void main(String[] args) {
        Database.Kind kind = Database.Kind.of(args.length > 0 ? args[0] : "h2");
        int folders = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        List<String> shapes = args.length > 2 ? List.of(args[2].split(",")) : List.of("three_levels", "ten_levels", "chain");
        for (String shape : shapes) {
            try (Database db = Database.open(kind)) {
                FolderSchema.create(db, shape, folders);
                for (int round = 0; round < 3; round++) {
                    for (String form : forms(kind).keySet()) {
                        FolderSchema.reset(db);
                        db.vacuum(FolderSchema.TABLES);
                        long t0 = System.nanoTime();
                        String outcome;
                        try {
                            outcome = trash(db, form) + " marked";
                        } catch (RuntimeException e) {
                            outcome = "fails: " + e.getMessage().lines().findFirst().orElse("");
                        }
                        System.out.printf("%s %-12s %-12s %,8d ms, %s%n", kind, shape, form,
                                (System.nanoTime() - t0) / 1_000_000, outcome);
                    }
                }
            }
        }
    }
}

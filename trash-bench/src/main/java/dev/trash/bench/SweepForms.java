package dev.trash.bench;

import static dev.trash.bench.HostSchema.TENANT;

import java.time.Duration;
import java.util.List;
import java.util.function.LongSupplier;
import org.jdbi.v3.core.Handle;

/**
 * Why the two raw sweeps of {@link SweepBench} differ: on one database and schema, outside JMH, prints the
 * plan of each form's DELETE of the models (PostgreSQL: {@code EXPLAIN ANALYZE}, in a transaction rolled
 * back, which shows the time spent in the foreign-key trigger), then times both whole sweeps with the
 * foreign key versions → models and without it.
 *
 * <pre>
 * java -cp trash-bench/target/trash-bench.jar dev.trash.bench.SweepForms [h2|postgresql|mariadb] [bench|host] [roots] [plans]
 * </pre>
 *
 * With {@code plans}, only the plans: the timings generate the data four times more.
 */
public final class SweepForms {

    private SweepForms() {
    }

    public static void main(String[] args) {
        Database.Kind kind = Database.Kind.of(args.length > 0 ? args[0] : "postgresql");
        BenchSchema schema = BenchSchema.of(args.length > 1 ? args[1] : "host");
        int roots = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        long now = Ours.NOW.toEpochMilli();
        try (Database db = Database.open(kind)) {
            RawSql raw = new RawSql(db, schema);
            generate(db, schema, roots);
            explain(db, raw.markerDelete("models"), 1L, (long) SweepBench.BATCH, null);
            List<Object> starts = db.jdbi().withHandle(h -> schema.rangeStarts(h, "models", RawSql.KEY_RANGE));
            explain(db, raw.keysDelete("models", true), starts.get(0), starts.get(1), (long) roots);
            boolean timed = args.length < 4 || !args[3].equals("plans");
            for (boolean foreignKey : timed ? new boolean[] {true, false} : new boolean[0]) {
                time(db, schema, roots, foreignKey, "marker", () -> raw.sweepByMarker(now, SweepBench.BATCH));
                time(db, schema, roots, foreignKey, "keys", () -> raw.sweepByKeys(now));
            }
        }
    }

    private static void generate(Database db, BenchSchema schema, int roots) {
        HostSchema.drop(db);
        HostSchema.trashedRoots(db, schema, roots, 99, Ours.NOW.minus(Duration.ofDays(31)).toEpochMilli() - roots * 1000L,
                Ours.NOW.minus(Duration.ofDays(1)).toEpochMilli());
    }

    private static void explain(Database db, String sql, Object lo, Object hi, Long cutoff) {
        String prefix = db.kind() == Database.Kind.POSTGRESQL ? "EXPLAIN ANALYZE " : "EXPLAIN ";
        System.out.println("-- " + sql + "  [lo=" + lo + ", hi=" + hi + (cutoff == null ? "" : ", cutoff=" + cutoff)
                + "]");
        RawSql.lenient(db).useHandle(h -> {
            h.begin();
            try {
                h.createQuery(prefix + sql).bind("t", TENANT).bind("lo", lo).bind("hi", hi).bind("cutoff", cutoff)
                        .map((rs, ctx) -> row(rs)).forEach(System.out::println);
            } finally {
                h.rollback();
            }
        });
    }

    private static String row(java.sql.ResultSet rs) throws java.sql.SQLException {
        StringBuilder line = new StringBuilder();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
            line.append(i > 1 ? " | " : "").append(rs.getString(i));
        }
        return line.toString();
    }

    private static void time(Database db, BenchSchema schema, int roots, boolean foreignKey, String form,
                             LongSupplier sweep) {
        generate(db, schema, roots);
        if (!foreignKey) {
            db.jdbi().useHandle((Handle h) -> h.execute(schema.dropForeignKeys(db).get(0)));
        }
        long t0 = System.nanoTime();
        long deleted = sweep.getAsLong();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("%s %s %-6s %s: %,d rows in %,d ms, %,.0f rows/s%n", db.kind(), schema.name(), form,
                foreignKey ? "with the key versions -> models" : "without it", deleted, ms, deleted * 1000.0 / ms);
    }
}

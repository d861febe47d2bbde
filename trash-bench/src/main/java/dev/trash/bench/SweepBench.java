package dev.trash.bench;

import dev.trash.SweepReport;
import dev.trash.Trash;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Scenario 2: sweep {@code roots} due entries of {@code itemsPerRoot} items each (a project and its
 * models; the full run: 10,000 entries of 100, 1,000,000 due items), on either {@link BenchSchema}. Every
 * iteration sweeps a freshly generated Trash; the teardown checks that nothing is left.
 *
 * <p>Ours is the sweeper with its default batches of 100 entries, with a record per purged item
 * ({@code purgeRecords=true}, the default) or with every type declared {@code withoutPurgeRecords()}
 * ({@code false}). The raw baselines do not depend on {@code purgeRecords} (the plan runs them with
 * {@code false} only). Both are stated exactly in {@link RawSql}:
 * <ul>
 *   <li>{@code sweep_raw_marker} ({@link RawSql#sweepByMarker}): per 100 entries one transaction, in it per
 *   table, children first, {@code DELETE FROM t WHERE [workspace_id = ? AND] trash_entry_id BETWEEN ? AND ?}
 *   on the marker index ((workspace_id, trash_entry_id) on the bench schema and on the host's projects;
 *   (trash_entry_id) on the host's models), 100 entries' rows per statement (100 projects, 9,900 models),
 *   then {@code DELETE FROM trash_entry WHERE id BETWEEN ? AND ? AND scheduled_cleanup_at <= ?} on its
 *   primary key: 10,100 host rows per transaction;</li>
 *   <li>{@code sweep_raw_keys} ({@link RawSql#sweepByKeys}), the form: per table, children first,
 *   {@code DELETE FROM t WHERE [workspace_id = ? AND] id >= ? AND id < ? AND trash_entry_id <= ?} over
 *   ranges of 10,000 consecutive primary keys, each statement its own transaction (10,000 rows per statement
 *   and per transaction), on the primary key, the cutoff being the last due entry's id; then the entries in
 *   ranges of 10,000 ids, {@code ... AND scheduled_cleanup_at <= ?}.</li>
 * </ul>
 * Whatever the form, each model row deleted is checked against the versions referencing it (the foreign key
 * versions → models; the versions table is empty here): on PostgreSQL a trigger call per deleted row, 90–95 %
 * of each DELETE's time in {@link SweepForms}' {@code EXPLAIN ANALYZE}, on both schemas. That is the 16-fold
 * gap between the raw form (1.4M rows/s, on a leaf table no foreign key references) and this
 * benchmark's (86k rows/s in docs/benchmarks.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SweepBench {

    /** The sweeper's default batch, used by both sides. */
    static final int BATCH = 100;

    @Param({"h2"})
    public String db;

    /** The host tables: {@code bench} or {@code host}, see {@link BenchSchema}. */
    @Param({"bench"})
    public String schema;

    @Param({"10000"})
    public int roots;

    @Param({"100"})
    public int itemsPerRoot;

    /** Whether Trash keeps a record per purged item (the default), or every type opts out. */
    @Param({"true"})
    public boolean purgeRecords;

    private Database database;
    private BenchSchema tables;
    private Trash trash;
    private RawSql raw;

    @Setup(Level.Trial)
    public void open() {
        database = Database.open(Database.Kind.of(db));
        tables = BenchSchema.of(schema);
        raw = new RawSql(database, tables);
    }

    @Setup(Level.Iteration)
    public void generate() {
        HostSchema.drop(database);
        long deletedAt = Ours.NOW.minus(Duration.ofDays(31)).toEpochMilli() - roots * 1000L;
        HostSchema.trashedRoots(database, tables, roots, itemsPerRoot - 1, deletedAt, Ours.NOW.minus(Duration.ofDays(1))
                .toEpochMilli());
        // built on the tables just created: the repository reads the key columns' types once, when it is built
        trash = Ours.trash(database, tables, Ours.clock(), purgeRecords);
        HeapMeter.reset();
    }

    @TearDown(Level.Iteration)
    public void check() {
        long left = HostSchema.count(database, "projects") + HostSchema.count(database, "models")
                + HostSchema.count(database, "trash_entry");
        if (left != 0) {
            throw new IllegalStateException("the sweep left " + left + " rows");
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        database.close();
    }

    /** The sweeper: claims 100 due entries, purges them (purge records if kept, audit, outbox), repeats. */
    @Benchmark
    public SweepReport sweep_ours() {
        SweepReport report = trash.sweeper().sweep();
        if (report.rootsPurged() != roots || report.itemsPurged() != (long) roots * itemsPerRoot) {
            throw new IllegalStateException("swept " + report);
        }
        return report;
    }

    /** Raw, by marker: per 100 entries one transaction, one DELETE per table over the range of entry ids. */
    @Benchmark
    public long sweep_raw_marker() {
        return checked(raw.sweepByMarker(Ours.NOW.toEpochMilli(), BATCH));
    }

    /** Raw, by primary key: ranges of 10,000 keys per table with a cutoff, each range its own transaction. */
    @Benchmark
    public long sweep_raw_keys() {
        return checked(raw.sweepByKeys(Ours.NOW.toEpochMilli()));
    }

    private long checked(long deleted) {
        if (deleted != (long) roots * itemsPerRoot) {
            throw new IllegalStateException("deleted " + deleted + " rows, expected " + (long) roots * itemsPerRoot);
        }
        return deleted;
    }
}

package dev.trash.bench;

import dev.trash.PurgeResult;
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
 * Scenario 4: empty a Trash of {@code roots} entries of {@code itemsPerRoot} items each (a project and its
 * models), in one request. Every iteration empties a freshly generated Trash; the teardown checks that
 * nothing is left. On either {@link BenchSchema}. The per-row baseline is far from a target and slow at
 * 10,000 entries: the full run leaves it out, the smoke run keeps it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EmptyTrashBench {

    @Param({"h2"})
    public String db;

    /** The host tables: {@code bench} or {@code host}, see {@link BenchSchema}. */
    @Param({"bench"})
    public String schema;

    @Param({"10000"})
    public int roots;

    @Param({"10"})
    public int itemsPerRoot;

    /**
     * Whether Trash keeps a record per purged item (the default), or every type opts out
     * ({@code withoutPurgeRecords()}); only {@code empty_ours} depends on it.
     */
    @Param({"true"})
    public boolean purgeRecords;

    private Database database;
    private BenchSchema tables;
    private Trash trash;
    private RawSql raw;
    private PerRowJdbi perRow;

    @Setup(Level.Trial)
    public void open() {
        database = Database.open(Database.Kind.of(db));
        tables = BenchSchema.of(schema);
        raw = new RawSql(database, tables);
        perRow = new PerRowJdbi(database, tables);
    }

    @Setup(Level.Iteration)
    public void generate() {
        HostSchema.drop(database);
        long deletedAt = Ours.NOW.minus(Duration.ofDays(1)).toEpochMilli() - roots * 1000L;
        HostSchema.trashedRoots(database, tables, roots, itemsPerRoot - 1, deletedAt, Ours.NOW.plus(Duration.ofDays(29))
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
            throw new IllegalStateException("emptying the Trash left " + left + " rows");
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        database.close();
    }

    /**
     * Trash: count check, then the entries purged in batches (audit, outbox, and purge records unless
     * {@code purgeRecords} is false).
     */
    @Benchmark
    public PurgeResult empty_ours() {
        PurgeResult result = trash.emptyTrash(Ours.ACTOR, roots);
        if (result.itemCount() != (long) roots * itemsPerRoot) {
            throw new IllegalStateException("purged " + result.itemCount() + " items");
        }
        return result;
    }

    /** Raw: one DELETE per table of every marked row, then the entries. */
    @Benchmark
    public long empty_raw_set() {
        return raw.emptySet();
    }

    /** Per row with JDBI: each trashed project, its models one by one, then it and its entry. */
    @Benchmark
    public long empty_per_row() {
        return perRow.empty();
    }
}

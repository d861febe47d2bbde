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
 * models), in the sweeper's normal batches of 100 entries. Every iteration sweeps a freshly generated
 * Trash; the teardown checks that nothing is left.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SweepBench {

    /** The sweeper's default batch, used by both sides. */
    static final int BATCH = 100;

    @Param({"h2"})
    public String db;

    @Param({"10000"})
    public int roots;

    @Param({"100"})
    public int itemsPerRoot;

    private Database database;
    private Trash trash;

    @Setup(Level.Trial)
    public void open() {
        database = Database.open(Database.Kind.of(db));
        trash = Ours.trash(database, Ours.clock());
    }

    @Setup(Level.Iteration)
    public void generate() {
        HostSchema.drop(database);
        long deletedAt = Ours.NOW.minus(Duration.ofDays(31)).toEpochMilli() - roots * 1000L;
        HostSchema.trashedRoots(database, roots, itemsPerRoot - 1, deletedAt, Ours.NOW.minus(Duration.ofDays(1))
                .toEpochMilli());
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

    /** The sweeper: claims 100 due entries, purges them (tombstones, audit, outbox), repeats. */
    @Benchmark
    public SweepReport sweep_ours() {
        SweepReport report = trash.sweeper().sweep();
        if (report.rootsPurged() != roots || report.itemsPurged() != (long) roots * itemsPerRoot) {
            throw new IllegalStateException("swept " + report);
        }
        return report;
    }

    /** Raw: per 100 entries, one DELETE per table over the range of entry ids, on the marker index. */
    @Benchmark
    public long sweep_raw_ranges() {
        return RawSql.sweepByRanges(database.jdbi(), Ours.NOW.toEpochMilli(), BATCH);
    }
}

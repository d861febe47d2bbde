package dev.trash.bench;

import dev.trash.ItemRef;
import dev.trash.Trash;
import dev.trash.bench.hibernate.HibernateBaseline;
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
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Scenario 1: trash project 1 with {@code descendants} items below it (100 models, each with
 * descendants/100 versions), then restore it, or purge it from Trash (a purge's setup generates the tree
 * again and trashes it). Each iteration is one operation (single shot) on a tree the
 * setup puts back in place: all active for a trash, trashed by the same approach for a restore. The
 * teardown checks that the operation changed every row. On either {@link BenchSchema}; Hibernate's baseline maps
 * only {@code bench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SubtreeBench {

    static final int CHILDREN = 100;
    /** The raw and per-row baselines' marker: an entry id Trash never hands out in these runs. */
    static final long RAW_MARKER = 1_000_000_000L;

    @Param({"h2"})
    public String db;

    /** The host tables: {@code bench} or {@code host}, see {@link BenchSchema}. */
    @Param({"bench"})
    public String schema;

    @Param({"100000"})
    public int descendants;

    /**
     * Whether Trash keeps a record per purged item (the default), or every type opts out
     * ({@code withoutPurgeRecords()}); only {@code purge_ours} depends on it.
     */
    @Param({"true"})
    public boolean purgeRecords;

    private Database database;
    private BenchSchema tables;
    private RawSql raw;
    private PerRowJdbi perRow;
    private String project;
    private Trash trash;
    private HibernateBaseline hibernate;
    private long rows;

    @Setup(Level.Trial)
    public void create(BenchmarkParams params) {
        database = Database.open(Database.Kind.of(db));
        tables = BenchSchema.of(schema);
        HostSchema.subtree(database, tables, CHILDREN, descendants / CHILDREN);
        rows = 1 + CHILDREN + (long) descendants;
        project = tables.id("p", 1);
        trash = Ours.trash(database, tables, Ours.clock(), purgeRecords);
        raw = new RawSql(database, tables);
        perRow = new PerRowJdbi(database, tables);
        if (params.getBenchmark().endsWith("hibernate")) {
            if (tables != BenchSchema.BENCH) {
                throw new IllegalStateException("Hibernate's baseline maps only the bench schema, not " + schema);
            }
            hibernate = new HibernateBaseline(database.dataSource());
        }
    }

    @Setup(Level.Iteration)
    public void prepare(BenchmarkParams params) {
        String method = method(params);
        HostSchema.unmarkAll(database, tables);
        database.jdbi().useTransaction(h -> {
            for (String table : new String[] {"trash_entry", "trash_audit", "trash_outbox", "trash_tombstone"}) {
                h.execute("DELETE FROM " + table);
            }
        });
        if (method.startsWith("purge_")) {
            HostSchema.refillSubtree(database, tables, CHILDREN, descendants / CHILDREN);
            switch (method) {
                case "purge_ours" -> trash.moveToTrash(Ours.ACTOR, ItemRef.of("project", project));
                case "purge_raw_set" -> raw.trashSet(project, RAW_MARKER);
                default -> throw new IllegalStateException("no setup for " + method);
            }
        }
        if (method.startsWith("restore_")) {
            switch (method) {
                case "restore_ours" -> trash.moveToTrash(Ours.ACTOR, ItemRef.of("project", project));
                case "restore_raw_set", "restore_raw_batch" -> raw.trashSet(project, RAW_MARKER);
                case "restore_per_row" -> perRow.trash(project, RAW_MARKER);
                default -> throw new IllegalStateException("no setup for " + method);
            }
        }
        database.vacuum(HostSchema.TABLES);
        HeapMeter.reset();
    }

    @TearDown(Level.Iteration)
    public void check(BenchmarkParams params) {
        long marked = 0;
        for (String table : BenchSchema.HOST_TABLES) {
            marked += HostSchema.marked(database, tables, table);
        }
        long expected = method(params).startsWith("trash_") ? rows : 0;
        if (marked != expected) {
            throw new IllegalStateException(method(params) + " left " + marked + " rows marked, expected " + expected);
        }
        if (method(params).startsWith("purge_") && HostSchema.count(database, "versions") + HostSchema.count(database,
                "models") + HostSchema.count(database, "projects") != 0) {
            throw new IllegalStateException(method(params) + " left rows of the subtree");
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        if (hibernate != null) {
            hibernate.close();
        }
        database.close();
    }

    private static String method(BenchmarkParams params) {
        String b = params.getBenchmark();
        return b.substring(b.lastIndexOf('.') + 1);
    }

    /** Trash: entry, set-based marks, totals, audit and outbox rows, in one transaction. */
    @Benchmark
    public Object trash_ours() {
        return trash.moveToTrash(Ours.ACTOR, ItemRef.of("project", project));
    }

    /** Raw: three set-based UPDATEs. */
    @Benchmark
    public int trash_raw_set() {
        return raw.trashSet(project, RAW_MARKER);
    }

    /** Raw: two id queries, then batched single-row UPDATEs. */
    @Benchmark
    public int trash_raw_batch() {
        return raw.trashBatched(project, RAW_MARKER);
    }

    /** Per row with JDBI: walk the tree, one UPDATE per row. */
    @Benchmark
    public int trash_per_row() {
        return perRow.trash(project, RAW_MARKER);
    }

    /** Hibernate 7 {@code @SoftDelete} with cascading removal. */
    @Benchmark
    public void trash_hibernate() {
        hibernate.trash(project);
    }

    /** Trash: set-based unmarks, entry removed, audit and outbox rows, in one transaction. */
    @Benchmark
    public Object restore_ours() {
        return trash.restore(Ours.ACTOR, ItemRef.of("project", project));
    }

    /** Raw: three set-based UPDATEs on the marker index. */
    @Benchmark
    public int restore_raw_set() {
        return raw.restoreSet(RAW_MARKER);
    }

    /** Raw: three id queries on the marker index, then batched single-row UPDATEs. */
    @Benchmark
    public int restore_raw_batch() {
        return raw.restoreBatched(RAW_MARKER);
    }

    /**
     * Trash: the purge of the trashed subtree with its entry, audit and outbox rows, and a purge record per
     * item unless {@code purgeRecords} is false.
     */
    @Benchmark
    public Object purge_ours() {
        return trash.purge(Ours.ACTOR, ItemRef.of("project", project));
    }

    /** Raw: three set-based DELETEs on the marker index, children first. */
    @Benchmark
    public int purge_raw_set() {
        return raw.purgeSet(RAW_MARKER);
    }

    /** Per row with JDBI: walk the tree, one UPDATE per row. */
    @Benchmark
    public int restore_per_row() {
        return perRow.restore(project);
    }
}

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
 * Scenario 1: trash project {@code p1} with {@code descendants} items below it (100 models, each with
 * descendants/100 versions), then restore it, or purge it from Trash (a purge's setup generates the tree
 * again and trashes it). Each iteration is one operation (single shot) on a tree the
 * setup puts back in place: all active for a trash, trashed by the same approach for a restore. The
 * teardown checks that the operation changed every row.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SubtreeBench {

    static final int CHILDREN = 100;
    static final String PROJECT = "p1";
    /** The raw and per-row baselines' marker: an entry id Trash never hands out in these runs. */
    static final long RAW_MARKER = 1_000_000_000L;

    @Param({"h2"})
    public String db;

    @Param({"100000"})
    public int descendants;

    private Database database;
    private Trash trash;
    private HibernateBaseline hibernate;
    private long rows;

    @Setup(Level.Trial)
    public void create(BenchmarkParams params) {
        database = Database.open(Database.Kind.of(db));
        HostSchema.subtree(database, CHILDREN, descendants / CHILDREN);
        rows = 1 + CHILDREN + (long) descendants;
        trash = Ours.trash(database, Ours.clock());
        if (params.getBenchmark().endsWith("hibernate")) {
            hibernate = new HibernateBaseline(database.dataSource());
        }
    }

    @Setup(Level.Iteration)
    public void prepare(BenchmarkParams params) {
        String method = method(params);
        database.jdbi().useTransaction(h -> {
            for (String table : new String[] {"versions", "models", "projects"}) {
                h.execute("UPDATE " + table + " SET trash_entry_id = NULL, deleted = FALSE WHERE workspace_id = ? AND "
                        + "(trash_entry_id IS NOT NULL OR deleted)", HostSchema.TENANT);
            }
            for (String table : new String[] {"trash_entry", "trash_audit", "trash_outbox", "trash_tombstone"}) {
                h.execute("DELETE FROM " + table);
            }
        });
        if (method.startsWith("purge_")) {
            HostSchema.refillSubtree(database, CHILDREN, descendants / CHILDREN);
            switch (method) {
                case "purge_ours" -> trash.moveToTrash(Ours.ACTOR, ItemRef.of("project", PROJECT));
                case "purge_raw_set" -> RawSql.trashSet(database.jdbi(), PROJECT, RAW_MARKER);
                default -> throw new IllegalStateException("no setup for " + method);
            }
        }
        if (method.startsWith("restore_")) {
            switch (method) {
                case "restore_ours" -> trash.moveToTrash(Ours.ACTOR, ItemRef.of("project", PROJECT));
                case "restore_raw_set", "restore_raw_batch" -> RawSql.trashSet(database.jdbi(), PROJECT, RAW_MARKER);
                case "restore_per_row" -> PerRowJdbi.trash(database.jdbi(), PROJECT, RAW_MARKER);
                default -> throw new IllegalStateException("no setup for " + method);
            }
        }
        database.vacuum(HostSchema.TABLES);
        HeapMeter.reset();
    }

    @TearDown(Level.Iteration)
    public void check(BenchmarkParams params) {
        long marked = 0;
        for (String table : new String[] {"versions", "models", "projects"}) {
            marked += HostSchema.marked(database, table);
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
        return trash.moveToTrash(Ours.ACTOR, ItemRef.of("project", PROJECT));
    }

    /** Raw: three set-based UPDATEs. */
    @Benchmark
    public int trash_raw_set() {
        return RawSql.trashSet(database.jdbi(), PROJECT, RAW_MARKER);
    }

    /** Raw: two id queries, then batched single-row UPDATEs. */
    @Benchmark
    public int trash_raw_batch() {
        return RawSql.trashBatched(database.jdbi(), PROJECT, RAW_MARKER);
    }

    /** Per row with JDBI: walk the tree, one UPDATE per row. */
    @Benchmark
    public int trash_per_row() {
        return PerRowJdbi.trash(database.jdbi(), PROJECT, RAW_MARKER);
    }

    /** Hibernate 7 {@code @SoftDelete} with cascading removal. */
    @Benchmark
    public void trash_hibernate() {
        hibernate.trash(PROJECT);
    }

    /** Trash: set-based unmarks, entry removed, audit and outbox rows, in one transaction. */
    @Benchmark
    public Object restore_ours() {
        return trash.restore(Ours.ACTOR, ItemRef.of("project", PROJECT));
    }

    /** Raw: three set-based UPDATEs on the marker index. */
    @Benchmark
    public int restore_raw_set() {
        return RawSql.restoreSet(database.jdbi(), RAW_MARKER);
    }

    /** Raw: three id queries on the marker index, then batched single-row UPDATEs. */
    @Benchmark
    public int restore_raw_batch() {
        return RawSql.restoreBatched(database.jdbi(), RAW_MARKER);
    }

    /** Trash: the purge of the trashed subtree with its tombstones, entry, audit and outbox rows. */
    @Benchmark
    public Object purge_ours() {
        return trash.purge(Ours.ACTOR, ItemRef.of("project", PROJECT));
    }

    /** Raw: three set-based DELETEs on the marker index, children first. */
    @Benchmark
    public int purge_raw_set() {
        return RawSql.purgeSet(database.jdbi(), RAW_MARKER);
    }

    /** Per row with JDBI: walk the tree, one UPDATE per row. */
    @Benchmark
    public int restore_per_row() {
        return PerRowJdbi.restore(database.jdbi(), PROJECT);
    }
}

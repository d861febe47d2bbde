package dev.trash.bench;

import dev.trash.ItemRef;
import dev.trash.Trash;
import java.util.ArrayList;
import java.util.List;
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
 * Scenario 5: trash root folder {@code f0} with {@code folders} nested folders below it, in the shape
 * {@link FolderSchema} describes ({@code three_levels}, {@code ten_levels}, {@code chain}), then restore it.
 * Ours is {@code moveToTrash} and {@code restore} of the root; raw is the fastest recursive UPDATE per
 * database and the runner-up ({@link FolderSql#forms}), and one UPDATE on the marker index for the restore.
 * Single shot: each iteration's setup puts every folder back to active (and, for a restore, trashes the tree
 * by the same approach) outside the measured time; its teardown checks that every folder was marked, or
 * unmarked.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FolderBench {

    /** The shapes, in the order the plan runs them. */
    static final List<String> SHAPES = List.of("three_levels", "ten_levels", "chain");

    @Param({"h2"})
    public String db;

    @Param({"three_levels", "ten_levels", "chain"})
    public String shape;

    @Param({"100000"})
    public int folders;

    private Database database;
    private Trash trash;
    private ItemRef root;

    @Setup(Level.Trial)
    public void create() {
        database = Database.open(Database.Kind.of(db));
        FolderSchema.create(database, shape, folders);
        trash = FolderSchema.trash(database);
        root = ItemRef.of(FolderSchema.FOLDER, FolderSchema.ROOT);
    }

    @Setup(Level.Iteration)
    public void prepare(BenchmarkParams params) {
        FolderSchema.reset(database);
        switch (method(params)) {
            case "restore_ours" -> trash.moveToTrash(Ours.ACTOR, root);
            case "restore_raw" -> FolderSql.trash(database, FolderSql.form(database, 0));
            default -> {
                // a trash starts from the active tree the reset left
            }
        }
        database.vacuum(FolderSchema.TABLES);
        HeapMeter.reset();
    }

    @TearDown(Level.Iteration)
    public void check(BenchmarkParams params) {
        long marked = FolderSchema.marked(database);
        long expected = method(params).startsWith("trash_") ? folders + 1L : 0;
        if (marked != expected) {
            throw new IllegalStateException(method(params) + " on " + shape + " left " + marked
                    + " folders marked, expected " + expected);
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        database.close();
    }

    /**
     * The benchmarks a plan runs on a database and shape: H2 has one raw form only (see {@link FolderSql#forms}),
     * and the restore, one UPDATE on the marker index whatever the shape, runs on {@code ten_levels}.
     */
    static List<String> methods(String db, String shape) {
        List<String> methods = new ArrayList<>(List.of("trash_ours", "trash_raw"));
        if (FolderSql.forms(Database.Kind.of(db)).size() > 1) {
            methods.add("trash_raw_alt");
        }
        if (shape.equals("ten_levels")) {
            methods.addAll(List.of("restore_ours", "restore_raw"));
        }
        return methods;
    }

    private static String method(BenchmarkParams params) {
        String b = params.getBenchmark();
        return b.substring(b.lastIndexOf('.') + 1);
    }

    /** Trash: entry, one recursive UPDATE, totals, audit and outbox rows, in one transaction. */
    @Benchmark
    public Object trash_ours() {
        return trash.moveToTrash(Ours.ACTOR, root);
    }

    /** Raw: the fastest recursive UPDATE on this database. */
    @Benchmark
    public int trash_raw() {
        return FolderSql.trash(database, FolderSql.form(database, 0));
    }

    /** Raw: the second fastest recursive UPDATE on this database. */
    @Benchmark
    public int trash_raw_alt() {
        return FolderSql.trash(database, FolderSql.form(database, 1));
    }

    /** Trash: one UPDATE on the marker index, entry removed, audit and outbox rows, in one transaction. */
    @Benchmark
    public Object restore_ours() {
        return trash.restore(Ours.ACTOR, root);
    }

    /** Raw: one UPDATE on the marker index. */
    @Benchmark
    public int restore_raw() {
        return FolderSql.restore(database);
    }
}

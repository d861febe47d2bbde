package dev.trash.bench;

import dev.trash.Trash;
import dev.trash.TrashPage;
import dev.trash.TrashQuery;
import java.time.Duration;
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

/**
 * Scenario 3: list a tenant's Trash holding {@code roots} entries, 50 rows a page, newest first: the first
 * page, and the page {@link #DEPTH} rows deep reached by its cursor (or, for the raw baseline, by its
 * keyset position and by OFFSET). Average time per page over many pages. With {@code withParents} the roots
 * are models whose projects are active: each row shows its parent's name, and the raw baseline joins for it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ListBench {

    static final int PAGE = 50;
    static final int DEPTH = 10_000;

    @Param({"h2"})
    public String db;

    /** The host tables: {@code bench} or {@code host}, see {@link BenchSchema}. */
    @Param({"bench"})
    public String schema;

    @Param({"1000000"})
    public int roots;

    /** Whether the roots are models under {@link #PARENTS} active projects, each row showing its parent's name. */
    @Param({"false"})
    public boolean withParents;

    static final int PARENTS = 100;

    private Database database;
    private Trash trash;
    private RawSql raw;
    private String deepCursor;
    private long deepAt;
    private long deepId;

    @Setup(Level.Trial)
    public void create() {
        database = Database.open(Database.Kind.of(db));
        BenchSchema tables = BenchSchema.of(schema);
        long deletedAt = Ours.NOW.minus(Duration.ofDays(1)).toEpochMilli() - roots * 1000L;
        long cleanupAt = Ours.NOW.plus(Duration.ofDays(29)).toEpochMilli();
        if (withParents) {
            HostSchema.trashedChildren(database, tables, roots, PARENTS, deletedAt, cleanupAt);
        } else {
            HostSchema.trashedRoots(database, tables, roots, 0, deletedAt, cleanupAt);
        }
        trash = Ours.trash(database, tables, Ours.clock());
        raw = new RawSql(database, tables);
        if (roots > DEPTH) {
            // walk to the cursor DEPTH rows deep, as a client paging through would
            TrashQuery query = new TrashQuery(null, null, TrashQuery.MAX_LIMIT);
            for (int read = 0; read < DEPTH; read += TrashQuery.MAX_LIMIT) {
                query = query.after(trash.list(Ours.ACTOR, query).nextCursor());
            }
            deepCursor = query.cursor();
            List<RawSql.Row> before = raw.pageOffset(DEPTH - 1, 1);
            deepAt = before.get(0).deletedAt();
            deepId = before.get(0).id();
            List<RawSql.Row> rawPage = raw.pageKeyset(deepAt, deepId, PAGE);
            TrashPage ours = trash.list(Ours.ACTOR, new TrashQuery(null, deepCursor, PAGE));
            if (ours.rows().get(0).entry().id() != rawPage.get(0).id()) {
                throw new IllegalStateException("deep pages differ: ours starts at " + ours.rows().get(0)
                        + ", raw at " + rawPage.get(0));
            }
        }
    }

    @Setup(Level.Iteration)
    public void meter() {
        HeapMeter.reset();
    }

    @TearDown(Level.Trial)
    public void close() {
        database.close();
    }

    /** Trash: the first page. */
    @Benchmark
    public TrashPage first_ours() {
        return trash.list(Ours.ACTOR, new TrashQuery(null, null, PAGE));
    }

    /** Trash: the page {@link #DEPTH} rows deep, by its cursor. */
    @Benchmark
    public TrashPage deep_ours() {
        return trash.list(Ours.ACTOR, new TrashQuery(null, deepCursor, PAGE));
    }

    /** Raw: the first page, one indexed query. */
    @Benchmark
    public List<RawSql.Row> first_raw() {
        return raw.pageKeyset(0, -1, PAGE);
    }

    /** Raw: the first page joined to the parents for their names, one indexed query. */
    @Benchmark
    public List<String> first_raw_parents() {
        return raw.firstPageWithParents(PAGE);
    }

    /** Raw: the deep page by its keyset position, one indexed query. */
    @Benchmark
    public List<RawSql.Row> deep_raw_keyset() {
        return raw.pageKeyset(deepAt, deepId, PAGE);
    }

    /** Raw: the deep page by OFFSET, what a listing without cursors does. */
    @Benchmark
    public List<RawSql.Row> deep_raw_offset() {
        return raw.pageOffset(DEPTH, PAGE);
    }
}

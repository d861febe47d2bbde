package dev.trash.jdbi;

import static dev.trash.testkit.ContractTypes.DATASET;
import static dev.trash.testkit.ContractTypes.IMAGE;
import static dev.trash.testkit.ContractTypes.PROJECT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trash.Actor;
import dev.trash.ItemRef;
import dev.trash.Resource;
import dev.trash.SettableClock;
import dev.trash.SweepReport;
import dev.trash.Trash;
import dev.trash.TrashOptions;
import dev.trash.jdbi.fixture.JdbiStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToIntBiFunction;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.Test;

/**
 * What a sweep and the tombstone cleanup cost in statements (a JDBC batch counts as one, and no DELETE goes
 * as a JDBC batch of one statement per entry): the same for one orphaned asset as for many, for one due
 * entry as for a batch of them, for one purge's tombstones as for a page of them. Each size runs in a
 * tenant of its own. A host row that refuses one orphaned asset's removal keeps that asset alone.
 */
abstract class SweepStatementsBehaviour {

    private static final int MANY = 20;

    private final AtomicInteger statements = new AtomicInteger();
    /** DELETEs sent as JDBC batches, one statement per row or entry: a sweep has none. */
    private final List<String> batchedDeletes = new CopyOnWriteArrayList<>();
    private final SettableClock clock = SettableClock.at(Instant.parse("2026-02-01T00:00:00Z"));

    /** The store of the subclass's database. */
    protected abstract JdbiStore store();

    @Test
    void aSweepOfOneOrphanedAssetCostsWhatASweepOfManyDoes() {
        Trash trash = countingTrash();
        assertSameCostForOneAndMany("sweep of orphaned assets", "orphans",
                (tenant, n) -> orphanSweep(trash, tenant, n));
    }

    @Test
    void anOrphanedAssetThatAHostRowHoldsIsKeptAndTheOthersOfItsBatchGo() {
        Trash trash = countingTrash();
        Actor actor = Actor.of("pinned", "loader");
        List<ItemRef> images = keptImages(trash, actor, 3);
        ItemRef pinned = images.get(1);
        String id = store().schema().database().dialect() == SqlDialect.POSTGRESQL ? "VARCHAR(255) COLLATE \"C\""
                : "VARCHAR(255)";
        Jdbi jdbi = store().schema().jdbi();
        jdbi.useHandle(h -> {
            h.execute("CREATE TABLE host_image_pins (workspace_id " + id + " NOT NULL, image_id " + id + " NOT NULL, "
                    + "CONSTRAINT host_image_pins_fk FOREIGN KEY (workspace_id, image_id) REFERENCES images "
                    + "(workspace_id, id))");
            h.execute("INSERT INTO host_image_pins (workspace_id, image_id) VALUES (?, ?)", actor.tenant(),
                    pinned.id());
        });
        try {
            SweepReport report = trash.sweeper().sweep();

            assertThat(report.assetsPurged()).isEqualTo(2);
            assertThat(images).filteredOn(image -> trash.isVisible(actor, image)).containsExactly(pinned);

            jdbi.useHandle(h -> h.execute("DELETE FROM host_image_pins"));
            assertThat(trash.sweeper().sweep().assetsPurged()).as("kept for the next sweep").isEqualTo(1);
            assertThat(trash.isVisible(actor, pinned)).isFalse();
        } finally {
            jdbi.useHandle(h -> h.execute("DROP TABLE host_image_pins"));
        }
    }

    @Test
    void aSweepBatchOfOneEntryCostsWhatABatchOfManyDoes() {
        Trash trash = countingTrash();
        assertSameCostForOneAndMany("sweep batch", "due", (tenant, n) -> dueSweep(trash, tenant, n));
    }

    @Test
    void theTombstonesOfOnePurgeGoWithTheStatementsOfAPageOfThem() {
        Trash trash = countingTrash();
        assertSameCostForOneAndMany("tombstone cleanup", "tombstones",
                (tenant, n) -> tombstoneCleanup(trash, tenant, n));
        long left = store().schema().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM trash_tombstone WHERE "
                + "tenant LIKE 'tombstones-%'").mapTo(Long.class).one());
        assertThat(left).isZero();
    }

    /** Statements of the sweep that removes {@code n} orphaned assets of a fresh tenant. */
    private int orphanSweep(Trash trash, String tenant, int n) {
        keptImages(trash, Actor.of(tenant, "loader"), n);
        trash.sweeper().sweep();
        keptImages(trash, Actor.of(tenant + "-b", "loader"), n);
        int before = statements.get();
        SweepReport report = trash.sweeper().sweep();
        int cost = statements.get() - before;
        assertThat(report.assetsPurged()).isEqualTo(n);
        return cost;
    }

    /**
     * {@code n} images shared by two datasets, kept by a flagged purge of the first and left without an owner
     * by a purge of the second.
     */
    private List<ItemRef> keptImages(Trash trash, Actor actor, int n) {
        ItemRef first = create(trash, actor, DATASET, "first", 100);
        ItemRef second = create(trash, actor, DATASET, "second", 100);
        List<ItemRef> images = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ItemRef image = create(trash, actor, IMAGE, "i" + i, 10 + i);
            trash.linkAsset(actor, first, image);
            trash.linkAsset(actor, second, image);
            images.add(image);
        }
        trash.moveToTrash(actor, first, TrashOptions.defaults().withExclusiveAssets());
        trash.purge(actor, first);
        trash.moveToTrash(actor, second);
        trash.purge(actor, second);
        return images;
    }

    /** Statements of the sweep that purges {@code n} due entries, in one batch. */
    private int dueSweep(Trash trash, String tenant, int n) {
        Actor actor = Actor.of(tenant, "loader");
        for (int i = 0; i < n; i++) {
            trash.moveToTrash(actor, create(trash, actor, PROJECT, "p" + i, 1));
        }
        // past the retention of a project (30 days) and of events (7), not of audit lines (400): the cleanup
        // does the same work after either size
        clock.advance(Duration.ofDays(45));
        int before = statements.get();
        SweepReport report = trash.sweeper().sweep();
        int cost = statements.get() - before;
        assertThat(report.rootsPurged()).isEqualTo(n);
        return cost;
    }

    /** Statements of the dispatch that cleans up the tombstones of {@code n} purges. */
    private int tombstoneCleanup(Trash trash, String tenant, int n) {
        Actor actor = Actor.of(tenant, "loader");
        trash.dispatcher().dispatch();
        for (int i = 0; i < n; i++) {
            ItemRef project = create(trash, actor, PROJECT, "p" + i, 1);
            trash.moveToTrash(actor, project);
            trash.purge(actor, project);
        }
        int before = statements.get();
        trash.dispatcher().dispatch();
        return statements.get() - before;
    }

    /** Runs the scenario for one and for {@link #MANY}, each in a tenant of its own, and compares their costs. */
    private void assertSameCostForOneAndMany(String what, String tenant, ToIntBiFunction<String, Integer> scenario) {
        int one = scenario.applyAsInt(tenant + "-1", 1);
        int many = scenario.applyAsInt(tenant + "-" + MANY, MANY);
        System.out.printf("%s: %s: %d statements for 1, %d for %d%n", store().schema().database(), what, one, many,
                MANY);
        assertThat(many).isEqualTo(one);
        assertThat(batchedDeletes).as("DELETEs sent one per row or entry").isEmpty();
    }

    private static ItemRef create(Trash trash, Actor actor, String type, String id, long size) {
        return trash.create(actor, new Resource(ItemRef.of(type, id), id, size, null)).ref();
    }

    private Trash countingTrash() {
        Jdbi jdbi = store().schema().jdbi();
        Trash trash = store().newTrash(clock);
        jdbi.setSqlLogger(new SqlLogger() {
            @Override
            public void logAfterExecution(StatementContext context) {
                statements.incrementAndGet();
                if (context.getJdbiStatementType() == PreparedBatch.class
                        && context.getRenderedSql().strip().toUpperCase(Locale.ROOT).startsWith("DELETE")) {
                    batchedDeletes.add(context.getRenderedSql());
                }
            }
        });
        return trash;
    }
}

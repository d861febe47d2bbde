package dev.trash.testkit;

import static dev.trash.testkit.ContractTypes.MODEL;
import static dev.trash.testkit.ContractTypes.PROJECT;
import static dev.trash.testkit.TrashFixture.ALICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trash.BeforePurgeHook;
import dev.trash.BulkOutcome;
import dev.trash.ItemRef;
import dev.trash.PurgeBatch;
import dev.trash.SweepReport;
import dev.trash.Trash;
import dev.trash.TrashEntry;
import dev.trash.TrashQuery;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Purge hooks: rows of a host table outside Trash that reference projects are deleted by a hook in the
 * purge's transaction, with the ids the batch deletes per type, on every path a purge takes (on request, bulk,
 * Empty Trash, the sweep). A failing hook fails the purge and changes nothing. A store runs it with a
 * subclass that names the store and its outside table ({@link OutsideReferences}).
 */
public abstract class PurgeHookContract {

    /** The store under test. */
    protected abstract StoreUnderTest store();

    /** The store's table outside Trash. */
    protected abstract OutsideReferences references();

    private final ItemRef p1 = ItemRef.of(PROJECT, "p1");
    private final ItemRef p2 = ItemRef.of(PROJECT, "p2");
    private final ItemRef p3 = ItemRef.of(PROJECT, "p3");
    private final ItemRef active = ItemRef.of(PROJECT, "p4");
    private final List<PurgeBatch> batches = new CopyOnWriteArrayList<>();
    private TrashFixture fx;
    private OutsideReferences references;

    @BeforeEach
    void threeTrashedProjectsTwoReferencedFromOutsideAndAnActiveOne() {
        fx = new TrashFixture(store());
        references = references();
        for (String id : List.of("p1", "p2", "p3", "p4")) {
            fx.create(PROJECT, id);
            fx.create(MODEL, "m_" + id, id);
        }
        references.add(fx.repository(), ALICE.tenant(), p2);
        references.add(fx.repository(), ALICE.tenant(), p2);
        references.add(fx.repository(), ALICE.tenant(), p3);
        references.add(fx.repository(), ALICE.tenant(), active);
        fx.trash().moveToTrash(ALICE, ItemRef.of(MODEL, "m_p1")); // an entry nested in p1's
        for (ItemRef project : List.of(p1, p2, p3)) {
            fx.trash().moveToTrash(ALICE, project);
        }
    }

    private Trash withHooks(BeforePurgeHook... hooks) {
        return fx.rebuild(b -> {
            b.beforePurge(batches::add);
            for (BeforePurgeHook hook : hooks) {
                b.beforePurge(hook);
            }
            return b;
        });
    }

    @Test
    void aPurgeOnRequestGivesTheHookTheIdsItDeletesPerTypeBeforeItDeletesThem() {
        Trash trash = withHooks(references.deleteReferences(fx.repository()));

        trash.purge(ALICE, p2);

        assertThat(references.count(fx.repository(), ALICE.tenant(), p2)).isZero();
        assertThat(references.count(fx.repository(), ALICE.tenant(), p3)).isEqualTo(1);
        assertThat(references.count(fx.repository(), ALICE.tenant(), active)).isEqualTo(1);
        assertThat(batches).singleElement().satisfies(batch -> {
            assertThat(batch.tenant()).isEqualTo(ALICE.tenant());
            assertThat(batch.idsByType()).isEqualTo(Map.of(PROJECT, List.of("p2"), MODEL, List.of("m_p2")));
        });
        assertThat(trash.find(ALICE, p2)).isEmpty();
    }

    @Test
    void entriesNestedInThePurgedOneAreInItsBatch() {
        Trash trash = withHooks(references.deleteReferences(fx.repository()));

        trash.purge(ALICE, p1);

        assertThat(batches).singleElement().satisfies(batch -> assertThat(batch.idsByType())
                .isEqualTo(Map.of(PROJECT, List.of("p1"), MODEL, List.of("m_p1"))));
        assertThat(trash.find(ALICE, ItemRef.of(MODEL, "m_p1"))).isEmpty();
    }

    @Test
    void theSweepAndEmptyTrashAndBulkPurgeRunTheHook() {
        Trash trash = withHooks(references.deleteReferences(fx.repository()));

        List<BulkOutcome> bulk = trash.purgeAll(ALICE, List.of(p2));
        assertThat(bulk).allSatisfy(outcome -> assertThat(outcome.succeeded()).isTrue());
        assertThat(trash.emptyTrash(ALICE, 3).itemCount()).isEqualTo(4); // p1 with m_p1's entry, p3
        assertThat(references.count(fx.repository(), ALICE.tenant(), p3)).isZero();

        fx.create(PROJECT, "p5");
        references.add(fx.repository(), ALICE.tenant(), ItemRef.of(PROJECT, "p5"));
        trash.moveToTrash(ALICE, ItemRef.of(PROJECT, "p5"));
        fx.clock().advance(Duration.ofDays(31));
        SweepReport report = trash.sweeper().sweep();

        assertThat(report.rootsPurged()).isEqualTo(1);
        assertThat(report.entriesFailed()).isZero();
        assertThat(references.count(fx.repository(), ALICE.tenant(), ItemRef.of(PROJECT, "p5"))).isZero();
        assertThat(references.count(fx.repository(), ALICE.tenant(), active)).isEqualTo(1);
        assertThat(batches).flatExtracting(batch -> batch.ids(PROJECT))
                .containsExactlyInAnyOrder("p2", "p1", "p3", "p5");
    }

    @Test
    void aFailingHookFailsThePurgeOnRequestAndChangesNothing() {
        Trash trash = withHooks(references.deleteReferences(fx.repository()), batch -> {
            throw new IllegalStateException("the tag service refused");
        });
        Object before = fx.snapshot();

        assertThatThrownBy(() -> trash.purge(ALICE, p2)).isInstanceOf(IllegalStateException.class)
                .hasMessage("the tag service refused");

        assertThat(fx.snapshot()).isEqualTo(before);
        assertThat(trash.count(ALICE, null)).isEqualTo(4);
    }

    @Test
    void theSweepCountsAFailingHookAsThatEntrysPurgeFailureAndPurgesTheOthers() {
        Trash trash = withHooks(batch -> {
            if (batch.ids(PROJECT).contains("p2")) {
                throw new IllegalStateException("p2 is still tagged");
            }
        }, references.deleteReferences(fx.repository()));
        fx.clock().advance(Duration.ofDays(31));

        SweepReport report = trash.sweeper().sweep();

        assertThat(report.rootsPurged()).isEqualTo(3); // p1, the entry of m_p1 nested in it, p3
        assertThat(report.entriesFailed()).isEqualTo(1);
        assertThat(trash.find(ALICE, p3)).isEmpty();
        assertThat(references.count(fx.repository(), ALICE.tenant(), p3)).isZero();
        assertThat(trash.list(ALICE, TrashQuery.firstPage()).rows()).singleElement().satisfies(row -> {
            assertThat(row.entry().root()).isEqualTo(p2);
            assertThat(row.entry().status()).isEqualTo(TrashEntry.Status.PURGE_FAILED);
            assertThat(row.entry().purgeFailure().reason()).contains("p2 is still tagged");
        });
    }
}

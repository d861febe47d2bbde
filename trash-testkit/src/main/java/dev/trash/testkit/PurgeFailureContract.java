package dev.trash.testkit;

import static dev.trash.testkit.ContractTypes.MODEL;
import static dev.trash.testkit.ContractTypes.PROJECT;
import static dev.trash.testkit.TrashFixture.ALICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trash.ItemRef;
import dev.trash.PurgeFailedException;
import dev.trash.PurgeFailure;
import dev.trash.SweepReport;
import dev.trash.Trash;
import dev.trash.TrashEntry;
import dev.trash.TrashEvent;
import dev.trash.TrashQuery;
import dev.trash.TrashRow;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Purges that something outside Trash refuses (a host foreign key): the sweep never jams on them, and a
 * purge on request fails cleanly. A store runs it with a subclass that names the store and how to block a
 * purge ({@link PurgeBlocker}).
 */
public abstract class PurgeFailureContract {

    /** The store under test. */
    protected abstract StoreUnderTest store();

    /** How the store makes a chosen item's purge fail. */
    protected abstract PurgeBlocker blocker();

    private final ItemRef p1 = ItemRef.of(PROJECT, "p1");
    private final ItemRef p2 = ItemRef.of(PROJECT, "p2");
    private final ItemRef p3 = ItemRef.of(PROJECT, "p3");
    private TrashFixture fx;
    private Trash trash;

    @BeforeEach
    void threeTrashedProjectsOneOfThemReferencedFromOutside() {
        fx = new TrashFixture(store());
        trash = fx.trash();
        for (String id : List.of("p1", "p2", "p3")) {
            fx.create(PROJECT, id);
            fx.create(MODEL, "m_" + id, id);
            trash.moveToTrash(ALICE, ItemRef.of(PROJECT, id));
        }
        blocker().block(fx.repository(), ALICE.tenant(), p2);
    }

    @Test
    void aSweepPurgesTheOthersAndPutsTheFailingEntryBackWithItsFailure() {
        fx.clock().advance(Duration.ofDays(31));
        Instant failedAt = fx.clock().instant();

        SweepReport report = trash.sweeper().sweep();

        assertThat(report.rootsPurged()).isEqualTo(2);
        assertThat(report.entriesFailed()).isEqualTo(1);
        assertThat(trash.find(ALICE, p1)).isEmpty();
        assertThat(trash.find(ALICE, p3)).isEmpty();
        TrashRow row = onlyRow();
        assertThat(row.entry().root()).isEqualTo(p2);
        assertThat(row.entry().status()).isEqualTo(TrashEntry.Status.PURGE_FAILED);
        PurgeFailure failure = row.entry().purgeFailure();
        assertThat(failure.reason()).contains("project \"p2\" (p2)").containsIgnoringCase(blocker().constraint());
        assertThat(failure.attempts()).isEqualTo(1);
        assertThat(failure.failedAt()).isEqualTo(failedAt);
        assertThat(failure.nextAttemptAt()).isEqualTo(failedAt.plus(Duration.ofHours(1)));
        assertThat(fx.events()).filteredOn(e -> e.kind() == TrashEvent.Kind.PURGED).extracting(TrashEvent::root)
                .containsExactlyInAnyOrder(p1, p3);
    }

    @Test
    void theFailedEntryWaitsForItsNextAttemptThenIsRetriedWithALongerBackoff() {
        fx.clock().advance(Duration.ofDays(31));
        trash.sweeper().sweep();

        fx.clock().advance(Duration.ofMinutes(59));
        assertThat(trash.sweeper().sweep().entriesFailed()).isZero();
        assertThat(onlyRow().entry().purgeFailure().attempts()).isEqualTo(1);

        fx.clock().advance(Duration.ofMinutes(1));
        assertThat(trash.sweeper().sweep().entriesFailed()).isEqualTo(1);
        PurgeFailure second = onlyRow().entry().purgeFailure();
        assertThat(second.attempts()).isEqualTo(2);
        assertThat(second.nextAttemptAt()).isEqualTo(fx.clock().instant().plus(Duration.ofHours(2)));

        blocker().unblock(fx.repository(), ALICE.tenant(), p2);
        fx.clock().advance(Duration.ofHours(2));
        SweepReport report = trash.sweeper().sweep();
        assertThat(report.rootsPurged()).isEqualTo(1);
        assertThat(report.entriesFailed()).isZero();
        assertThat(trash.list(ALICE, TrashQuery.firstPage()).rows()).isEmpty();
    }

    @Test
    void theFailedEntryStaysRestorable() {
        fx.clock().advance(Duration.ofDays(31));
        trash.sweeper().sweep();

        trash.restore(ALICE, p2);

        assertThat(fx.visible(p2)).isTrue();
        assertThat(fx.visible(ItemRef.of(MODEL, "m_p2"))).isTrue();
        assertThat(trash.list(ALICE, TrashQuery.firstPage()).rows()).isEmpty();
    }

    @Test
    void aPurgeOnRequestNamesTheEntryAndTheConstraintAndChangesNothing() {
        Object before = fx.snapshot();

        assertThatThrownBy(() -> trash.purge(ALICE, p2)).isInstanceOfSatisfying(PurgeFailedException.class, e -> {
            assertThat(e.item()).isEqualTo(p2);
            assertThat(e.constraint()).isEqualToIgnoringCase(blocker().constraint());
            assertThat(e.getMessage()).startsWith("Cannot delete project \"p2\" (p2) permanently (Trash entry ")
                    .containsIgnoringCase(blocker().constraint());
        });
        assertThat(fx.snapshot()).isEqualTo(before);
    }

    @Test
    void emptyTrashNamesTheEntryAndTheConstraintAndChangesNothing() {
        Object before = fx.snapshot();

        assertThatThrownBy(() -> trash.emptyTrash(ALICE, 3)).isInstanceOfSatisfying(PurgeFailedException.class,
                e -> {
                    assertThat(e.item()).isEqualTo(p2);
                    assertThat(e.constraint()).isEqualToIgnoringCase(blocker().constraint());
                });
        assertThat(fx.snapshot()).isEqualTo(before);
        assertThat(trash.count(ALICE, null)).isEqualTo(3);
    }

    private TrashRow onlyRow() {
        List<TrashRow> rows = trash.list(ALICE, TrashQuery.firstPage()).rows();
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }
}

package dev.trash.testkit;

import static dev.trash.testkit.ContractTypes.MODEL;
import static dev.trash.testkit.ContractTypes.PROJECT;
import static dev.trash.testkit.ContractTypes.WORKFLOW;
import static dev.trash.testkit.TrashFixture.ALICE;
import static dev.trash.testkit.TrashFixture.BOB;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trash.AuditRecord;
import dev.trash.ItemRef;
import dev.trash.PurgeResult;
import dev.trash.PurgedItem;
import dev.trash.RetryPolicy;
import dev.trash.SweepReport;
import dev.trash.Trash;
import dev.trash.TrashEntry;
import dev.trash.TrashEvent;
import dev.trash.TrashListener;
import dev.trash.TypeCatalogue;
import dev.trash.spi.OutboxEvent;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sweep keeps Trash's own tables from growing forever: delivered events leave the outbox with the
 * tombstones of their purges, events a listener failed on stay until redelivered or past the event retention,
 * events no listener is registered for stay for the event retention, and audit lines leave after the audit
 * retention; in batches of the sweep's batch size, counted in {@link SweepReport}.
 */
public abstract class StoreCleanupContract {

    private static final String FLAKY = "flaky";

    /** The store under test. */
    protected abstract StoreUnderTest store();

    private TrashFixture fx;

    @BeforeEach
    void newFixture() {
        fx = new TrashFixture(store());
    }

    /** A Trash over the fixture's store and clock with only the given listener, or none. */
    private Trash instance(String name, TrashListener listenerOrNull, UnaryOperator<Trash.Builder> more) {
        Trash.Builder b = Trash.builder().catalogue(ContractTypes.catalogue()).repository(fx.repository())
                .clock(fx.clock()).retryPolicy(new RetryPolicy(1, Duration.ofSeconds(1), Duration.ofSeconds(1)));
        if (listenerOrNull != null) {
            b.listener(name, listenerOrNull);
        }
        return more.apply(b).build();
    }

    private List<OutboxEvent> outbox() {
        return fx.repository().inTransaction(tx -> tx.eventsAfter(0, 10_000));
    }

    /** Trashes, restores, trashes again and purges a project with a model: four events. */
    private TrashEntry fourEvents(Trash trash, String id) {
        fx.create(PROJECT, id);
        fx.create(MODEL, id + "-m", id);
        trash.moveToTrash(ALICE, ItemRef.of(PROJECT, id));
        trash.restore(ALICE, ItemRef.of(PROJECT, id));
        trash.moveToTrash(ALICE, ItemRef.of(PROJECT, id));
        return trash.purge(ALICE, ItemRef.of(PROJECT, id)).purged().get(0);
    }

    @Test
    void aTypeThatOptsOutOfPurgeRecordsIsPurgedWithoutThemOnRequestAndBySweep() {
        TypeCatalogue.Builder types = TypeCatalogue.builder();
        ContractTypes.catalogue().types()
                .forEach(t -> types.add(t.name().equals(MODEL) ? t.withoutPurgeRecords() : t));
        // a listener that never takes a purge keeps its records: what is missing was never written
        Trash trash = instance(FLAKY, event -> {
            if (event.kind() == TrashEvent.Kind.PURGED) {
                throw new IllegalStateException("down");
            }
        }, b -> b.catalogue(types.build()));
        fx.create(PROJECT, "p1");
        fx.create(MODEL, "p1-m", "p1");
        fx.create(MODEL, "p1-n", "p1");
        fx.create(PROJECT, "p2");
        fx.create(MODEL, "p2-m", "p2");
        trash.moveToTrash(ALICE, ItemRef.of(PROJECT, "p1"));
        TrashEntry swept = trash.moveToTrash(ALICE, ItemRef.of(PROJECT, "p2")).entry();

        PurgeResult onRequest = trash.purge(ALICE, ItemRef.of(PROJECT, "p1"));

        assertThat(onRequest.itemCount()).isEqualTo(3);
        assertThat(trash.purgedItems(ALICE.tenant(), onRequest.purged().get(0).id(), null, 10))
                .extracting(PurgedItem::ref).containsExactly(ItemRef.of(PROJECT, "p1"));

        fx.clock().advance(Duration.ofDays(31));
        SweepReport sweep = trash.sweeper().sweep();

        assertThat(sweep.itemsPurged()).isEqualTo(2);
        assertThat(trash.purgedItems(ALICE.tenant(), swept.id(), null, 10))
                .extracting(PurgedItem::ref).containsExactly(ItemRef.of(PROJECT, "p2"));
    }

    @Test
    void eventsEveryListenerHasLeaveAtTheNextSweepWithTheirPurgesTombstones() {
        Trash trash = fx.trash();
        fourEvents(trash, "p1");
        fourEvents(trash, "p2");
        assertThat(outbox()).hasSize(8);

        SweepReport report = fx.rebuild(b -> b.sweepBatchSize(3)).sweeper().sweep();

        assertThat(report.eventsDeleted()).isEqualTo(8);
        assertThat(outbox()).isEmpty();
        assertThat(fx.events()).hasSize(8);
        assertThat(fx.trash().sweeper().sweep().eventsDeleted()).isZero();
    }

    @Test
    void anEventAListenerGaveUpOnStaysUntilRedeliveredThenLeaves() {
        AtomicBoolean failing = new AtomicBoolean(true);
        Trash trash = instance(FLAKY, event -> {
            if (failing.get() && event.kind() == TrashEvent.Kind.PURGED) {
                throw new IllegalStateException("down");
            }
        }, b -> b);
        TrashEntry purged = fourEvents(trash, "p1");
        assertThat(trash.dispatcher().failures(FLAKY, true, 0, 10)).hasSize(1);

        assertThat(trash.sweeper().sweep().eventsDeleted()).isEqualTo(3);
        assertThat(outbox()).extracting(e -> e.event().kind()).containsExactly(TrashEvent.Kind.PURGED);
        assertThat(trash.purgedItems(ALICE.tenant(), purged.id(), null, 10)).hasSize(2);

        failing.set(false);
        long sequence = trash.dispatcher().failures(FLAKY, true, 0, 10).get(0).sequence();
        assertThat(trash.dispatcher().redeliver(FLAKY, sequence)).isTrue();
        trash.dispatcher().dispatch();
        assertThat(trash.sweeper().sweep().eventsDeleted()).isEqualTo(1);
        assertThat(outbox()).isEmpty();
        assertThat(trash.purgedItems(ALICE.tenant(), purged.id(), null, 10)).isEmpty();
    }

    @Test
    void anUndeliverableEventAndItsTombstonesLeaveAfterTheEventRetention() {
        Trash trash = instance(FLAKY, event -> {
            if (event.kind() == TrashEvent.Kind.PURGED) {
                throw new IllegalStateException("down");
            }
        }, b -> b.eventRetention(Duration.ofDays(2)));
        TrashEntry purged = fourEvents(trash, "p1");
        trash.sweeper().sweep();
        assertThat(outbox()).extracting(e -> e.event().kind()).containsExactly(TrashEvent.Kind.PURGED);

        fx.clock().advance(Duration.ofDays(2));
        assertThat(trash.sweeper().sweep().eventsDeleted()).isZero();
        fx.clock().advance(Duration.ofMillis(1));
        assertThat(trash.sweeper().sweep().eventsDeleted()).isEqualTo(1);

        assertThat(outbox()).isEmpty();
        assertThat(trash.dispatcher().failures(FLAKY, true, 0, 10)).isEmpty();
        assertThat(trash.purgedItems(ALICE.tenant(), purged.id(), null, 10)).isEmpty();
    }

    @Test
    void withNoListenerRegisteredEventsStayForTheEventRetentionForAHostThatDispatchesLater() {
        Trash noListener = instance(null, null, b -> b.sweepBatchSize(2));
        fourEvents(noListener, "p1");
        fx.clock().advance(Duration.ofDays(7));
        assertThat(noListener.sweeper().sweep().eventsDeleted()).isZero();
        assertThat(outbox()).hasSize(4);

        fx.clock().advance(Duration.ofMillis(1));
        SweepReport report = noListener.sweeper().sweep();

        assertThat(report.eventsDeleted()).isEqualTo(4);
        assertThat(outbox()).isEmpty();
    }

    @Test
    void aListenerThatHasNotReceivedAnEventYetKeepsItWhateverItsAge() {
        Trash lagging = instance("later", event -> { }, b -> b.dispatchAfterCommit(false));
        fourEvents(lagging, "p1");
        fx.clock().advance(Duration.ofDays(30));

        assertThat(lagging.sweeper().sweep().eventsDeleted()).isZero();
        assertThat(outbox()).hasSize(4);
        assertThat(lagging.dispatcher().dispatch()).isEqualTo(4);
        assertThat(lagging.sweeper().sweep().eventsDeleted()).isEqualTo(4);
    }

    @Test
    void auditLinesOlderThanTheAuditRetentionLeaveAndTheOthersStay() {
        Trash trash = fx.rebuild(b -> b.sweepBatchSize(2).auditRetention(Duration.ofDays(10)));
        fourEvents(trash, "old");
        fx.create(BOB, WORKFLOW, "w-old", null, 1);
        trash.moveToTrash(BOB, ItemRef.of(WORKFLOW, "w-old"));
        fx.clock().advance(Duration.ofDays(10)); // before anything is due: the sweep purges nothing
        fx.create(WORKFLOW, "new");
        trash.moveToTrash(ALICE, ItemRef.of(WORKFLOW, "new"));
        assertThat(trash.sweeper().sweep().auditRecordsDeleted()).isZero();

        fx.clock().advance(Duration.ofMillis(1));
        SweepReport report = trash.sweeper().sweep();

        assertThat(report.auditRecordsDeleted()).isEqualTo(5);
        assertThat(trash.audit(ALICE, 0, 100)).extracting(AuditRecord::root)
                .containsExactly(ItemRef.of(WORKFLOW, "new"));
        assertThat(trash.audit(BOB, 0, 100)).isEmpty();
    }

    @Test
    void theDefaultsKeepAuditLinesFor400DaysAndUndeliveredEventsFor7() {
        Trash trash = fx.trash();
        fx.create(WORKFLOW, "w");
        trash.moveToTrash(ALICE, ItemRef.of(WORKFLOW, "w"));
        Trash noListener = instance(null, null, b -> b);
        fx.create(WORKFLOW, "w2");
        noListener.moveToTrash(ALICE, ItemRef.of(WORKFLOW, "w2"));
        fx.clock().advance(Duration.ofDays(7));
        assertThat(noListener.sweeper().sweep().eventsDeleted()).isZero();
        fx.clock().advance(Duration.ofDays(400 - 7));
        SweepReport kept = noListener.sweeper().sweep();
        assertThat(kept.eventsDeleted()).isEqualTo(2);
        assertThat(kept.auditRecordsDeleted()).isZero();

        fx.clock().advance(Duration.ofMillis(1));
        assertThat(noListener.sweeper().sweep().auditRecordsDeleted()).isEqualTo(2);
    }

    @Test
    void theRetentionsAreBuilderOptionsAndTheReportCountsTheCleanup() {
        var catalogue = ContractTypes.catalogue();
        var repository = fx.repository();
        // tag::retention[]
        Trash trash = Trash.builder()
                .catalogue(catalogue)
                .repository(repository)
                .eventRetention(Duration.ofDays(14)) // events no registered listener still needs; 7 days by default
                .auditRetention(Duration.ofDays(730)) // audit lines; 400 days by default
                .build();
        SweepReport report = trash.sweeper().sweep();
        long cleanedUp = report.eventsDeleted() + report.auditRecordsDeleted();
        // end::retention[]
        assertThat(cleanedUp).isZero();
    }
}

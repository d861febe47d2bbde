package dev.trash.testkit;

import static dev.trash.testkit.ContractTypes.DATASET;
import static dev.trash.testkit.ContractTypes.FOLDER;
import static dev.trash.testkit.ContractTypes.IMAGE;
import static dev.trash.testkit.ContractTypes.MODEL;
import static dev.trash.testkit.ContractTypes.PROJECT;
import static dev.trash.testkit.ContractTypes.VERSION;
import static dev.trash.testkit.ContractTypes.WORKFLOW;
import static dev.trash.testkit.TrashFixture.ALICE;
import static dev.trash.testkit.TrashFixture.BOB;
import static dev.trash.testkit.TrashFixture.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trash.Actor;
import dev.trash.AuditRecord;
import dev.trash.BeingPurgedException;
import dev.trash.BulkOutcome;
import dev.trash.BulkOutcome.Status;
import dev.trash.DuplicateItemException;
import dev.trash.InvalidRequestException;
import dev.trash.ItemNotFoundException;
import dev.trash.ItemRef;
import dev.trash.NameConflictException;
import dev.trash.NotInTrashException;
import dev.trash.NotTrashRootException;
import dev.trash.ParentInTrashException;
import dev.trash.Permission;
import dev.trash.PermissionDeniedException;
import dev.trash.Preview;
import dev.trash.PurgePolicy;
import dev.trash.PurgeRefusedException;
import dev.trash.PurgeResult;
import dev.trash.PurgeClaim;
import dev.trash.PurgedItem;
import dev.trash.Resource;
import dev.trash.RestoreConflictException;
import dev.trash.RestoreOptions;
import dev.trash.RetentionPolicy;
import dev.trash.StorageUsage;
import dev.trash.SweepReport;
import dev.trash.Trash;
import dev.trash.TrashCountMismatchException;
import dev.trash.TrashEntry;
import dev.trash.TrashEvent;
import dev.trash.TrashItem;
import dev.trash.TrashOptions;
import dev.trash.TrashPage;
import dev.trash.TrashQuery;
import dev.trash.TrashResult;
import dev.trash.TrashRow;
import dev.trash.TrashVetoedException;
import dev.trash.UnknownTypeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@code TrashRepository} passes: the core's rules, exercised through the public
 * {@link Trash} API over the store under test. A store runs it with a subclass of a few lines that
 * implements {@link #store()}.
 */
public abstract class TrashRepositoryContract {

    /** The store under test. */
    protected abstract StoreUnderTest store();

    /** The fixture of the current test. */
    protected TrashFixture fx;
    /** The Trash of the current test. */
    protected Trash trash;

    private final ItemRef p1 = ItemRef.of(PROJECT, "p1");
    private final ItemRef m1 = ItemRef.of(MODEL, "m1");
    private final ItemRef m2 = ItemRef.of(MODEL, "m2");
    private final ItemRef v1 = ItemRef.of(VERSION, "v1");

    @BeforeEach
    void newFixture() {
        fx = new TrashFixture(store());
        trash = fx.trash();
    }

    /** p1 with models m1, m2 and version v1. */
    private void projectWithChildren() {
        fx.create(PROJECT, "p1");
        fx.create(MODEL, "m1", "p1");
        fx.create(MODEL, "m2", "p1");
        fx.create(VERSION, "v1", "p1");
    }

    private void assertUnchangedBy(ThrowingCallable failing, Class<? extends Throwable> expected, String message) {
        Object before = fx.snapshot();
        assertThatThrownBy(failing).isInstanceOf(expected).hasMessage(message);
        assertThat(fx.snapshot()).isEqualTo(before);
    }

    private List<TrashRow> listAll(Actor actor) {
        return trash.list(actor, TrashQuery.firstPage().limit(500)).rows();
    }

    private List<ItemRef> roots(Actor actor) {
        return listAll(actor).stream().map(r -> r.entry().root()).toList();
    }

    @Nested
    @DisplayName("rule 1: trash moves an item and its active descendants atomically")
    class MoveToTrash {

        @Test
        void hidesTheItemAndEveryDescendant() {
            projectWithChildren();
            TrashResult result = trash.moveToTrash(ALICE, p1, TrashOptions.defaults().withReason("cleanup"));

            assertThat(result.created()).isTrue();
            assertThat(List.of(p1, m1, m2, v1)).noneMatch(fx::visible);
            TrashEntry entry = result.entry();
            assertThat(entry.cascadedCount()).isEqualTo(3);
            assertThat(entry.sizeBytes()).isEqualTo(400);
            assertThat(entry.deletedBy()).isEqualTo("alice");
            assertThat(entry.reason()).isEqualTo("cleanup");
            assertThat(entry.deletedAt()).isEqualTo(START);
            assertThat(roots(ALICE)).containsExactly(p1);
        }

        @Test
        void trashingAgainIsANoOpThatKeepsTheTimer() {
            projectWithChildren();
            TrashEntry first = trash.moveToTrash(ALICE, p1).entry();
            fx.clock().advance(Duration.ofDays(3));
            int events = fx.events().size();

            TrashResult again = trash.moveToTrash(ALICE, p1);

            assertThat(again.created()).isFalse();
            assertThat(again.entry()).isEqualTo(first);
            assertThat(fx.events()).hasSize(events);
        }

        @Test
        void trashingAnItemHiddenByItsAncestorReturnsTheCoveringEntry() {
            projectWithChildren();
            TrashEntry projectEntry = trash.moveToTrash(ALICE, p1).entry();
            Object before = fx.snapshot();

            TrashResult result = trash.moveToTrash(ALICE, m1);

            assertThat(result.created()).isFalse();
            assertThat(result.requested()).isEqualTo(m1);
            assertThat(result.entry()).isEqualTo(projectEntry);
            assertThat(fx.snapshot()).isEqualTo(before);
        }

        @Test
        void cascadeSkipsChildrenAlreadyInTrash() {
            projectWithChildren();
            trash.moveToTrash(ALICE, m1);
            TrashEntry projectEntry = trash.moveToTrash(ALICE, p1).entry();

            assertThat(projectEntry.cascadedCount()).isEqualTo(2);
            assertThat(roots(ALICE)).containsExactly(p1, m1);
        }

        @Test
        void selfNestingTypesCascadeToAnyDepth() {
            fx.create(FOLDER, "f1");
            for (int i = 2; i <= 8; i++) {
                fx.create(FOLDER, "f" + i, "f" + (i - 1));
            }
            TrashEntry entry = trash.moveToTrash(ALICE, ItemRef.of(FOLDER, "f1")).entry();

            assertThat(entry.cascadedCount()).isEqualTo(7);
            assertThat(fx.visible(ItemRef.of(FOLDER, "f8"))).isFalse();
            trash.restore(ALICE, ItemRef.of(FOLDER, "f1"));
            assertThat(fx.visible(ItemRef.of(FOLDER, "f8"))).isTrue();
        }

        @Test
        void sharedAssetsStayActiveWhenTheirOwnerIsTrashed() {
            fx.create(DATASET, "d1");
            ItemRef image = fx.create(IMAGE, "i1");
            trash.linkAsset(ALICE, ItemRef.of(DATASET, "d1"), image);

            TrashEntry entry = trash.moveToTrash(ALICE, ItemRef.of(DATASET, "d1")).entry();

            assertThat(fx.visible(image)).isTrue();
            assertThat(entry.cascadedCount()).isZero();
        }

        @Test
        void concurrentTrashOfTheSameItemLeavesOneEntry() throws Exception {
            projectWithChildren();
            List<Callable<TrashResult>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> trash.moveToTrash(ALICE, p1));
            }
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<TrashEntry> entries = new ArrayList<>();
                for (Future<TrashResult> f : pool.invokeAll(calls)) {
                    entries.add(f.get().entry());
                }
                assertThat(entries.stream().map(TrashEntry::id).distinct()).hasSize(1);
                assertThat(trash.count(ALICE, null)).isEqualTo(1);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Nested
    @DisplayName("rules 2 and 4: restore brings back exactly what the cascade moved")
    class RestoreExactly {

        @Test
        void restoresTheCascadeButNotChildrenTrashedOnTheirOwnBefore() {
            projectWithChildren();
            fx.clock().advance(Duration.ofDays(2));
            TrashEntry modelEntry = trash.moveToTrash(ALICE, m1).entry();
            fx.clock().advance(Duration.ofDays(1));
            trash.moveToTrash(ALICE, p1);

            trash.restore(ALICE, p1);

            assertThat(fx.visible(p1)).isTrue();
            assertThat(fx.visible(m2)).isTrue();
            assertThat(fx.visible(v1)).isTrue();
            assertThat(fx.visible(m1)).isFalse();
            TrashRow row = listAll(ALICE).get(0);
            assertThat(row.entry()).isEqualTo(modelEntry);
            assertThat(row.entry().deletedAt()).isEqualTo(START.plus(Duration.ofDays(2)));
            assertThat(row.daysRemaining()).isEqualTo(29);
        }

        @Test
        void trashThenRestoreRestoresThePreviousState() {
            projectWithChildren();
            trash.moveToTrash(ALICE, m1);
            StorageUsage usageBefore = trash.storageUsage(ALICE);
            List<Boolean> visibleBefore = List.of(p1, m1, m2, v1).stream().map(fx::visible).toList();
            List<ItemRef> rootsBefore = roots(ALICE);

            trash.moveToTrash(ALICE, p1);
            trash.restore(ALICE, p1);

            assertThat(List.of(p1, m1, m2, v1).stream().map(fx::visible).toList()).isEqualTo(visibleBefore);
            assertThat(trash.storageUsage(ALICE)).isEqualTo(usageBefore);
            assertThat(roots(ALICE)).isEqualTo(rootsBefore);
        }

        @Test
        void restoreReportsWhatCameBack() {
            projectWithChildren();
            trash.moveToTrash(ALICE, p1);
            assertThat(trash.restore(ALICE, p1).itemCount()).isEqualTo(4);
        }
    }

    @Nested
    @DisplayName("rule 3: restore refuses while an ancestor is in Trash")
    class RestoreGuards {

        @Test
        void childOfATrashedParentCannotBeRestored() {
            projectWithChildren();
            trash.moveToTrash(ALICE, m1);
            trash.moveToTrash(ALICE, p1);

            assertUnchangedBy(() -> trash.restore(ALICE, m1), ParentInTrashException.class,
                    "Cannot restore model \"m1\" (m1) while its parent project \"p1\" (p1) is in trash."
                            + " Restore the project first.");
        }

        @Test
        void itemHiddenOnlyByItsParentCannotBeRestoredEither() {
            projectWithChildren();
            trash.moveToTrash(ALICE, p1);

            assertUnchangedBy(() -> trash.restore(ALICE, m2), ParentInTrashException.class,
                    "Cannot restore model \"m2\" (m2) while its parent project \"p1\" (p1) is in trash."
                            + " Restore the project first.");
        }

        @Test
        void messageNamesTheNearestAncestorWithItsOwnEntry() {
            fx.create(FOLDER, "f1");
            fx.create(FOLDER, "f2", "f1");
            fx.create(FOLDER, "f3", "f2");
            trash.moveToTrash(ALICE, ItemRef.of(FOLDER, "f3"));
            trash.moveToTrash(ALICE, ItemRef.of(FOLDER, "f1"));

            assertUnchangedBy(() -> trash.restore(ALICE, ItemRef.of(FOLDER, "f3")), ParentInTrashException.class,
                    "Cannot restore folder \"f3\" (f3) while its ancestor folder \"f1\" (f1) is in trash."
                            + " Restore the folder first.");
        }

        @Test
        void activeItemIsNotInTrash() {
            projectWithChildren();
            assertUnchangedBy(() -> trash.restore(ALICE, m1), NotInTrashException.class,
                    "model \"m1\" (m1) is not in trash");
        }

        @Test
        void missingItemIsNotInTrash() {
            assertUnchangedBy(() -> trash.restore(ALICE, m1), NotInTrashException.class, "model m1 is not in trash");
        }

        @Test
        void restoreWithTrashedAncestorsRestoresOutermostFirst() {
            projectWithChildren();
            trash.moveToTrash(ALICE, m1);
            trash.moveToTrash(ALICE, p1);

            var result = trash.restore(ALICE, m1, RestoreOptions.defaults().withTrashedAncestors());

            assertThat(result.restored()).extracting(TrashEntry::root).containsExactly(p1, m1);
            assertThat(List.of(p1, m1, m2, v1)).allMatch(fx::visible);
            assertThat(trash.count(ALICE, null)).isZero();
        }

        @Test
        void restoreConflictsWithANewActiveItemOfTheSameName() {
            projectWithChildren();
            trash.moveToTrash(ALICE, m1);
            trash.create(ALICE, Resource.owned(MODEL, "m9", "m1", 1, "p1"));

            assertUnchangedBy(() -> trash.restore(ALICE, m1), RestoreConflictException.class,
                    "Cannot restore model \"m1\" (m1): the name is now used by model \"m1\" (m9)."
                            + " Rename or delete it, or restore under a new name.");
        }

        @Test
        void restoreCanRenameOnConflict() {
            projectWithChildren();
            trash.moveToTrash(ALICE, m1);
            trash.create(ALICE, Resource.owned(MODEL, "m9", "m1", 1, "p1"));

            var result = trash.restore(ALICE, m1, RestoreOptions.defaults().withRenameOnConflict());

            assertThat(result.renamedTo()).isEqualTo("m1 (restored)");
            assertThat(trash.find(ALICE, m1)).map(TrashItem::name).contains("m1 (restored)");
        }
    }

    @Nested
    @DisplayName("rule 5: retention and days remaining")
    class Retention {

        @Test
        void cleanupIsThirtyDaysAfterDeletionByDefault() {
            projectWithChildren();
            TrashEntry entry = trash.moveToTrash(ALICE, p1).entry();
            assertThat(entry.scheduledCleanupAt()).isEqualTo(START.plus(Duration.ofDays(30)));
            assertThat(listAll(ALICE).get(0).daysRemaining()).isEqualTo(30);

            fx.clock().advance(Duration.ofDays(29).plusSeconds(1));
            assertThat(listAll(ALICE).get(0).daysRemaining()).isEqualTo(1);
            fx.clock().advance(Duration.ofDays(1).minusSeconds(1));
            assertThat(listAll(ALICE).get(0).daysRemaining()).isZero();
        }

        @Test
        void tenantAndTypeRulesTakePrecedence() {
            trash = fx.rebuild(b -> b.retention(RetentionPolicy.builder()
                    .forType(WORKFLOW, Duration.ofDays(7))
                    .forTenant("ws2", Duration.ofDays(14))
                    .forTenantAndType("ws2", WORKFLOW, Duration.ofDays(3))
                    .build()));
            fx.create(WORKFLOW, "w1");
            fx.create(PROJECT, "p1");
            fx.create(BOB, WORKFLOW, "w2", null, 1);
            fx.create(BOB, PROJECT, "p2", null, 1);

            assertThat(cleanupDays(ALICE, ItemRef.of(WORKFLOW, "w1"))).isEqualTo(7);
            assertThat(cleanupDays(ALICE, p1)).isEqualTo(30);
            assertThat(cleanupDays(BOB, ItemRef.of(WORKFLOW, "w2"))).isEqualTo(3);
            assertThat(cleanupDays(BOB, ItemRef.of(PROJECT, "p2"))).isEqualTo(14);
        }

        @Test
        void aRetentionChangedLaterDoesNotMoveTheTimer() {
            fx.create(WORKFLOW, "w1");
            TrashEntry entry = trash.moveToTrash(ALICE, ItemRef.of(WORKFLOW, "w1")).entry();
            trash = fx.rebuild(b -> b.retention(RetentionPolicy.builder().defaultRetention(Duration.ofDays(1)).build()));
            fx.clock().advance(Duration.ofDays(2));

            assertThat(trash.sweeper().sweep().rootsPurged()).isZero();
            assertThat(listAll(ALICE).get(0).entry().scheduledCleanupAt()).isEqualTo(entry.scheduledCleanupAt());
        }

        @Test
        void aNestedEntryIsPurgedWithItsAncestorWhicheverComesFirst() {
            trash = fx.rebuild(b -> b.retention(RetentionPolicy.builder().forType(PROJECT, Duration.ofDays(5)).build()));
            projectWithChildren();
            trash.moveToTrash(ALICE, m1);
            trash.moveToTrash(ALICE, p1);

            TrashRow modelRow = listAll(ALICE).stream().filter(r -> r.entry().root().equals(m1)).findFirst().orElseThrow();
            assertThat(modelRow.effectiveCleanupAt()).isEqualTo(START.plus(Duration.ofDays(5)));
            assertThat(modelRow.daysRemaining()).isEqualTo(5);
        }

        private long cleanupDays(Actor actor, ItemRef ref) {
            TrashEntry entry = trash.moveToTrash(actor, ref).entry();
            return Duration.between(entry.deletedAt(), entry.scheduledCleanupAt()).toDays();
        }
    }

    @Nested
    @DisplayName("rules 6 and 7: permanent deletion and the sweeper")
    class PurgeAndSweep {

        @Test
        void purgeRemovesTheRootAndEveryDescendant() {
            projectWithChildren();
            trash.moveToTrash(ALICE, p1);

            PurgeResult result = trash.purge(ALICE, p1);

            assertThat(result.itemCount()).isEqualTo(4);
            assertThat(result.sizeBytes()).isEqualTo(400);
            assertThat(List.of(p1, m1, m2, v1)).allMatch(ref -> trash.find(ALICE, ref).isEmpty());
            assertThat(trash.count(ALICE, null)).isZero();
        }

        @Test
        void purgeTakesNestedEntriesAlongEachWithItsOwnEventFirst() {
            projectWithChildren();
            TrashEntry modelEntry = trash.moveToTrash(ALICE, m1).entry();
            TrashEntry projectEntry = trash.moveToTrash(ALICE, p1).entry();

            PurgeResult result = trash.purge(ALICE, p1);

            assertThat(result.purged()).extracting(TrashEntry::id).containsExactly(modelEntry.id(), projectEntry.id());
            assertThat(fx.events()).filteredOn(e -> e.kind() == TrashEvent.Kind.PURGED)
                    .extracting(TrashEvent::root).containsExactly(m1, p1);
            assertThat(trash.find(ALICE, m1)).isEmpty();
            assertThat(trash.count(ALICE, null)).isZero();
        }

        @Test
        void onlyRootsCanBePurged() {
            projectWithChildren();
            trash.moveToTrash(ALICE, p1);
            assertUnchangedBy(() -> trash.purge(ALICE, m1), NotTrashRootException.class,
                    "model \"m1\" (m1) is in trash as part of project \"p1\" (p1);"
                            + " only project \"p1\" (p1) can be deleted permanently");
        }

        @Test
        void activeItemsCannotBePurged() {
            projectWithChildren();
            assertUnchangedBy(() -> trash.purge(ALICE, p1), NotInTrashException.class,
                    "project \"p1\" (p1) is not in trash");
        }

        @Test
        void sweeperPurgesAtTheCleanupTimeAndNotASecondBefore() {
            projectWithChildren();
            trash.moveToTrash(ALICE, p1);
            fx.clock().advance(Duration.ofDays(30).minusSeconds(1));
            assertThat(trash.sweeper().sweep().rootsPurged()).isZero();
            assertThat(trash.find(ALICE, p1)).isPresent();

            fx.clock().advance(Duration.ofSeconds(1));
            SweepReport report = trash.sweeper().sweep();

            assertThat(report.rootsPurged()).isEqualTo(1);
            assertThat(report.itemsPurged()).isEqualTo(4);
            assertThat(report.bytesFreed()).isEqualTo(400);
            assertThat(trash.find(ALICE, p1)).isEmpty();
            fx.clock().advance(Duration.ofSeconds(1));
            assertThat(trash.sweeper().sweep().rootsPurged()).isZero();
        }

        @Test
        void aSweepBatchHoldingAnEntryAndOneNestedInItPurgesTheNestedOneFirst() {
            projectWithChildren();
            trash.moveToTrash(ALICE, m1);
            trash.moveToTrash(ALICE, p1);
            fx.clock().advance(Duration.ofDays(31));

            SweepReport report = trash.sweeper().sweep();

            assertThat(report.rootsPurged()).isEqualTo(2);
            assertThat(report.itemsPurged()).isEqualTo(4);
            assertThat(report.bytesFreed()).isEqualTo(400);
            assertThat(fx.events()).filteredOn(e -> e.kind() == TrashEvent.Kind.PURGED)
                    .extracting(TrashEvent::root).containsExactly(m1, p1);
            assertThat(trash.count(ALICE, null)).isZero();
        }

        @Test
        void sweeperWorksInBatches() {
            trash = fx.rebuild(b -> b.sweepBatchSize(2));
            for (int i = 1; i <= 5; i++) {
                fx.create(WORKFLOW, "w" + i);
                trash.moveToTrash(ALICE, ItemRef.of(WORKFLOW, "w" + i));
            }
            fx.clock().advance(Duration.ofDays(31));

            SweepReport report = trash.sweeper().sweep();

            assertThat(report.rootsPurged()).isEqualTo(5);
            assertThat(report.batches()).isEqualTo(3);
        }

        @Test
        void aClaimedEntryIsListedAsPurgingAndCannotBeRestored() {
            projectWithChildren();
            trash.moveToTrash(ALICE, m1);
            trash.moveToTrash(ALICE, p1);
            fx.clock().advance(Duration.ofDays(30));
            claimDueEntriesAndDie();

            assertThat(listAll(ALICE)).extracting(r -> r.entry().status())
                    .containsOnly(TrashEntry.Status.PURGING);
            assertUnchangedBy(() -> trash.restore(ALICE, p1), BeingPurgedException.class,
                    "project \"p1\" (p1) is being purged and can no longer be restored");
            assertUnchangedBy(() -> trash.restore(ALICE, m2), BeingPurgedException.class,
                    "Cannot restore model \"m2\" (m2): project \"p1\" (p1) is being purged");
            assertThat(trash.count(ALICE, null)).isEqualTo(2);
        }

        @Test
        void aPurgeInterruptedAfterItsClaimIsResumedOnceTheLeaseRunsOut() {
            projectWithChildren();
            trash.moveToTrash(ALICE, p1);
            fx.clock().advance(Duration.ofDays(30));
            claimDueEntriesAndDie();

            assertThat(trash.sweeper().sweep().rootsPurged()).isZero();
            fx.clock().advance(Duration.ofMinutes(5));
            assertThat(trash.sweeper().sweep().rootsPurged()).isEqualTo(1);
            assertThat(trash.find(ALICE, p1)).isEmpty();
            assertThat(fx.events()).filteredOn(e -> e.kind() == TrashEvent.Kind.PURGED).hasSize(1);
        }

        @Test
        void afterThePurgeARestoreFindsNothingInTrash() {
            projectWithChildren();
            trash.moveToTrash(ALICE, p1);
            fx.clock().advance(Duration.ofDays(30));
            trash.sweeper().sweep();
            assertUnchangedBy(() -> trash.restore(ALICE, p1), NotInTrashException.class, "project p1 is not in trash");
        }

        /** What a sweeper that dies right after committing its claim leaves behind. */
        private void claimDueEntriesAndDie() {
            var now = fx.clock().instant();
            fx.repository().inTransaction(tx -> tx.claimDueEntries(now,
                    new PurgeClaim("dead-sweeper", now.plus(Duration.ofMinutes(5))), 100));
        }

        @Test
        void aDueEntryStaysListedAtZeroDaysAndRestorableUntilSwept() {
            projectWithChildren();
            trash.moveToTrash(ALICE, p1);
            fx.clock().advance(Duration.ofDays(40));
            assertThat(listAll(ALICE).get(0).daysRemaining()).isZero();
            trash.restore(ALICE, p1);
            assertThat(fx.visible(p1)).isTrue();
        }
    }

    @Nested
    @DisplayName("several sweepers and racing restores")
    class Concurrency {

        private static final int ROOTS = 60;

        /** ROOTS due workflows and projects with a model each, plus one workflow not yet due. */
        private List<ItemRef> dueRootsAndOneNotDue() {
            List<ItemRef> roots = new ArrayList<>();
            for (int i = 0; i < ROOTS; i++) {
                ItemRef root = i % 2 == 0 ? fx.create(WORKFLOW, "w" + i) : fx.create(PROJECT, "p" + i);
                if (root.type().equals(PROJECT)) {
                    fx.create(MODEL, "m" + i, root.id());
                }
                trash.moveToTrash(ALICE, root);
                roots.add(root);
            }
            fx.clock().advance(Duration.ofDays(30));
            fx.create(WORKFLOW, "late");
            trash.moveToTrash(ALICE, ItemRef.of(WORKFLOW, "late"));
            return roots;
        }

        @Test
        void fourSweepersPurgeEveryDueEntryExactlyOnce() throws Exception {
            List<ItemRef> roots = dueRootsAndOneNotDue();
            List<Trash> nodes = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                nodes.add(fx.rebuild(b -> b.sweepBatchSize(7)));
            }
            long purged = 0;
            for (long count : inParallel(nodes.stream().map(node -> (Callable<Long>) () ->
                    node.sweeper().sweep().rootsPurged()).toList())) {
                purged += count;
            }
            nodes.get(0).dispatcher().dispatch();

            assertThat(purged).isEqualTo(ROOTS);
            assertThat(roots).allMatch(ref -> trash.find(ALICE, ref).isEmpty());
            assertThat(roots(ALICE)).containsExactly(ItemRef.of(WORKFLOW, "late"));
            List<AuditRecord> audit = trash.audit(ALICE, 0, TrashQuery.MAX_LIMIT);
            assertThat(audit).filteredOn(a -> a.operation() == TrashEvent.Kind.PURGED)
                    .extracting(AuditRecord::root).hasSize(ROOTS).doesNotHaveDuplicates();
            assertThat(fx.events()).filteredOn(e -> e.kind() == TrashEvent.Kind.PURGED)
                    .extracting(TrashEvent::root).containsExactlyInAnyOrderElementsOf(roots);
        }

        @Test
        void aRestoreRacingASweepEitherWinsEntirelyOrFails() throws Exception {
            List<ItemRef> roots = dueRootsAndOneNotDue();
            Trash sweeperNode = fx.rebuild(b -> b.sweepBatchSize(3));
            Trash userNode = fx.rebuild(b -> b);
            List<Callable<Long>> racers = List.of(
                    () -> sweeperNode.sweeper().sweep().rootsPurged(),
                    () -> userNode.restoreAll(ALICE, roots).stream().filter(BulkOutcome::succeeded).count());
            List<Long> results = inParallel(racers);
            userNode.dispatcher().dispatch();

            assertThat(results.get(0) + results.get(1)).isEqualTo(ROOTS);
            for (ItemRef root : roots) {
                List<TrashEvent.Kind> kinds = fx.events().stream().filter(e -> e.root().equals(root))
                        .map(TrashEvent::kind).toList();
                boolean restored = fx.visible(root);
                assertThat(kinds).as(root.toString()).containsExactly(TrashEvent.Kind.TRASHED,
                        restored ? TrashEvent.Kind.RESTORED : TrashEvent.Kind.PURGED);
                if (root.type().equals(PROJECT)) {
                    ItemRef model = ItemRef.of(MODEL, "m" + root.id().substring(1));
                    assertThat(restored ? fx.visible(model) : trash.find(ALICE, model).isEmpty())
                            .as(model + " follows " + root).isTrue();
                }
            }
        }

        @Test
        void trashingAParentAndItsChildAtOnceEndsAsSomeSerialOrder() throws Exception {
            for (int i = 0; i < 20; i++) {
                ItemRef project = fx.create(PROJECT, "race" + i);
                ItemRef model = fx.create(MODEL, "rm" + i, project.id());
                List<TrashResult> results = inParallel(List.of(
                        () -> trash.moveToTrash(ALICE, project), () -> trash.moveToTrash(ALICE, model)));

                TrashEntry projectEntry = results.get(0).entry();
                TrashResult modelResult = results.get(1);
                assertThat(fx.visible(project)).isFalse();
                assertThat(fx.visible(model)).isFalse();
                if (modelResult.created()) { // the model went first: the project's cascade left it alone
                    assertThat(projectEntry.cascadedCount()).isZero();
                    assertThat(roots(ALICE)).contains(project, model);
                } else { // the project went first: the model is in its cascade
                    assertThat(modelResult.entry().id()).isEqualTo(projectEntry.id());
                    assertThat(projectEntry.cascadedCount()).isEqualTo(1);
                }
                trash.restore(ALICE, project);
                assertThat(fx.visible(model)).isEqualTo(!modelResult.created());
            }
        }

        @Test
        void creatingUnderAParentWhileItIsTrashedNeverLeavesAVisibleChildOfATrashedParent() throws Exception {
            for (int i = 0; i < 20; i++) {
                ItemRef project = fx.create(PROJECT, "race" + i);
                String childId = "rm" + i;
                List<Boolean> created = inParallel(List.of(
                        () -> trash.moveToTrash(ALICE, project).created(),
                        () -> {
                            try {
                                fx.create(MODEL, childId, project.id());
                                return true;
                            } catch (ItemNotFoundException parentGone) {
                                return false;
                            }
                        }));

                ItemRef child = ItemRef.of(MODEL, childId);
                assertThat(fx.visible(child)).isFalse();
                TrashEntry entry = listAll(ALICE).stream().filter(r -> r.entry().root().equals(project))
                        .findFirst().orElseThrow().entry();
                assertThat(entry.cascadedCount()).isEqualTo(created.get(1) ? 1 : 0);
            }
        }

        private <T> List<T> inParallel(List<Callable<T>> calls) throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(calls.size());
            try {
                List<T> results = new ArrayList<>();
                for (Future<T> f : pool.invokeAll(calls)) {
                    results.add(f.get());
                }
                return results;
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Nested
    @DisplayName("shared assets")
    class SharedAssets {

        private final ItemRef d1 = ItemRef.of(DATASET, "d1");
        private final ItemRef d2 = ItemRef.of(DATASET, "d2");
        private final ItemRef shared = ItemRef.of(IMAGE, "shared");
        private final ItemRef exclusive = ItemRef.of(IMAGE, "exclusive");

        @BeforeEach
        void twoDatasetsSharingAnImage() {
            fx.create(DATASET, "d1");
            fx.create(DATASET, "d2");
            fx.create(ALICE, IMAGE, "shared", null, 10);
            fx.create(ALICE, IMAGE, "exclusive", null, 20);
            trash.linkAsset(ALICE, d1, shared);
            trash.linkAsset(ALICE, d2, shared);
            trash.linkAsset(ALICE, d1, exclusive);
        }

        @Test
        void purgeWithExclusiveAssetsKeepsSharedOnes() {
            trash = fx.rebuild(b -> b.dispatchAfterCommit(false)); // keeps the tombstones for this test to read
            trash.moveToTrash(ALICE, d1, TrashOptions.defaults().withExclusiveAssets());

            PurgeResult result = trash.purge(ALICE, d1);

            assertThat(result.assetCount()).isEqualTo(1);
            assertThat(result.assetBytes()).isEqualTo(20);
            assertThat(trash.find(ALICE, exclusive)).isEmpty();
            assertThat(fx.visible(shared)).isTrue();
            assertThat(trash.purgedItems("ws1", result.purged().get(0).id(), null, 10))
                    .extracting(PurgedItem::ref, PurgedItem::asset)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(d1, false),
                            org.assertj.core.groups.Tuple.tuple(exclusive, true));
        }

        @Test
        void aTrashedOwnerStillKeepsTheAssetAlive() {
            trash.moveToTrash(ALICE, d2);
            trash.moveToTrash(ALICE, d1, TrashOptions.defaults().withExclusiveAssets());
            trash.purge(ALICE, d1);
            assertThat(fx.visible(shared)).isTrue();
        }

        @Test
        void aSweepPurgesAnAssetAFlaggedPurgeKeptOnceItsLastOwnerIsGone() {
            trash.moveToTrash(ALICE, d1, TrashOptions.defaults().withExclusiveAssets());
            trash.purge(ALICE, d1);
            assertThat(trash.sweeper().sweep().assetsPurged()).isZero();
            trash.moveToTrash(ALICE, d2);
            trash.purge(ALICE, d2);
            assertThat(fx.visible(shared)).isTrue();

            SweepReport report = trash.sweeper().sweep();

            assertThat(report.assetsPurged()).isEqualTo(1);
            assertThat(report.bytesFreed()).isEqualTo(10);
            assertThat(trash.find(ALICE, shared)).isEmpty();
            assertThat(fx.events()).last().satisfies(e -> {
                assertThat(e.kind()).isEqualTo(TrashEvent.Kind.PURGED);
                assertThat(e.root()).isEqualTo(shared);
                assertThat(e.assetCount()).isEqualTo(1);
            });
        }

        @Test
        void anAssetNoFlaggedPurgeAskedForOutlivesItsOwners() {
            trash.moveToTrash(ALICE, d1);
            trash.purge(ALICE, d1);
            trash.moveToTrash(ALICE, d2);
            trash.purge(ALICE, d2);
            assertThat(trash.sweeper().sweep().assetsPurged()).isZero();
            assertThat(fx.visible(shared)).isTrue();
            assertThat(fx.visible(exclusive)).isTrue();
        }

        @Test
        void purgeWithoutTheFlagKeepsEveryAsset() {
            trash.moveToTrash(ALICE, d1);
            trash.purge(ALICE, d1);
            assertThat(fx.visible(exclusive)).isTrue();
            assertThat(fx.visible(shared)).isTrue();
        }

        @Test
        void theFlagOnATypeWithoutAssetsIsRejected() {
            fx.create(WORKFLOW, "w1");
            assertUnchangedBy(() -> trash.moveToTrash(ALICE, ItemRef.of(WORKFLOW, "w1"),
                            TrashOptions.defaults().withExclusiveAssets()), InvalidRequestException.class,
                    "deleteExclusiveAssets applies only to types that reference assets; workflow references none");
        }

        @Test
        void dryRunOfPurgeCountsTheExclusiveAssetsAndChangesNothing() {
            trash.moveToTrash(ALICE, d1, TrashOptions.defaults().withExclusiveAssets());
            Object before = fx.snapshot();
            int events = fx.events().size();

            Preview preview = trash.previewPurge(ALICE, d1);

            assertThat(preview).isEqualTo(new Preview(d1, 1, 100, 1, 20));
            assertThat(fx.snapshot()).isEqualTo(before);
            assertThat(fx.events()).hasSize(events);
            assertThat(trash.find(ALICE, exclusive)).isPresent();
        }
    }

    @Nested
    @DisplayName("rules 8 to 10: empty Trash, bulk operations, purge policy")
    class BulkAndPolicy {

        @Test
        void emptyTrashNeedsTheConfirmedCount() {
            projectWithChildren();
            fx.create(WORKFLOW, "w1");
            trash.moveToTrash(ALICE, m1);
            trash.moveToTrash(ALICE, p1);
            trash.moveToTrash(ALICE, ItemRef.of(WORKFLOW, "w1"));

            assertUnchangedBy(() -> trash.emptyTrash(ALICE, 2), TrashCountMismatchException.class,
                    "Trash holds 3 items, not the 2 confirmed; nothing was deleted");
            PurgeResult result = trash.emptyTrash(ALICE, 3);

            assertThat(result.itemCount()).isEqualTo(5);
            assertThat(trash.count(ALICE, null)).isZero();
        }

        @Test
        void bulkRestoreTakesParentsFirstWhateverTheOrder() {
            projectWithChildren();
            trash.moveToTrash(ALICE, m1);
            trash.moveToTrash(ALICE, p1);

            List<BulkOutcome> outcomes = trash.restoreAll(ALICE, List.of(m1, p1, v1, ItemRef.of(MODEL, "nope")));

            assertThat(outcomes).extracting(BulkOutcome::status)
                    .containsExactly(Status.RESTORED, Status.RESTORED, Status.NOT_IN_TRASH, Status.NOT_IN_TRASH);
            assertThat(List.of(p1, m1, m2, v1)).allMatch(fx::visible);
        }

        @Test
        void restoreAllRestoresEveryRoot() {
            projectWithChildren();
            fx.create(WORKFLOW, "w1");
            trash.moveToTrash(ALICE, m1);
            trash.moveToTrash(ALICE, p1);
            trash.moveToTrash(ALICE, ItemRef.of(WORKFLOW, "w1"));

            trash.restoreAll(ALICE);

            assertThat(trash.count(ALICE, null)).isZero();
            assertThat(List.of(p1, m1, m2, v1, ItemRef.of(WORKFLOW, "w1"))).allMatch(fx::visible);
        }

        @Test
        void bulkPurgeReportsPerItem() {
            projectWithChildren();
            trash.moveToTrash(ALICE, m1);
            trash.moveToTrash(ALICE, p1);

            List<BulkOutcome> outcomes = trash.purgeAll(ALICE, List.of(p1, m1, m2));

            assertThat(outcomes).extracting(BulkOutcome::status)
                    .containsExactly(Status.PURGED, Status.PURGED, Status.NOT_A_ROOT);
        }

        @Test
        void disabledPolicyRefusesEveryPermanentDeletionButTheSweeperStillPurges() {
            trash = fx.rebuild(b -> b.purgePolicy(PurgePolicy.DISABLED));
            projectWithChildren();
            trash.moveToTrash(ALICE, p1);

            assertUnchangedBy(() -> trash.purge(ALICE, p1), PurgeRefusedException.class,
                    "Permanent deletion is disabled (purge policy DISABLED); items are deleted when their retention ends");
            assertUnchangedBy(() -> trash.emptyTrash(ALICE, 1), PurgeRefusedException.class,
                    "Permanent deletion is disabled (purge policy DISABLED); items are deleted when their retention ends");
            fx.clock().advance(Duration.ofDays(30));
            assertThat(trash.sweeper().sweep().rootsPurged()).isEqualTo(1);
        }

        @Test
        void protectedPolicyRefusesUntilDue() {
            trash = fx.rebuild(b -> b.purgePolicy(PurgePolicy.PROTECTED));
            projectWithChildren();
            trash.moveToTrash(ALICE, p1);

            assertUnchangedBy(() -> trash.purge(ALICE, p1), PurgeRefusedException.class,
                    "project \"p1\" (p1) is protected until 2026-02-04T03:00:00Z (purge policy PROTECTED)");
            fx.clock().advance(Duration.ofDays(30));
            assertThat(trash.purge(ALICE, p1).itemCount()).isEqualTo(4);
        }
    }

    @Nested
    @DisplayName("rule 11: tenants and permissions")
    class TenantsAndPermissions {

        @Test
        void anotherTenantsItemIsNotFound() {
            projectWithChildren();
            trash.moveToTrash(ALICE, m1);

            assertUnchangedBy(() -> trash.moveToTrash(BOB, p1), ItemNotFoundException.class, "project p1 not found");
            assertUnchangedBy(() -> trash.restore(BOB, m1), NotInTrashException.class, "model m1 is not in trash");
            assertUnchangedBy(() -> trash.purge(BOB, m1), NotInTrashException.class, "model m1 is not in trash");
            assertThat(trash.list(BOB, TrashQuery.firstPage()).rows()).isEmpty();
            assertThat(trash.find(BOB, p1)).isEmpty();
            assertThat(trash.storageUsage(BOB).byType()).isEmpty();
        }

        @Test
        void tenantsMayUseTheSameIds() {
            projectWithChildren();
            fx.create(BOB, PROJECT, "p1", null, 5);
            trash.moveToTrash(BOB, p1);
            assertThat(fx.visible(p1)).isTrue();
            assertThat(roots(BOB)).containsExactly(p1);
        }

        @Test
        void permissionIsCheckedOnTheRootsTypeOnly() {
            trash = fx.rebuild(b -> b.authorizer((actor, permission) ->
                    !permission.equals(Permission.trash(MODEL)) && !permission.equals(Permission.restore(PROJECT))));
            projectWithChildren();

            trash.moveToTrash(ALICE, p1);
            assertUnchangedBy(() -> trash.restore(ALICE, p1), PermissionDeniedException.class,
                    "alice lacks permission restore_project in ws1");
            assertThat(trash.restoreAll(ALICE, List.of(p1))).extracting(BulkOutcome::status)
                    .containsExactly(Status.FORBIDDEN);
        }
    }

    @Nested
    @DisplayName("rule 12: vetoes and dry runs")
    class VetoesAndDryRuns {

        @Test
        void aHookVetoesUnlessForced() {
            trash = fx.rebuild(b -> b.beforeTrash((actor, item) -> item.type().equals(PROJECT)
                    ? Optional.of(item + " has a running training job") : Optional.empty()));
            projectWithChildren();

            assertUnchangedBy(() -> trash.moveToTrash(ALICE, p1), TrashVetoedException.class,
                    "Cannot move project \"p1\" (p1) to trash: project p1 has a running training job");
            assertThat(trash.moveToTrash(ALICE, p1, TrashOptions.defaults().forced()).created()).isTrue();
        }

        @Test
        void dryRunOfTrashReportsWhatWouldMoveAndChangesNothing() {
            projectWithChildren();
            Object before = fx.snapshot();

            Preview preview = trash.previewTrash(ALICE, p1);

            assertThat(preview).isEqualTo(new Preview(p1, 4, 400, 0, 0));
            assertThat(fx.snapshot()).isEqualTo(before);
            assertThat(fx.visible(p1)).isTrue();
            assertThat(fx.events()).isEmpty();
        }
    }

    @Nested
    @DisplayName("rule 13: events and audit")
    class EventsAndAudit {

        @Test
        void eachOperationEmitsOneEventWithAStableId() {
            projectWithChildren();
            trash.moveToTrash(ALICE, p1);
            trash.restore(ALICE, p1);
            trash.moveToTrash(ALICE, p1);
            trash.purge(ALICE, p1);

            assertThat(fx.events()).extracting(TrashEvent::kind).containsExactly(TrashEvent.Kind.TRASHED,
                    TrashEvent.Kind.RESTORED, TrashEvent.Kind.TRASHED, TrashEvent.Kind.PURGED);
            assertThat(fx.events()).extracting(TrashEvent::eventId).doesNotHaveDuplicates();
            assertThat(fx.events().get(0).itemCount()).isEqualTo(4);
        }

        @Test
        void aTrashUsingAJoinedRepositoryLeavesDeliveryToTheScheduledDispatch() {
            projectWithChildren();
            Trash joined = trash.using(fx.repository());

            joined.moveToTrash(ALICE, p1);
            assertThat(fx.events()).isEmpty();
            trash.dispatcher().dispatch();

            assertThat(fx.events()).extracting(TrashEvent::kind).containsExactly(TrashEvent.Kind.TRASHED);
        }

        @Test
        void aListenerPagesThroughTheItemsOfATrashedEntry() {
            projectWithChildren();
            trash.moveToTrash(ALICE, p1);
            TrashEvent trashed = fx.events().get(0);

            List<TrashItem> first = trash.entryItems(trashed.tenant(), trashed.entryId(), null, 2);
            List<TrashItem> rest = trash.entryItems(trashed.tenant(), trashed.entryId(), first.get(1).ref(), 10);

            assertThat(first).extracting(TrashItem::ref).containsExactly(m1, m2);
            assertThat(rest).extracting(TrashItem::ref).containsExactly(p1, v1);
        }

        @Test
        void aFailingListenerGetsTheEventAgainWithTheSameId() {
            List<TrashEvent> seen = new ArrayList<>();
            boolean[] fail = {true};
            trash = fx.rebuild(b -> b.listener("flaky", e -> {
                seen.add(e);
                if (fail[0]) {
                    throw new IllegalStateException("blob store down");
                }
            }));
            projectWithChildren();
            trash.moveToTrash(ALICE, p1);
            fail[0] = false;
            trash.dispatcher().dispatch();
            assertThat(seen).hasSize(1); // backing off
            fx.clock().advance(Duration.ofSeconds(1));
            trash.dispatcher().dispatch();

            assertThat(seen).hasSize(2);
            assertThat(seen.get(0).eventId()).isEqualTo(seen.get(1).eventId());
            assertThat(trash.dispatcher().failures("flaky", false, 0, 10)).isEmpty();
        }

        @Test
        void aFailingRootHoldsBackOnlyItsOwnLaterEvents() {
            List<String> seen = new ArrayList<>();
            trash = fx.rebuild(b -> b.listener("picky", e -> {
                if (e.root().equals(p1) && fx.clock().instant().equals(START)) {
                    throw new IllegalStateException("job service down");
                }
                seen.add(e.kind() + " " + e.root());
            }));
            projectWithChildren();
            fx.create(WORKFLOW, "w1");
            trash.moveToTrash(ALICE, p1);
            trash.restore(ALICE, p1);
            trash.moveToTrash(ALICE, ItemRef.of(WORKFLOW, "w1"));
            assertThat(seen).containsExactly("TRASHED workflow w1");

            fx.clock().advance(Duration.ofSeconds(1));
            trash.dispatcher().dispatch();

            assertThat(seen).containsExactly("TRASHED workflow w1", "TRASHED project p1", "RESTORED project p1");
        }

        @Test
        void afterTheLastAttemptAnEventIsUndeliverableAndTheRootMovesOn() {
            List<String> seen = new ArrayList<>();
            trash = fx.rebuild(b -> b.retryPolicy(new dev.trash.RetryPolicy(3, Duration.ofSeconds(1),
                    Duration.ofSeconds(1))).listener("stubborn", e -> {
                        if (e.kind() == TrashEvent.Kind.TRASHED) {
                            throw new IllegalStateException("cannot cancel jobs");
                        }
                        seen.add(e.kind() + " " + e.root());
                    }));
            projectWithChildren();
            trash.moveToTrash(ALICE, p1);
            trash.restore(ALICE, p1);
            for (int i = 0; i < 3; i++) {
                fx.clock().advance(Duration.ofSeconds(1));
                trash.dispatcher().dispatch();
            }

            assertThat(seen).containsExactly("RESTORED project p1");
            var failures = trash.dispatcher().failures("stubborn", true, 0, 10);
            assertThat(failures).singleElement().satisfies(f -> {
                assertThat(f.attempts()).isEqualTo(3);
                assertThat(f.lastError()).isEqualTo("cannot cancel jobs");
                assertThat(f.event().kind()).isEqualTo(TrashEvent.Kind.TRASHED);
            });
            assertThat(trash.dispatcher().redeliver("stubborn", failures.get(0).sequence())).isTrue();
            assertThat(trash.dispatcher().failures("stubborn", true, 0, 10)).isEmpty();
        }

        @Test
        void tombstonesAreDroppedOnceEveryListenerHasThePurge() {
            projectWithChildren();
            trash.moveToTrash(ALICE, p1);
            long entryId = trash.purge(ALICE, p1).purged().get(0).id();
            assertThat(trash.purgedItems("ws1", entryId, null, 10)).isEmpty();
        }

        @Test
        void auditOutlivesThePurge() {
            projectWithChildren();
            trash.moveToTrash(ALICE, p1);
            trash.purge(ALICE, p1);

            assertThat(trash.audit(ALICE, 0, 10)).extracting(AuditRecord::operation, AuditRecord::root)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(TrashEvent.Kind.TRASHED, p1),
                            org.assertj.core.groups.Tuple.tuple(TrashEvent.Kind.PURGED, p1));
            assertThat(trash.audit(BOB, 0, 10)).isEmpty();
        }
    }

    @Nested
    @DisplayName("rule 14: listing and storage")
    class ListingAndStorage {

        @Test
        void listsNewestFirstPageByPage() {
            for (int i = 1; i <= 7; i++) {
                fx.create(WORKFLOW, "w" + i);
                trash.moveToTrash(ALICE, ItemRef.of(WORKFLOW, "w" + i));
                fx.clock().advance(Duration.ofMinutes(i % 2)); // some share a deletedAt: the id breaks ties
            }
            List<String> seen = new ArrayList<>();
            TrashQuery query = TrashQuery.firstPage().limit(3);
            TrashPage page;
            do {
                page = trash.list(ALICE, query);
                page.rows().forEach(r -> seen.add(r.entry().root().id()));
                query = query.after(page.nextCursor());
            } while (page.nextCursor() != null);

            assertThat(seen).containsExactly("w7", "w6", "w5", "w4", "w3", "w2", "w1");
        }

        @Test
        void filtersByTypeAndGroupsInSections() {
            projectWithChildren();
            fx.create(WORKFLOW, "w1");
            trash.moveToTrash(ALICE, m1);
            trash.moveToTrash(ALICE, ItemRef.of(WORKFLOW, "w1"));
            trash.moveToTrash(ALICE, p1);

            assertThat(trash.list(ALICE, TrashQuery.firstPage().ofType(MODEL)).rows())
                    .extracting(r -> r.entry().root()).containsExactly(m1);
            TrashPage page = trash.list(ALICE, TrashQuery.firstPage());
            assertThat(page.sections().keySet()).containsExactlyInAnyOrder(PROJECT, MODEL, WORKFLOW);
            TrashRow model = page.sections().get(MODEL).get(0);
            assertThat(model.entry().parent()).isEqualTo(p1);
            assertThat(model.parentName()).isEqualTo("p1");
        }

        @Test
        void trashedBytesCountUntilPurged() {
            projectWithChildren();
            trash.moveToTrash(ALICE, p1);

            StorageUsage usage = trash.storageUsage(ALICE);
            assertThat(usage.byType().get(MODEL)).isEqualTo(new StorageUsage.TypeUsage(0, 0, 2, 200));
            assertThat(usage.quotaBytes()).isEqualTo(400);
            trash = fx.rebuild(b -> b.trashCountsTowardQuota(false));
            assertThat(trash.storageUsage(ALICE).quotaBytes()).isZero();
            trash.purge(ALICE, p1);
            assertThat(trash.storageUsage(ALICE).byType()).isEmpty();
        }

        @Test
        void aMalformedCursorIsRejected() {
            assertThatThrownBy(() -> trash.list(ALICE, TrashQuery.firstPage().after("yesterday")))
                    .isInstanceOf(InvalidRequestException.class).hasMessage("malformed cursor 'yesterday'");
        }
    }

    @Nested
    @DisplayName("the model: types, ids, tenants, names")
    class Validation {

        @Test
        void unknownTypeIsRejected() {
            assertUnchangedBy(() -> trash.moveToTrash(ALICE, ItemRef.of("spaceship", "s1")),
                    UnknownTypeException.class, "Unknown type 'spaceship'; registered types are "
                            + "[project, model, version, folder, dataset, image, workflow]");
        }

        @Test
        void blankIdAndMissingTenantAreRejected() {
            assertThatThrownBy(() -> ItemRef.of(MODEL, " ")).isInstanceOf(InvalidRequestException.class)
                    .hasMessage("id must not be blank");
            assertThatThrownBy(() -> Actor.of(null, "alice")).isInstanceOf(InvalidRequestException.class)
                    .hasMessage("tenant is missing");
        }

        @Test
        void createChecksParentIdAndName() {
            projectWithChildren();
            assertUnchangedBy(() -> fx.create(MODEL, "m1", "p1"), DuplicateItemException.class,
                    "model m1 already exists");
            assertUnchangedBy(() -> fx.create(MODEL, "m7", "p404"), ItemNotFoundException.class,
                    "parent project p404 not found or in trash");
            assertUnchangedBy(() -> trash.create(ALICE, Resource.owned(MODEL, "m7", "m1", 1, "p1")),
                    NameConflictException.class,
                    "Cannot create model \"m1\" (m7): the name is taken by model \"m1\" (m1)");
            trash.moveToTrash(ALICE, p1);
            assertUnchangedBy(() -> fx.create(MODEL, "m8", "p1"), ItemNotFoundException.class,
                    "parent project p1 not found or in trash");
        }

        @Test
        void aTrashedItemDoesNotBlockItsNameForANewOne() {
            projectWithChildren();
            trash.moveToTrash(ALICE, m1);
            trash.create(ALICE, Resource.owned(MODEL, "m9", "m1", 1, "p1"));
            assertThat(fx.visible(ItemRef.of(MODEL, "m9"))).isTrue();
        }
    }
}

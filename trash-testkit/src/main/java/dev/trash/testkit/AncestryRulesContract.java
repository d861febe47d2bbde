package dev.trash.testkit;

import static dev.trash.testkit.ContractTypes.FOLDER;
import static dev.trash.testkit.ContractTypes.MODEL;
import static dev.trash.testkit.ContractTypes.PROJECT;
import static dev.trash.testkit.TrashFixture.ALICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.trash.BulkOutcome;
import dev.trash.BulkOutcome.Status;
import dev.trash.ItemRef;
import dev.trash.OwnershipCycleException;
import dev.trash.Permission;
import dev.trash.PermissionDeniedException;
import dev.trash.Resource;
import dev.trash.RestoreOptions;
import dev.trash.Trash;
import dev.trash.spi.TrashRepository;
import java.time.Duration;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rules about what lies above an item: restoring trashed ancestors needs their own permission, bulk
 * restore never restores an ancestor implicitly and reports each item's own reason, and an ownership cycle
 * in the host's rows is refused instead of walked forever. Runs on every store through a subclass.
 */
public abstract class AncestryRulesContract {

    private static final ItemRef P1 = ItemRef.of(PROJECT, "p1");
    private static final ItemRef M1 = ItemRef.of(MODEL, "m1");

    private TrashFixture fx;
    private Trash trash;

    /** The store under test. */
    protected abstract StoreUnderTest store();

    /** Changes the parent of {@code child} in alice's workspace as a host would, behind Trash's back. */
    protected abstract void hostSetsParent(TrashRepository repository, ItemRef child, ItemRef parent);

    @BeforeEach
    void newFixture() {
        fx = new TrashFixture(store());
        trash = fx.trash();
    }

    @Test
    void restoreWithTrashedAncestorsNeedsTheRestorePermissionOfEachAncestor() {
        trash = fx.rebuild(b -> b.authorizer((actor, permission) -> !permission.equals(Permission.restore(PROJECT))));
        projectWithModel();
        trash.moveToTrash(ALICE, M1);
        trash.moveToTrash(ALICE, P1);

        assertUnchangedBy(() -> trash.restore(ALICE, M1, RestoreOptions.defaults().withTrashedAncestors()),
                PermissionDeniedException.class,
                "alice lacks permission restore_project in ws1, needed to restore project \"p1\" (p1)");
        assertThat(fx.visible(P1)).isFalse();
    }

    @Test
    void restoreAllNeverRestoresAnAncestorItMayNotRestore() {
        trash = fx.rebuild(b -> b.authorizer((actor, permission) -> !permission.equals(Permission.restore(PROJECT))));
        projectWithModel();
        trash.moveToTrash(ALICE, M1);
        trash.moveToTrash(ALICE, P1);

        List<BulkOutcome> outcomes = trash.restoreAll(ALICE);

        assertThat(outcomes).extracting(BulkOutcome::item, BulkOutcome::status).containsExactly(
                tuple(P1, Status.FORBIDDEN),
                tuple(M1, Status.PARENT_IN_TRASH));
        assertThat(List.of(P1, M1)).noneMatch(fx::visible);
    }

    @Test
    void restoreAllReportsAChildOfAConflictingParentAsParentInTrash() {
        ItemRef outer = folder("fa", "docs", null);
        ItemRef inner = folder("fb", "inner", "fa");
        trash.moveToTrash(ALICE, inner);
        trash.moveToTrash(ALICE, outer);
        folder("fc", "docs", null);

        List<BulkOutcome> outcomes = trash.restoreAll(ALICE);

        assertThat(outcomes).extracting(BulkOutcome::status).containsExactly(Status.CONFLICT, Status.PARENT_IN_TRASH);
        assertThat(outcomes.get(1).message()).isEqualTo("Cannot restore folder \"inner\" (fb) while its parent folder"
                + " \"docs\" (fa) is in trash. Restore the folder first.");
    }

    @Test
    void bulkRestoreAndPurgeGiveAnOutcomePerItemGivenDuplicatesIncluded() {
        projectWithModel();
        ItemRef nope = ItemRef.of(PROJECT, "nope");
        trash.moveToTrash(ALICE, P1);

        assertThat(trash.restoreAll(ALICE, List.of(P1, nope, P1))).extracting(BulkOutcome::item, BulkOutcome::status)
                .containsExactly(tuple(P1, Status.RESTORED),
                        tuple(nope, Status.NOT_IN_TRASH),
                        tuple(P1, Status.NOT_IN_TRASH));
        trash.moveToTrash(ALICE, P1);
        assertThat(trash.purgeAll(ALICE, List.of(P1, nope, P1))).extracting(BulkOutcome::status)
                .containsExactly(Status.PURGED, Status.NOT_IN_TRASH, Status.NOT_IN_TRASH);
    }

    @Test
    void trashingAnItemInAnOwnershipCycleIsRefused() {
        ItemRef f1 = folder("f1", "f1", null);
        ItemRef f2 = folder("f2", "f2", "f1");
        ItemRef f3 = folder("f3", "f3", "f2");
        hostSetsParent(fx.repository(), f1, f2);

        assertCycleRefused(() -> trash.moveToTrash(ALICE, f3), f3, f2);
        assertCycleRefused(() -> trash.moveToTrash(ALICE, f1), f1, f1);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                assertThat(trash.purgeAll(ALICE, List.of(f2, f3))).hasSize(2));
    }

    @Test
    void restoringOrPurgingAnItemInAnOwnershipCycleIsRefused() {
        ItemRef f1 = folder("f1", "f1", null);
        ItemRef f2 = folder("f2", "f2", "f1");
        trash.moveToTrash(ALICE, f1);
        hostSetsParent(fx.repository(), f1, f2);

        assertCycleRefused(() -> trash.restore(ALICE, f1), f1, f1);
        assertCycleRefused(() -> trash.purge(ALICE, f1), f1, f1);
    }

    /** Bounded in time: before cycles were detected, the walk up the ancestors never ended. */
    private void assertCycleRefused(ThrowingCallable operation, ItemRef item, ItemRef firstOfCycle) {
        Object before = fx.snapshot();
        assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                assertThatThrownBy(operation).isInstanceOf(OwnershipCycleException.class)
                        .hasMessageStartingWith("Cannot act on " + named(item) + ": its ancestors form a cycle in"
                                + " the host's rows (" + named(firstOfCycle) + " -> "));
        assertThat(fx.snapshot()).isEqualTo(before);
    }

    private void assertUnchangedBy(ThrowingCallable failing, Class<? extends Throwable> expected, String message) {
        Object before = fx.snapshot();
        assertThatThrownBy(failing).isInstanceOf(expected).hasMessage(message);
        assertThat(fx.snapshot()).isEqualTo(before);
    }

    private void projectWithModel() {
        fx.create(PROJECT, "p1");
        fx.create(MODEL, "m1", "p1");
    }

    /** How messages name a folder made by {@link #folder} with its name equal to its id. */
    private static String named(ItemRef ref) {
        return ref.type() + " \"" + ref.id() + "\" (" + ref.id() + ")";
    }

    private ItemRef folder(String id, String name, String parentId) {
        return trash.create(ALICE, new Resource(ItemRef.of(FOLDER, id), name, 10, parentId)).ref();
    }
}

package dev.trash.testkit;

import static dev.trash.testkit.ContractTypes.FOLDER;
import static dev.trash.testkit.ContractTypes.MODEL;
import static dev.trash.testkit.ContractTypes.PROJECT;
import static dev.trash.testkit.TrashFixture.ALICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trash.BeingPurgedException;
import dev.trash.ItemRef;
import dev.trash.NameConflictException;
import dev.trash.NotInTrashException;
import dev.trash.NotTrashRootException;
import dev.trash.ParentInTrashException;
import dev.trash.Permission;
import dev.trash.PermissionDeniedException;
import dev.trash.PurgeClaim;
import dev.trash.PurgePolicy;
import dev.trash.PurgeRefusedException;
import dev.trash.Resource;
import dev.trash.RestoreConflictException;
import dev.trash.RestoreOptions;
import dev.trash.Trash;
import dev.trash.TrashVetoedException;
import java.time.Duration;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Messages name items as users see them: by the name the store holds, with the id in parentheses, for
 * names that differ from their ids (spaces, quotes, accents). An item the store does not have is named by
 * its id alone. The names are read from the store under test, so each store must hand them to the core.
 */
public abstract class MessageNamesContract {

    private static final ItemRef P7 = ItemRef.of(PROJECT, "7");
    private static final ItemRef M1 = ItemRef.of(MODEL, "1");
    private static final String ROAD_SIGNS = "project \"Road signs\" (7)";
    private static final String DETECTOR = "model \"détecteur \"v2\"\" (1)";

    /** The store under test. */
    protected abstract StoreUnderTest store();

    private TrashFixture fx;
    private Trash trash;

    @BeforeEach
    void projectWithModel() {
        fx = new TrashFixture(store());
        trash = fx.trash();
        trash.create(ALICE, Resource.of(PROJECT, "7", "Road signs", 10));
        trash.create(ALICE, Resource.owned(MODEL, "1", "détecteur \"v2\"", 10, "7"));
    }

    private void assertRefused(ThrowingCallable call, Class<? extends Throwable> type, String message) {
        Object before = fx.snapshot();
        assertThatThrownBy(call).isInstanceOf(type).hasMessage(message);
        assertThat(fx.snapshot()).isEqualTo(before);
    }

    @Test
    void aRestoreUnderATrashedParentNamesBoth() {
        trash.moveToTrash(ALICE, M1);
        trash.moveToTrash(ALICE, P7);

        assertThatThrownBy(() -> trash.restore(ALICE, M1)).isInstanceOfSatisfying(ParentInTrashException.class,
                e -> assertThat(e).extracting(ParentInTrashException::item, ParentInTrashException::itemName,
                        ParentInTrashException::trashedAncestor, ParentInTrashException::trashedAncestorName)
                        .containsExactly(M1, "détecteur \"v2\"", P7, "Road signs"))
                .hasMessage("Cannot restore " + DETECTOR + " while its parent " + ROAD_SIGNS + " is in trash."
                        + " Restore the project first.");
    }

    @Test
    void aRestoreUnderATrashedAncestorNamesBoth() {
        trash.create(ALICE, Resource.of(FOLDER, "f1", "Archive", 1));
        trash.create(ALICE, Resource.owned(FOLDER, "f2", "2025", 1, "f1"));
        trash.create(ALICE, Resource.owned(FOLDER, "f3", "Q1", 1, "f2"));
        trash.moveToTrash(ALICE, ItemRef.of(FOLDER, "f3"));
        trash.moveToTrash(ALICE, ItemRef.of(FOLDER, "f1"));

        assertRefused(() -> trash.restore(ALICE, ItemRef.of(FOLDER, "f3")), ParentInTrashException.class,
                "Cannot restore folder \"Q1\" (f3) while its ancestor folder \"Archive\" (f1) is in trash."
                        + " Restore the folder first.");
    }

    @Test
    void aPurgeOfACascadedItemNamesItsRoot() {
        trash.moveToTrash(ALICE, P7);

        assertRefused(() -> trash.purge(ALICE, M1), NotTrashRootException.class, DETECTOR + " is in trash as part of "
                + ROAD_SIGNS + "; only " + ROAD_SIGNS + " can be deleted permanently");
    }

    @Test
    void anActiveItemIsNamedAndAMissingOneIsNamedByItsId() {
        assertRefused(() -> trash.restore(ALICE, P7), NotInTrashException.class, ROAD_SIGNS + " is not in trash");
        assertRefused(() -> trash.purge(ALICE, ItemRef.of(PROJECT, "404")), NotInTrashException.class,
                "project 404 is not in trash");
        assertRefused(() -> trash.restore(TrashFixture.BOB, P7), NotInTrashException.class,
                "project 7 is not in trash");
    }

    @Test
    void nameConflictsNameBothItems() {
        assertRefused(() -> trash.create(ALICE, Resource.owned(MODEL, "2", "détecteur \"v2\"", 1, "7")),
                NameConflictException.class, "Cannot create model \"détecteur \"v2\"\" (2): the name is taken by "
                        + DETECTOR);
        trash.moveToTrash(ALICE, M1);
        trash.create(ALICE, Resource.owned(MODEL, "2", "détecteur \"v2\"", 1, "7"));

        assertRefused(() -> trash.restore(ALICE, M1), RestoreConflictException.class, "Cannot restore " + DETECTOR
                + ": the name is now used by model \"détecteur \"v2\"\" (2). Rename or delete it, or restore under"
                + " a new name.");
    }

    @Test
    void refusalsByTheHostNameTheItem() {
        trash = fx.rebuild(b -> b.purgePolicy(PurgePolicy.PROTECTED)
                .beforeTrash((actor, item) -> item.equals(M1) ? Optional.of("it is serving traffic") : Optional.empty()));

        assertRefused(() -> trash.moveToTrash(ALICE, M1), TrashVetoedException.class,
                "Cannot move " + DETECTOR + " to trash: it is serving traffic");
        trash.moveToTrash(ALICE, P7);
        assertRefused(() -> trash.purge(ALICE, P7), PurgeRefusedException.class,
                ROAD_SIGNS + " is protected until 2026-02-04T03:00:00Z (purge policy PROTECTED)");
    }

    @Test
    void aRefusedAncestorIsNamed() {
        trash = fx.rebuild(b -> b.authorizer((actor, permission) -> !permission.equals(Permission.restore(PROJECT))));
        trash.moveToTrash(ALICE, M1);
        trash.moveToTrash(ALICE, P7);

        assertRefused(() -> trash.restore(ALICE, M1, RestoreOptions.defaults().withTrashedAncestors()),
                PermissionDeniedException.class,
                "alice lacks permission restore_project in ws1, needed to restore " + ROAD_SIGNS);
    }

    @Test
    void anEntryBeingPurgedIsNamed() {
        trash.moveToTrash(ALICE, P7);
        fx.clock().advance(Duration.ofDays(30));
        var now = fx.clock().instant();
        fx.repository().inTransaction(tx -> tx.claimDueEntries(now,
                new PurgeClaim("dead-sweeper", now.plus(Duration.ofMinutes(5))), 100));

        assertRefused(() -> trash.restore(ALICE, P7), BeingPurgedException.class,
                ROAD_SIGNS + " is being purged and can no longer be restored");
        assertRefused(() -> trash.restore(ALICE, M1), BeingPurgedException.class,
                "Cannot restore " + DETECTOR + ": " + ROAD_SIGNS + " is being purged");
    }
}

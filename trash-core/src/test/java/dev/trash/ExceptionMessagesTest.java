package dev.trash;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every exception, with the message a user sees. */
class ExceptionMessagesTest {

    private final ItemRef m1 = ItemRef.of("model", "m1");
    private final ItemRef p1 = ItemRef.of("project", "p1");

    @Test
    void parentInTrashNamesBothItems() {
        assertThat(new ParentInTrashException(m1, p1, true)).hasMessage(
                "Cannot restore model m1 while its parent project p1 is in trash. Restore the project first.")
                .extracting(ParentInTrashException::trashedAncestor).isEqualTo(p1);
        assertThat(new ParentInTrashException(ItemRef.of("folder", "f3"), ItemRef.of("folder", "f1"), false))
                .hasMessage("Cannot restore folder f3 while its ancestor folder f1 is in trash. Restore the folder first.");
    }

    @Test
    void itemExceptionsNameTheItem() {
        assertThat(new ItemNotFoundException(m1)).hasMessage("model m1 not found");
        assertThat(new NotInTrashException(m1)).hasMessage("model m1 is not in trash")
                .isInstanceOf(ItemNotFoundException.class);
        assertThat(new BeingPurgedException(p1, p1)).hasMessage("project p1 is being purged and can no longer be restored");
        assertThat(new BeingPurgedException(m1, p1)).hasMessage("Cannot restore model m1: project p1 is being purged");
        assertThat(new DuplicateItemException(m1)).hasMessage("model m1 already exists");
        assertThat(new PurgeFailedException(p1, 12, "host_pins_fk", "key (ws1, p1) is still referenced", null))
                .hasMessage("Cannot delete project p1 permanently (Trash entry 12): constraint host_pins_fk refused: "
                        + "key (ws1, p1) is still referenced");
        assertThat(new PurgeFailedException(p1, 12, null, null, null))
                .hasMessage("Cannot delete project p1 permanently (Trash entry 12): the store refused");
        assertThat(new NotTrashRootException(m1, p1)).hasMessage(
                "model m1 is in trash as part of project p1; only project p1 can be deleted permanently");
        assertThat(new TrashVetoedException(p1, "project p1 has a running training job"))
                .hasMessage("Cannot move project p1 to trash: project p1 has a running training job");
        assertThat(new NameConflictException(m1, "detector", ItemRef.of("model", "m9")))
                .hasMessage("Cannot create model m1: the name 'detector' is taken by model m9");
        assertThat(new RestoreConflictException(m1, "detector", ItemRef.of("model", "m9"))).hasMessage(
                "Cannot restore model m1: the name 'detector' is now used by model m9."
                        + " Rename or delete it, or restore under a new name.");
    }

    @Test
    void policyAndCountExceptionsSayWhatRefused() {
        assertThat(PurgeRefusedException.disabled()).hasMessage(
                "Permanent deletion is disabled (purge policy DISABLED); items are deleted when their retention ends");
        assertThat(PurgeRefusedException.protectedUntil(p1, Instant.parse("2026-02-04T03:00:00Z")))
                .hasMessage("project p1 is protected until 2026-02-04T03:00:00Z (purge policy PROTECTED)")
                .extracting(PurgeRefusedException::policy).isEqualTo(PurgePolicy.PROTECTED);
        assertThat(new TrashCountMismatchException(3, 4))
                .hasMessage("Trash holds 4 items, not the 3 confirmed; nothing was deleted");
        assertThat(new PermissionDeniedException(Actor.of("ws1", "alice"), Permission.trash("dataset")))
                .hasMessage("alice lacks permission trash_dataset in ws1");
    }

    @Test
    void requestExceptionsSayWhatWasWrong() {
        assertThat(new UnknownTypeException("spaceship", List.of("project", "model")))
                .hasMessage("Unknown type 'spaceship'; registered types are [project, model]")
                .isInstanceOf(InvalidRequestException.class);
        assertThat(new InvalidRequestException("sizeBytes must not be negative, was -1"))
                .hasMessage("sizeBytes must not be negative, was -1").isInstanceOf(TrashException.class);
    }
}

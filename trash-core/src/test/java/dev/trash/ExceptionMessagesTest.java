package dev.trash;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every exception, with the message a user sees. */
class ExceptionMessagesTest {

    private final ItemRef m1 = ItemRef.of("model", "m1");
    private final ItemRef p1 = ItemRef.of("project", "p1");

    @Test
    void parentInTrashNamesBothItems() {
        assertThat(new ParentInTrashException(m1, "detector", p1, "Road signs", true)).hasMessage(
                "Cannot restore model \"detector\" (m1) while its parent project \"Road signs\" (p1) is in trash."
                        + " Restore the project first.")
                .extracting(ParentInTrashException::trashedAncestor, ParentInTrashException::trashedAncestorName,
                        ParentInTrashException::itemName)
                .containsExactly(p1, "Road signs", "detector");
        assertThat(new ParentInTrashException(ItemRef.of("folder", "f3"), "2024", ItemRef.of("folder", "f1"),
                "Archive", false)).hasMessage("Cannot restore folder \"2024\" (f3) while its ancestor folder"
                + " \"Archive\" (f1) is in trash. Restore the folder first.");
    }

    @Test
    void anItemWithoutANameIsNamedByItsId() {
        assertThat(new ParentInTrashException(m1, p1, true)).hasMessage(
                "Cannot restore model m1 while its parent project p1 is in trash. Restore the project first.")
                .extracting(ParentInTrashException::itemName, ParentInTrashException::trashedAncestorName)
                .containsExactly(null, null);
        assertThat(new ParentInTrashException(m1, "", p1, "  ", true)).hasMessage(
                "Cannot restore model m1 while its parent project p1 is in trash. Restore the project first.")
                .extracting(ParentInTrashException::itemName).isNull();
        assertThat(new NotTrashRootException(m1, null, p1, "Road signs")).hasMessage("model m1 is in trash as part"
                + " of project \"Road signs\" (p1); only project \"Road signs\" (p1) can be deleted permanently");
        assertThat(new NotInTrashException(m1)).hasMessage("model m1 is not in trash");
        assertThat(new PurgeFailedException(p1, 12, null, null, null))
                .hasMessage("Cannot delete project p1 permanently (Trash entry 12): the store refused");
    }

    @Test
    void itemExceptionsNameTheItem() {
        assertThat(new ItemNotFoundException(m1)).hasMessage("model m1 not found");
        assertThat(new NotInTrashException(m1, "detector")).hasMessage("model \"detector\" (m1) is not in trash")
                .isInstanceOf(ItemNotFoundException.class);
        assertThat(new BeingPurgedException(p1, "Road signs", p1, "Road signs"))
                .hasMessage("project \"Road signs\" (p1) is being purged and can no longer be restored");
        assertThat(new BeingPurgedException(m1, "detector", p1, "Road signs"))
                .hasMessage("Cannot restore model \"detector\" (m1): project \"Road signs\" (p1) is being purged")
                .extracting(BeingPurgedException::purging, BeingPurgedException::purgingName)
                .containsExactly(p1, "Road signs");
        assertThat(new DuplicateItemException(m1)).hasMessage("model m1 already exists");
        assertThat(new PurgeFailedException(p1, "Road signs", 12, "host_pins_fk", "key (ws1, p1) is still referenced",
                null)).hasMessage("Cannot delete project \"Road signs\" (p1) permanently (Trash entry 12): constraint"
                + " host_pins_fk refused: key (ws1, p1) is still referenced");
        assertThat(new NotTrashRootException(m1, "detector", p1, "Road signs")).hasMessage(
                "model \"detector\" (m1) is in trash as part of project \"Road signs\" (p1); only project"
                        + " \"Road signs\" (p1) can be deleted permanently")
                .extracting(NotTrashRootException::root, NotTrashRootException::rootName)
                .containsExactly(p1, "Road signs");
        assertThat(new TrashVetoedException(p1, "Road signs", "project p1 has a running training job"))
                .hasMessage("Cannot move project \"Road signs\" (p1) to trash: project p1 has a running training job");
        assertThat(new NameConflictException(m1, "detector", ItemRef.of("model", "m9")))
                .hasMessage("Cannot create model \"detector\" (m1): the name is taken by model \"detector\" (m9)");
        assertThat(new RestoreConflictException(m1, "detector", ItemRef.of("model", "m9"))).hasMessage(
                "Cannot restore model \"detector\" (m1): the name is now used by model \"detector\" (m9)."
                        + " Rename or delete it, or restore under a new name.");
    }

    @Test
    void aCycleNamesEachItemItsStoreHasANameFor() {
        ItemRef f1 = ItemRef.of("folder", "f1");
        ItemRef f2 = ItemRef.of("folder", "f2");
        ItemRef f3 = ItemRef.of("folder", "f3");
        Map<ItemRef, String> names = new HashMap<>(Map.of(f3, "2024", f1, "Archive"));
        names.put(f2, null);
        OwnershipCycleException e = new OwnershipCycleException(f3, List.of(f1, f2, f1), names);
        assertThat(e).hasMessage("Cannot act on folder \"2024\" (f3): its ancestors form a cycle in the host's rows"
                + " (folder \"Archive\" (f1) -> folder f2 -> folder \"Archive\" (f1), each the parent of the one"
                + " before). Fix the parents first.");
        assertThat(e.nameOf(f1)).isEqualTo("Archive");
        assertThat(e.nameOf(f2)).isNull();
        assertThat(e.itemName()).isEqualTo("2024");
    }

    @Test
    void policyAndCountExceptionsSayWhatRefused() {
        assertThat(PurgeRefusedException.disabled()).hasMessage(
                "Permanent deletion is disabled (purge policy DISABLED); items are deleted when their retention ends");
        assertThat(PurgeRefusedException.protectedUntil(p1, Instant.parse("2026-02-04T03:00:00Z")))
                .hasMessage("project p1 is protected until 2026-02-04T03:00:00Z (purge policy PROTECTED)");
        assertThat(PurgeRefusedException.protectedUntil(p1, "Road signs", Instant.parse("2026-02-04T03:00:00Z")))
                .hasMessage("project \"Road signs\" (p1) is protected until 2026-02-04T03:00:00Z"
                        + " (purge policy PROTECTED)")
                .extracting(PurgeRefusedException::policy).isEqualTo(PurgePolicy.PROTECTED);
        assertThat(new TrashCountMismatchException(3, 4))
                .hasMessage("Trash holds 4 items, not the 3 confirmed; nothing was deleted");
        assertThat(new PermissionDeniedException(Actor.of("ws1", "alice"), Permission.trash("dataset")))
                .hasMessage("alice lacks permission trash_dataset in ws1")
                .extracting(PermissionDeniedException::item).isNull();
        assertThat(new PermissionDeniedException(Actor.of("ws1", "alice"), Permission.restore("project"), p1,
                "Road signs")).hasMessage("alice lacks permission restore_project in ws1, needed to restore project"
                + " \"Road signs\" (p1)")
                .extracting(PermissionDeniedException::item, PermissionDeniedException::itemName)
                .containsExactly(p1, "Road signs");
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

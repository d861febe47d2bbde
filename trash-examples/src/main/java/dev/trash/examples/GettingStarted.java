package dev.trash.examples;

import dev.trash.Actor;
import dev.trash.ItemRef;
import dev.trash.ResourceType;
import dev.trash.Trash;
import dev.trash.TypeCatalogue;
import dev.trash.memory.InMemoryTrashRepository;
import java.time.Clock;

/** The README's first example, compiled so that it cannot rot. */
public final class GettingStarted {

    private GettingStarted() {
    }

    /** Builds a Trash, trashes a project and restores it. */
    public static Trash build() {
        // tag::getting-started[]
        Trash trash = Trash.builder()
                .catalogue(TypeCatalogue.builder()
                        .add(ResourceType.topLevel("project"))
                        .add(ResourceType.ownedBy("model", "project").withUniqueNames())
                        .build())
                .repository(new InMemoryTrashRepository())   // or the JDBI adapter over your own tables
                .clock(Clock.systemUTC())
                .listener("blob-cleaner", event -> { /* cancel jobs, delete blobs */ })
                .build();
        // end::getting-started[]
        return trash;
    }

    /** Trashes and restores a project of the caller's workspace. */
    public static void trashAndRestore(Trash trash) {
        // tag::trash-restore[]
        Actor alice = Actor.of("workspace-1", "alice");
        trash.moveToTrash(alice, ItemRef.of("project", "p1"));
        trash.restore(alice, ItemRef.of("project", "p1"));
        // end::trash-restore[]
    }
}

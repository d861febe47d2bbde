package dev.trash.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trash.Actor;
import dev.trash.ItemRef;
import dev.trash.Resource;
import dev.trash.Trash;
import org.junit.jupiter.api.Test;

/** The README's snippets run as written. */
class GettingStartedTest {

    @Test
    void trashesAndRestoresAProject() {
        Trash trash = GettingStarted.build();
        Actor alice = Actor.of("workspace-1", "alice");
        trash.create(alice, Resource.of("project", "p1", "Road signs", 10));

        GettingStarted.trashAndRestore(trash);

        assertThat(trash.isVisible(alice, ItemRef.of("project", "p1"))).isTrue();
        assertThat(trash.audit(alice, 0, 10)).hasSize(2);
    }
}

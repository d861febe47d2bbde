package dev.trash.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trash.memory.InMemoryTrashRepository;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The README's main command: the tour prints each step, the restore rule and the sweep. */
class QuickstartTest {

    @Test
    void theTourPrintsEveryStep() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Quickstart(new InMemoryTrashRepository(), new PrintStream(out, true, StandardCharsets.UTF_8)).run();
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("Cannot restore model \"detector\" (m1) while its parent project \"Road signs\" (p1) is in trash."
                        + " Restore the project first.")
                .contains("29d").contains("purged").contains("(Trash is empty)");
    }
}

package dev.trash.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trash.Actor;
import dev.trash.ItemRef;
import dev.trash.PurgeFailure;
import dev.trash.Resource;
import dev.trash.ResourceType;
import dev.trash.SettableClock;
import dev.trash.Trash;
import dev.trash.TrashEntry;
import dev.trash.TrashMetrics;
import dev.trash.TypeCatalogue;
import dev.trash.memory.InMemoryTrashRepository;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The WARN line an operator sees when the sweep cannot purge an entry, as docs/sweeper.md quotes it. The test
 * logging backend (slf4j-simple) writes to whatever {@code System.err} is when it logs.
 */
class SweepWarningTest {

    private static final Instant START = Instant.parse("2026-01-05T03:00:00Z");

    @Test
    void anEntryThatCannotBePurgedIsNamedInOneWarnLineWithItsError() {
        SettableClock clock = SettableClock.at(START);
        List<String> failed = new ArrayList<>();
        Trash trash = Trash.builder()
                .catalogue(TypeCatalogue.builder().add(ResourceType.topLevel("project")).build())
                .repository(new InMemoryTrashRepository())
                .clock(clock)
                .beforePurge(batch -> {
                    throw new IllegalStateException("project p2 is pinned");
                })
                .metrics(new TrashMetrics() {
                    @Override
                    public void purgeFailed(TrashEntry entry, PurgeFailure failure) {
                        failed.add(entry.root() + " " + failure.attempts());
                    }
                })
                .build();
        Actor alice = Actor.of("ws1", "alice");
        trash.create(alice, Resource.of("project", "p2", "Lanes", 1));
        long entryId = trash.moveToTrash(alice, ItemRef.of("project", "p2")).entry().id();
        clock.advance(Duration.ofDays(31));

        List<String> warnings = warningsDuring(() -> trash.sweeper().sweep());

        assertThat(warnings).containsExactly("WARN dev.trash.internal.Sweep - Trash sweep could not purge project p2 "
                + "(entry " + entryId + " of tenant ws1); attempt 1, next attempt at 2026-02-05T04:00:00Z: "
                + "IllegalStateException: project p2 is pinned");
        assertThat(failed).containsExactly("project p2 1");
    }

    /** The WARN lines logged while the action runs, without the thread name slf4j-simple starts them with. */
    private static List<String> warningsDuring(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return Arrays.stream(captured.toString(StandardCharsets.UTF_8).split("\\R"))
                .map(line -> line.replaceFirst("^\\[[^]]*] ", ""))
                .filter(line -> line.startsWith("WARN "))
                .toList();
    }
}

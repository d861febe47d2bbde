package dev.trash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trash.memory.InMemoryTrashRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class TrashMetricsTest {

    private final List<String> recorded = new CopyOnWriteArrayList<>();
    private final SettableClock clock = SettableClock.at(Instant.parse("2026-01-01T00:00:00Z"));
    private final Actor alice = Actor.of("ws", "alice");
    private final Trash trash = Trash.builder()
            .catalogue(TypeCatalogue.builder().add(ResourceType.topLevel("project")).build())
            .repository(new InMemoryTrashRepository())
            .clock(clock)
            .metrics(new TrashMetrics() {
                @Override
                public void operation(String operation, String type, String outcome) {
                    recorded.add(operation + " " + type + " " + outcome);
                }

                @Override
                public void sweepCompleted(SweepReport report) {
                    recorded.add("sweep " + report.rootsPurged());
                }
            })
            .build();

    @Test
    void eachOperationReportsItsTypeAndOutcome() {
        trash.create(alice, Resource.of("project", "p1", "Apollo", 10));
        trash.moveToTrash(alice, ItemRef.of("project", "p1"));
        assertThatThrownBy(() -> trash.restore(alice, ItemRef.of("project", "nope")))
                .isInstanceOf(NotInTrashException.class);
        trash.restoreAll(alice, List.of(ItemRef.of("project", "p1"), ItemRef.of("project", "p2")));
        trash.moveToTrash(alice, ItemRef.of("project", "p1"));
        trash.emptyTrash(alice, 1);

        assertThat(recorded).containsExactly("trash project success", "restore project not_in_trash",
                "restore project success", "restore project not_in_trash", "trash project success",
                "empty_trash all success");
    }

    @Test
    void aSweepReportsWhatItPurged() {
        trash.create(alice, Resource.of("project", "p1", "Apollo", 10));
        trash.moveToTrash(alice, ItemRef.of("project", "p1"));
        clock.advance(Duration.ofDays(31));

        trash.sweeper().sweep();

        assertThat(recorded).containsExactly("trash project success", "sweep 1");
    }

    @Test
    void theOutcomeOfAFailureIsItsKindAndNeverAnInternalClass() {
        assertThat(TrashMetrics.outcomeOf(new PermissionDeniedException(alice, Permission.PURGE)))
                .isEqualTo("permission_denied");
        assertThat(TrashMetrics.outcomeOf(new IllegalStateException("x"))).isEqualTo("error");
    }
}

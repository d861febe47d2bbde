package dev.trash.spring.boot.autoconfigure.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trash.Actor;
import dev.trash.ItemRef;
import dev.trash.PermissionDeniedException;
import dev.trash.SettableClock;
import dev.trash.Trash;
import dev.trash.TrashEvent;
import dev.trash.TrashItem;
import dev.trash.TrashQuery;
import dev.trash.spring.boot.autoconfigure.HostTypes.RecordingListener;
import dev.trash.spring.boot.autoconfigure.TrashEndpoint;
import dev.trash.spring.boot.autoconfigure.TrashHealthIndicator;
import dev.trash.spring.boot.autoconfigure.TrashSweepRunner;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A host service on the starter, with Flyway for its own tables and the starter's initialiser for Trash's;
 * one subclass per database.
 */
@SpringBootTest(classes = HostApplication.class, properties = {
        "spring.flyway.locations=classpath:db/host",
        "trash.schema.initialize=always",
        "trash.retention.types.report=1s",
        "management.endpoints.web.exposure.include=health,trash",
        "spring.main.banner-mode=off"})
abstract class HostApplicationBehaviour {

    @Autowired
    ProjectService projects;
    @Autowired
    Trash trash;
    @Autowired
    RecordingListener auditLog;
    @Autowired
    SettableClock clock;
    @Autowired
    TrashSweepRunner sweeps;
    @Autowired
    MeterRegistry meters;
    @Autowired
    TrashHealthIndicator health;
    @Autowired
    TrashEndpoint endpoint;
    @Autowired
    JdbcTemplate jdbc;

    private final String workspace = "ws-" + UUID.randomUUID().toString().substring(0, 8);
    private final Actor alice = Actor.of(workspace, "alice");

    /** Spring Security is present, so the authorizer reads alice's granted authorities. */
    @BeforeEach
    void signIn() {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("alice@" + workspace,
                "secret", "view_trash", "trash_project", "restore_project", "trash_report"));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theSignedInUserActsInTheWorkspaceTheHostResolves() {
        projects.insert("projects", workspace, "p4", "Venus");

        projects.trash("p4");

        assertThat(trash.list(alice, TrashQuery.firstPage()).rows()).singleElement()
                .satisfies(row -> assertThat(row.entry().deletedBy()).isEqualTo("alice@" + workspace));
    }

    @Test
    void withoutTheAuthorityTheMoveIsDenied() {
        projects.insert("projects", workspace, "p3", "Mercury");
        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken("alice", "secret", "view_trash"));

        assertThatThrownBy(() -> trash.moveToTrash(alice, ItemRef.of("project", "p3")))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    @Timeout(30)
    void trashingARowTheTransactionHasUpdatedDoesNotWaitForItself() {
        projects.insert("projects", workspace, "p1", "Apollo");

        projects.renameAndTrash(alice, "p1", "Apollo (old)");

        TrashItem item = trash.find(alice, ItemRef.of("project", "p1")).orElseThrow();
        assertThat(item.name()).isEqualTo("Apollo (old)");
        assertThat(item.isActive()).isFalse();
        assertThat(eventsOf(TrashEvent.Kind.TRASHED)).isEqualTo(1);
    }

    @Test
    @Timeout(30)
    void aRollbackTakesTheMoveToTrashAndItsEventsWithIt() {
        projects.insert("projects", workspace, "p2", "Gemini");
        AtomicInteger eventsInside = new AtomicInteger(-1);

        assertThatThrownBy(() -> projects.trashThenFail(alice, "p2",
                () -> eventsInside.set(eventsOf(TrashEvent.Kind.TRASHED))))
                .isInstanceOf(IllegalStateException.class);

        assertThat(trash.find(alice, ItemRef.of("project", "p2")).orElseThrow().isActive()).isTrue();
        assertThat(trash.count(alice, null)).isZero();
        assertThat(eventsInside.get()).isZero();
        trash.moveToTrash(alice, ItemRef.of("project", "p2"));
        assertThat(eventsOf(TrashEvent.Kind.TRASHED)).isEqualTo(1);
    }

    @Test
    @Timeout(60)
    void theSweepRunsOnItsCronByTheClockAndMetricsAndHealthSayWhatItDid() throws InterruptedException {
        projects.insert("reports", workspace, "r1", "Q3");
        projects.insert("reports", workspace, "r2", "Q4");
        jdbc.update("INSERT INTO report_pins (workspace_id, report_id) VALUES (?, 'r2')", workspace);
        trash.moveToTrash(alice, ItemRef.of("report", "r1"));
        trash.moveToTrash(alice, ItemRef.of("report", "r2"));

        clock.set(Instant.parse("2026-01-01T03:00:00Z"));

        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (sweeps.status().lastCompletedAt() == null && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(sweeps.status().lastCompletedAt()).isEqualTo(Instant.parse("2026-01-01T03:00:00Z"));
        assertThat(sweeps.status().lastReport().rootsPurged()).isEqualTo(1);
        assertThat(sweeps.status().lastReport().entriesFailed()).isEqualTo(1);
        assertThat(purged(ItemRef.of("report", "r1"))).isTrue();
        assertThat(purged(ItemRef.of("report", "r2"))).isFalse();
        assertThat(eventsOf(TrashEvent.Kind.PURGED)).isEqualTo(1);

        assertThat(meters.get("trash.sweep.duration").tag("outcome", "completed").timer().count()).isEqualTo(1);
        assertThat(meters.get("trash.purged.items").counter().count()).isEqualTo(1);
        assertThat(meters.get("trash.purged.bytes").counter().count()).isEqualTo(10);
        assertThat(meters.get("trash.purge.failures").counter().count()).isEqualTo(1);
        assertThat(meters.get("trash.entries.overdue").gauge().value()).isEqualTo(1);
        assertThat(meters.get("trash.operations").tag("operation", "trash").tag("type", "report")
                .tag("outcome", "success").counter().count()).isEqualTo(2);

        Health swept = health.health();
        assertThat(swept.getStatus()).isEqualTo(Status.UP);
        assertThat(swept.getDetails()).containsEntry("lastSweepCompletedAt", "2026-01-01T03:00:00Z")
                .containsEntry("lastSweepResult", "completed: 1 entries, 1 items, 10 bytes purged; 1 failed")
                .containsEntry("overdueEntries", 1L).containsEntry("failedPurgesSinceStart", 1L);
        assertThat(endpoint.failures().purges()).singleElement()
                .satisfies(p -> assertThat(p.id()).isEqualTo("r2"));
    }

    private boolean purged(ItemRef ref) {
        return trash.find(alice, ref).isEmpty();
    }

    private int eventsOf(TrashEvent.Kind kind) {
        return (int) auditLog.events.stream().filter(e -> e.tenant().equals(workspace) && e.kind() == kind).count();
    }
}

package dev.trash.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trash.Actor;
import dev.trash.BeingPurgedException;
import dev.trash.BulkOutcome;
import dev.trash.DuplicateItemException;
import dev.trash.ItemNotFoundException;
import dev.trash.ItemRef;
import dev.trash.NotInTrashException;
import dev.trash.NotTrashRootException;
import dev.trash.ParentInTrashException;
import dev.trash.Permission;
import dev.trash.PermissionDeniedException;
import dev.trash.PurgeRefusedException;
import dev.trash.RestoreConflictException;
import dev.trash.TrashCountMismatchException;
import dev.trash.TrashVetoedException;
import dev.trash.UnknownTypeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.support.CronExpression;

/** The status of every core exception, including those an HTTP test cannot provoke on demand (veto, being purged). */
class ErrorMapperTest {

    private static final ItemRef M1 = ItemRef.of("model", "m1");
    private static final ItemRef P1 = ItemRef.of("project", "p1");

    @Test
    void conflictsAre409() {
        assertThat(ErrorMapper.statusOf(new ParentInTrashException(M1, P1, true))).isEqualTo(409);
        assertThat(ErrorMapper.statusOf(new RestoreConflictException(M1, "detector", ItemRef.of("model", "m2")))).isEqualTo(409);
        assertThat(ErrorMapper.statusOf(new BeingPurgedException(M1, P1))).isEqualTo(409);
        assertThat(ErrorMapper.statusOf(new TrashVetoedException(P1, "a training job is running"))).isEqualTo(409);
        assertThat(ErrorMapper.statusOf(new NotTrashRootException(M1, P1))).isEqualTo(409);
        assertThat(ErrorMapper.statusOf(new DuplicateItemException(M1))).isEqualTo(409);
        assertThat(ErrorMapper.statusOf(new TrashCountMismatchException(3, 4))).isEqualTo(409);
        assertThat(ErrorMapper.statusOf(new dev.trash.PurgeFailedException(P1, 7, "host_pins_fk", null, null)))
                .isEqualTo(409);
    }

    @Test
    void missingIsNotFoundRefusedIsForbiddenMalformedIsBadRequest() {
        assertThat(ErrorMapper.statusOf(new ItemNotFoundException(M1))).isEqualTo(404);
        assertThat(ErrorMapper.statusOf(new NotInTrashException(M1))).isEqualTo(404);
        assertThat(ErrorMapper.statusOf(new PermissionDeniedException(Actor.of("ws", "bob"), Permission.PURGE)))
                .isEqualTo(403);
        assertThat(ErrorMapper.statusOf(PurgeRefusedException.disabled())).isEqualTo(403);
        assertThat(ErrorMapper.statusOf(PurgeRefusedException.protectedUntil(P1, Instant.EPOCH))).isEqualTo(403);
        assertThat(ErrorMapper.statusOf(new UnknownTypeException("gadget", List.of("model")))).isEqualTo(400);
        assertThat(ErrorMapper.statusOf(ApiException.unauthorized())).isEqualTo(401);
        assertThat(ErrorMapper.statusOf(new IllegalStateException("bug"))).isEqualTo(500);
    }

    @Test
    void outcomesUseTheSameStatuses() {
        assertThat(ErrorMapper.statusOf(BulkOutcome.Status.RESTORED)).isEqualTo(200);
        assertThat(ErrorMapper.statusOf(BulkOutcome.Status.PARENT_IN_TRASH)).isEqualTo(409);
        assertThat(ErrorMapper.statusOf(BulkOutcome.Status.BEING_PURGED)).isEqualTo(409);
        assertThat(ErrorMapper.statusOf(BulkOutcome.Status.NOT_IN_TRASH)).isEqualTo(404);
        assertThat(ErrorMapper.statusOf(BulkOutcome.Status.REFUSED)).isEqualTo(403);
    }

    @Test
    void bodiesCarryTheCoresMessageAndTheIdsInvolved() {
        Map<String, Object> body = ErrorMapper.toResponse(
                new RestoreConflictException(M1, "detector", ItemRef.of("model", "m2"))).getBody();
        assertThat(body.get("error").toString()).contains("model \"detector\" (m2)");
        assertThat(body.get("conflicting")).isEqualTo(Map.of("type", "model", "id", "m2", "name", "detector"));
        assertThat(ErrorMapper.toResponse(new IllegalStateException("secret")).getBody().toString())
                .doesNotContain("secret").doesNotContain("IllegalStateException");
    }

    @Test
    void theDailySweepIsAt0300Utc() {
        Map<String, Object> properties = TrashService.properties(
                ServiceConfig.fromEnv(Map.of()).withClock(java.time.Clock.systemUTC()));
        CronExpression cron = CronExpression.parse(properties.get("trash.sweep.cron").toString());
        ZoneId zone = ZoneId.of(properties.get("trash.sweep.zone").toString());
        assertThat(cron.next(Instant.parse("2026-11-25T02:59:00Z").atZone(zone)).toInstant())
                .isEqualTo("2026-11-25T03:00:00Z");
        assertThat(cron.next(Instant.parse("2026-11-25T03:00:00Z").atZone(zone)).toInstant())
                .isEqualTo("2026-11-26T03:00:00Z");
    }
}

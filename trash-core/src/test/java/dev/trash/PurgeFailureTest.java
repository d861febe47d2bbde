package dev.trash;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PurgeFailureTest {

    private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void aLongReasonIsCutToTheLongestKept() {
        assertThat(failure("x".repeat(1500)).reason()).isEqualTo("x".repeat(PurgeFailure.MAX_REASON_LENGTH));
    }

    /** Half an emoji is no character a database takes: the cut leaves the whole pair out. */
    @Test
    void theCutNeverSplitsASurrogatePair() {
        String reason = "x".repeat(PurgeFailure.MAX_REASON_LENGTH - 1) + "\uD83D\uDDD1" + "tail";
        assertThat(failure(reason).reason()).isEqualTo("x".repeat(PurgeFailure.MAX_REASON_LENGTH - 1));
    }

    private static PurgeFailure failure(String reason) {
        return new PurgeFailure(reason, 1, AT, AT.plusSeconds(3600));
    }
}

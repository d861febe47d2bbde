package dev.trash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DaysRemainingTest {

    private static final Instant DELETED = Instant.parse("2026-03-01T10:15:30Z");
    private static final Instant CLEANUP = DELETED.plus(Duration.ofDays(30));

    @Test
    void thirtyJustAfterDeletionOneOnTheLastDayZeroWhenDue() {
        assertThat(DaysRemaining.between(DELETED, CLEANUP)).isEqualTo(30);
        assertThat(DaysRemaining.between(DELETED.plusMillis(1), CLEANUP)).isEqualTo(30);
        assertThat(DaysRemaining.between(CLEANUP.minus(Duration.ofDays(1)), CLEANUP)).isEqualTo(1);
        assertThat(DaysRemaining.between(CLEANUP.minusSeconds(1), CLEANUP)).isEqualTo(1);
        assertThat(DaysRemaining.between(CLEANUP, CLEANUP)).isZero();
        assertThat(DaysRemaining.between(CLEANUP.plusSeconds(1), CLEANUP)).isZero();
    }

    @Test
    void isTheCeilingOfSecondsLeftOverADayAndNeverNegative() {
        qt().forAll(longs().between(-90L * 86_400_000, 90L * 86_400_000))
                .checkAssert(millisLeft -> {
                    long days = DaysRemaining.between(CLEANUP.minusMillis(millisLeft), CLEANUP);
                    long secondsLeft = Math.max(0, Math.floorDiv(millisLeft + 999, 1000));
                    assertThat(days).isEqualTo(Math.floorDiv(secondsLeft + 86_399, 86_400));
                    assertThat(days).isNotNegative();
                });
    }

    @Test
    void neverGrowsAsTimePasses() {
        qt().forAll(longs().between(0, 40L * 86_400_000), longs().between(0, 86_400_000))
                .checkAssert((elapsed, step) -> assertThat(
                        DaysRemaining.between(DELETED.plusMillis(elapsed + step), CLEANUP))
                        .isLessThanOrEqualTo(DaysRemaining.between(DELETED.plusMillis(elapsed), CLEANUP)));
    }
}

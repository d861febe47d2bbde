package dev.trash.spring.boot.autoconfigure.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trash.SettableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.support.CronExpression;

class CronByClockTest {

    private final SettableClock clock = SettableClock.at(Instant.parse("2026-01-01T02:59:58Z"));
    private final AtomicInteger runs = new AtomicInteger();
    private final CronByClock daily = new CronByClock(CronExpression.parse("0 0 3 * * *"), ZoneId.of("UTC"), clock,
            runs::incrementAndGet);

    @Test
    void runsOnceWhenTheClockReachesTheCronsTimeHoweverLongThatTakesInRealTime() {
        daily.run();
        assertThat(runs).hasValue(0);

        clock.set(Instant.parse("2026-01-01T03:00:00Z"));
        daily.run();
        daily.run();
        assertThat(runs).hasValue(1);

        clock.advance(Duration.ofHours(23).plusMinutes(59));
        daily.run();
        assertThat(runs).hasValue(1);
        clock.advance(Duration.ofMinutes(1));
        daily.run();
        assertThat(runs).hasValue(2);
    }

    @Test
    void aClockThatJumpsPastSeveralTimesRunsItOnceThenWaitsForTheNextTime() {
        clock.set(Instant.parse("2026-01-05T12:00:00Z"));
        daily.run();
        daily.run();
        assertThat(runs).hasValue(1);

        clock.set(Instant.parse("2026-01-06T03:00:00Z"));
        daily.run();
        assertThat(runs).hasValue(2);
    }

    @Test
    void aClockSetBackDoesNotRunItAgain() {
        clock.set(Instant.parse("2026-01-01T03:00:00Z"));
        daily.run();
        clock.set(Instant.parse("2026-01-01T02:00:00Z"));
        daily.run();
        clock.set(Instant.parse("2026-01-01T03:00:00Z"));
        daily.run();
        assertThat(runs).hasValue(1);
    }
}

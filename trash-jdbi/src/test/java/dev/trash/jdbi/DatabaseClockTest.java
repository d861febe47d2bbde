package dev.trash.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trash.SettableClock;
import dev.trash.jdbi.fixture.Schema;
import dev.trash.jdbi.fixture.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.TimeZone;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The database clock reads each database's time as UTC, whatever the JVM's zone. */
class DatabaseClockTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void followsTheDatabaseWithinASecondOfThisMachine(TestDatabase database) {
        database.assumeEnabled();
        TimeZone jvmZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Chatham")); // +12:45/+13:45: catches zone slips
        try (Schema schema = database.create()) {
            DatabaseClock clock = DatabaseClock.of(schema.jdbi(), database.dialect(), Duration.ofMillis(1));
            Instant read = clock.instant();
            // the database runs on this machine: the only offset is the measuring error
            assertThat(Duration.between(Instant.now(), read).abs()).isLessThan(Duration.ofSeconds(1));
            assertThat(clock.offset().abs()).isLessThan(Duration.ofSeconds(1));
        } finally {
            TimeZone.setDefault(jvmZone);
        }
    }

    /** The host's clock steps back an hour, then forward five minutes: the reading stays the database's time. */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void keepsFollowingTheDatabaseAfterTheSystemClockStepsBack(TestDatabase database) {
        database.assumeEnabled();
        try (Schema schema = database.create()) {
            SettableClock system = SettableClock.at(Instant.now());
            DatabaseClock clock = DatabaseClock.of(schema.jdbi(), database.dialect(), Duration.ofMinutes(1), system,
                    System::nanoTime);

            system.advance(Duration.ofHours(-1));
            assertThat(Duration.between(Instant.now(), clock.instant()).abs()).isLessThan(Duration.ofSeconds(2));
            system.advance(Duration.ofMinutes(5));
            assertThat(Duration.between(Instant.now(), clock.instant()).abs()).isLessThan(Duration.ofSeconds(2));
        }
    }
}

package dev.trash.jdbi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DeadlockRetryTest {

    @Test
    void aDeadlockVictimRunsAgainAndItsSecondResultIsReturned() {
        AtomicInteger runs = new AtomicInteger();
        String result = DeadlockRetry.run(() -> {
            if (runs.incrementAndGet() == 1) {
                throw new IllegalStateException("wrapped", new SQLException("Deadlock found", "40001"));
            }
            return "done";
        });
        assertThat(result).isEqualTo("done");
        assertThat(runs).hasValue(2);
    }

    @Test
    void otherFailuresAreNotRetried() {
        AtomicInteger runs = new AtomicInteger();
        assertThatThrownBy(() -> DeadlockRetry.run(() -> {
            runs.incrementAndGet();
            throw new IllegalStateException("wrapped", new SQLException("duplicate key", "23505"));
        })).hasMessage("wrapped");
        assertThat(runs).hasValue(1);
    }

    @Test
    void aTransactionThatKeepsDeadlockingGivesUpAfterFiveRuns() {
        AtomicInteger runs = new AtomicInteger();
        assertThatThrownBy(() -> DeadlockRetry.run(() -> {
            runs.incrementAndGet();
            throw new IllegalStateException("wrapped", new SQLException("deadlock detected", "40P01"));
        })).hasMessage("wrapped");
        assertThat(runs).hasValue(5);
    }
}

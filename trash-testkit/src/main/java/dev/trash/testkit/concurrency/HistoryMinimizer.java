package dev.trash.testkit.concurrency;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Shortens a failing history by dropping single steps of the threads, then runs of setup operations, for
 * as long as it keeps failing. A race shows only now and then, so each shorter history gets several runs
 * before it counts as passing; the whole search stops at a time budget and returns the shortest so far.
 */
final class HistoryMinimizer {

    private final Consumer<History> check;
    private final int attempts;
    private final long deadline;

    private HistoryMinimizer(Consumer<History> check, int attempts, long budgetMillis) {
        this.check = check;
        this.attempts = attempts;
        this.deadline = System.currentTimeMillis() + budgetMillis;
    }

    /**
     * The shortest failure found from {@code failure} within {@code budgetSeconds}, each shorter candidate
     * run up to {@code attempts} times before it counts as passing.
     */
    static HistoryFailure minimize(HistoryFailure failure, Consumer<History> check, int attempts, int budgetSeconds) {
        return new HistoryMinimizer(check, attempts, budgetSeconds * 1000L).shrink(failure);
    }

    private HistoryFailure shrink(HistoryFailure failure) {
        HistoryFailure best = failure;
        HistoryFailure shorter = best;
        while (shorter != null && System.currentTimeMillis() < deadline) {
            best = shorter;
            shorter = null;
            for (History candidate : candidates(best.history())) {
                shorter = failureOf(candidate);
                if (shorter != null || System.currentTimeMillis() >= deadline) {
                    break;
                }
            }
        }
        return shorter != null ? shorter : best;
    }

    private static List<History> candidates(History history) {
        List<History> fewer = new ArrayList<>();
        for (int t = 0; t < history.threads().size(); t++) {
            for (int i = history.threads().get(t).size() - 1; i >= 0 && history.steps() > 1; i--) {
                fewer.add(history.withoutStep(t, i));
            }
        }
        int size = history.setup().size();
        for (int chunk = Math.max(1, size / 2); chunk >= 1; chunk /= 2) { // halves first: most of the forest is idle
            for (int to = size; to - chunk >= 0; to -= chunk) {
                fewer.add(history.withoutSetup(to - chunk, to));
            }
            if (chunk == 1) {
                break;
            }
        }
        return fewer;
    }

    private HistoryFailure failureOf(History candidate) {
        for (int i = 0; i < attempts; i++) {
            try {
                check.accept(candidate);
            } catch (HistoryFailure f) {
                return f;
            }
        }
        return null;
    }
}

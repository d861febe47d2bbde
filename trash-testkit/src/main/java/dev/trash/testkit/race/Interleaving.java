package dev.trash.testkit.race;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs two operations in a forced order: A up to its pause, then B to completion or until it blocks on a
 * lock A holds (seen as B still running after {@code blockedAfterMillis}), then A to the end.
 *
 * @param a what thread A returned or threw
 * @param b what thread B returned or threw
 * @param bBlocked whether B was still waiting when A was released
 */
public record Interleaving(Result a, Result b, boolean bBlocked) {

    /** What one thread returned, or the exception it threw. */
    public record Result(Object value, Throwable failure) {

        /** Whether it returned normally. */
        public boolean succeeded() {
            return failure == null;
        }
    }

    /** Runs A until {@code pause}, B, then releases A; fails if A never reaches the pause. */
    public static Interleaving run(PausingRepository.Pause pause, Callable<?> a, Callable<?> b,
                                   long blockedAfterMillis) throws InterruptedException {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = threads.submit(a);
            while (!pause.awaitReached(50)) {
                if (first.isDone()) {
                    pause.release();
                    throw new AssertionError("thread A ended without reaching the pause after " + pause.verb()
                            + ": " + resultOf(first));
                }
            }
            Future<?> second = threads.submit(b);
            boolean blocked = false;
            try {
                second.get(blockedAfterMillis, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                blocked = true;
            } catch (ExecutionException e) {
                // B failed on its own; reported below
            }
            pause.release();
            return new Interleaving(resultOf(first), resultOf(second), blocked);
        } finally {
            threads.shutdownNow();
        }
    }

    private static Result resultOf(Future<?> future) throws InterruptedException {
        try {
            return new Result(future.get(60, TimeUnit.SECONDS), null);
        } catch (ExecutionException e) {
            return new Result(null, e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("a thread of the race never finished", e);
        }
    }
}

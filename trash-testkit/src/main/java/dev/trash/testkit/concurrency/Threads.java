package dev.trash.testkit.concurrency;

import dev.trash.testkit.model.LiveTrash;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the threads of a history at once: each waits at a common gate, so that their first steps start
 * together, then runs its script in order. One pool serves every history of a property run.
 */
final class Threads implements AutoCloseable {

    /** Longer than any history takes; a history past it is stuck (a deadlock nobody detected). */
    private static final long TIMEOUT_SECONDS = 60;

    private final ExecutorService pool = Executors.newFixedThreadPool(4, runnable -> {
        Thread thread = new Thread(runnable, "trash-history");
        thread.setDaemon(true); // a stuck history must not keep the test JVM alive
        return thread;
    });

    /** Each thread's steps as they ran, in its order. */
    List<List<Executed>> run(LiveTrash live, List<List<Step>> scripts) {
        CountDownLatch ready = new CountDownLatch(scripts.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<List<Executed>>> running = new ArrayList<>();
        for (List<Step> script : scripts) {
            running.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                List<Executed> ran = new ArrayList<>();
                for (Step step : script) {
                    ran.add(step.run(live));
                }
                return ran;
            }));
        }
        try {
            ready.await();
            go.countDown();
            List<List<Executed>> results = new ArrayList<>();
            for (Future<List<Executed>> thread : running) {
                results.add(thread.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
            }
            return results;
        } catch (TimeoutException e) {
            running.forEach(f -> f.cancel(true));
            throw new AssertionError("the history did not finish within " + TIMEOUT_SECONDS + " s: a deadlock?", e);
        } catch (ExecutionException e) {
            throw new AssertionError("a thread of the history failed outside any operation", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}

package dev.trash.testkit.concurrency;

import dev.trash.testkit.StoreUnderTest;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.quicktheories.QuickTheory;

/**
 * The concurrency property: random {@link History histories} run on a store, each of which must have a
 * serial explanation (see {@link HistoryRun}). Histories come from a fixed seed, printed with the count
 * and the time taken; the interleavings are the machine's. A failure is shortened by the
 * {@link HistoryMinimizer} (QuickTheories' own shrinking would rerun each candidate once, and a race that
 * does not show once proves nothing) and reported with the first one as found.
 */
public final class HistoryProperty {

    /** The seed unless {@code trash.property.seed} gives one: every run tries the same histories. */
    public static final long DEFAULT_SEED = 20_260_311L;

    private HistoryProperty() {
    }

    /**
     * Runs {@code histories} histories on the store named {@code storeName}; throws on the first failure.
     * System properties: {@code trash.concurrency.shrink.attempts} (runs of a shorter candidate before it
     * counts as passing, default 20) and {@code trash.concurrency.shrink.seconds} (the shortening budget,
     * default 120).
     */
    public static void check(StoreUnderTest store, String storeName, int histories) {
        check(store, storeName, histories, Integer.getInteger("trash.concurrency.shrink.attempts", 20),
                Integer.getInteger("trash.concurrency.shrink.seconds", 120));
    }

    static void check(StoreUnderTest store, String storeName, int histories, int shrinkAttempts, int shrinkSeconds) {
        long seed = seed();
        System.out.printf("Concurrent histories on %s: %d from seed %d (replay with -Dtrash.property.seed=%d)%n",
                storeName, histories, seed, seed);
        AtomicInteger count = new AtomicInteger();
        AtomicReference<HistoryFailure> first = new AtomicReference<>();
        long started = System.nanoTime();
        try (Threads threads = new Threads()) {
            try {
                QuickTheory.qt().withFixedSeed(seed).withExamples(histories).withShrinkCycles(0)
                        .forAll(HistoryGenerators.histories()).checkAssert(history -> {
                            count.incrementAndGet();
                            try {
                                HistoryRun.check(store, history, threads);
                            } catch (HistoryFailure f) {
                                first.compareAndSet(null, f);
                                throw f;
                            }
                        });
            } catch (AssertionError e) {
                String ran = summary(storeName, count.get(), started, seed);
                System.out.println(ran + "; the last one failed");
                if (first.get() == null) {
                    throw e;
                }
                HistoryFailure minimal = HistoryMinimizer.minimize(first.get(),
                        h -> HistoryRun.check(store, h, threads), shrinkAttempts, shrinkSeconds);
                AssertionError report = new AssertionError(ran + "; history " + count.get() + " failed.\n\n"
                        + "Shortened (each shorter candidate run up to " + shrinkAttempts + " times):\n" + minimal.getMessage()
                        + "\n\nAs first found:\n" + first.get().getMessage());
                report.addSuppressed(e);
                throw report;
            }
        }
        System.out.println(summary(storeName, count.get(), started, seed));
    }

    private static String summary(String storeName, int count, long startedNanos, long seed) {
        return String.format(Locale.ROOT, "Concurrent histories on %s: %d run in %.1f s (seed %d)", storeName, count,
                (System.nanoTime() - startedNanos) / 1e9, seed);
    }

    private static long seed() {
        String given = System.getProperty("trash.property.seed");
        return given == null || given.isBlank() ? DEFAULT_SEED : Long.parseLong(given.trim());
    }
}

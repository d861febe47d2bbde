package dev.trash.spring.boot.autoconfigure;

import dev.trash.PurgeFailure;
import dev.trash.TrashEntry;
import dev.trash.TrashMetrics;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The purges this instance's sweeps could not do, newest first, the last {@value #KEPT} of them, and how many
 * since start: what the {@code trash} endpoint lists and the health indicator counts. Each such entry is back
 * in Trash with the failure recorded on it, and a later sweep retries it.
 */
public final class RecentPurgeFailures implements TrashMetrics {

    static final int KEPT = 100;

    private final Deque<FailedPurge> recent = new ArrayDeque<>();
    private final AtomicLong total = new AtomicLong();

    @Override
    public synchronized void purgeFailed(TrashEntry entry, PurgeFailure failure) {
        total.incrementAndGet();
        recent.addFirst(new FailedPurge(entry.tenant(), entry.root().type(), entry.root().id(), entry.id(),
                failure.reason(), failure.attempts(), failure.failedAt(), failure.nextAttemptAt()));
        if (recent.size() > KEPT) {
            recent.removeLast();
        }
    }

    /** @return the latest failed purges, newest first */
    public synchronized List<FailedPurge> recent() {
        return List.copyOf(recent);
    }

    /** @return the failed purges since this instance started */
    public long total() {
        return total.get();
    }

    /**
     * A purge the sweeper could not do.
     *
     * @param tenant the entry's tenant
     * @param type the type of its root
     * @param id the id of its root
     * @param entryId the entry
     * @param reason the error, as the database reported it
     * @param attempts failed attempts so far
     * @param failedAt when it failed
     * @param nextAttemptAt when a sweep tries again at the earliest
     */
    public record FailedPurge(String tenant, String type, String id, long entryId, String reason, int attempts,
                              Instant failedAt, Instant nextAttemptAt) {
    }
}

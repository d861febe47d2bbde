package dev.trash.internal;

import dev.trash.PurgeFailure;
import dev.trash.TrashEntry;
import dev.trash.TrashException;
import dev.trash.TrashMetrics;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Purges a sweeper's claimed batch so that one entry that cannot be purged never holds up the others: the
 * batch goes in one transaction, and if that fails, entry by entry, each in a transaction of its own. An
 * entry that fails alone goes back to Trash with the failure recorded (and a WARN line), to be retried
 * after a backoff; the rest are purged.
 */
final class ClaimedPurge {

    private static final Logger LOG = LoggerFactory.getLogger(Sweep.class);

    private final TrashContext context;
    private final String owner;
    private final TrashMetrics metrics;

    ClaimedPurge(TrashContext context, String owner, TrashMetrics metrics) {
        this.context = context;
        this.owner = owner;
        this.metrics = metrics;
    }

    PurgeTally purge(List<TrashEntry> claimed, Instant now) {
        try {
            return purgeOurs(claimed, now);
        } catch (RuntimeException batchFailure) {
            LOG.debug("Trash sweep: a batch of {} entries failed ({}); purging them one by one", claimed.size(),
                    reasonOf(batchFailure));
            PurgeTally tally = new PurgeTally(false);
            for (TrashEntry entry : claimed) {
                tally.addAll(purgeAlone(entry, now));
            }
            return tally;
        }
    }

    private PurgeTally purgeAlone(TrashEntry entry, Instant now) {
        try {
            return purgeOurs(List.of(entry), now);
        } catch (RuntimeException failure) {
            PurgeTally tally = new PurgeTally(false);
            if (recordFailure(entry, failure)) {
                tally.addFailure();
            }
            return tally;
        }
    }

    private PurgeTally purgeOurs(List<TrashEntry> claimed, Instant now) {
        Map<String, List<Long>> byTenant = claimed.stream().collect(Collectors.groupingBy(TrashEntry::tenant,
                TreeMap::new, Collectors.mapping(TrashEntry::id, Collectors.toList())));
        return context.repository().inTransaction(tx -> {
            PurgeTally tally = new PurgeTally(false);
            byTenant.forEach((tenant, ids) -> {
                List<TrashEntry> stillOurs = tx.lockEntries(tenant, ids).stream().filter(this::isOurs).toList();
                if (stillOurs.size() < ids.size()) {
                    // purged with an ancestor, or by hand, or taken over after our lease ran out
                    LOG.debug("{} of {} claimed entries of tenant {} are no longer ours to purge; skipped",
                            ids.size() - stillOurs.size(), ids.size(), tenant);
                }
                if (!stillOurs.isEmpty()) {
                    tally.addAll(EntryPurger.purgeAll(tx, context.purgeHooks(), tenant, stillOurs, Sweep.ACTOR, now,
                            context.catalogue().typesWithoutPurgeRecords()));
                }
            });
            return tally;
        });
    }

    /** Records the failure on the entry if it is still ours; returns whether it was. */
    private boolean recordFailure(TrashEntry claimed, RuntimeException failure) {
        String reason = reasonOf(failure);
        Instant failedAt = context.now();
        PurgeFailure recorded = context.repository().inTransaction(tx -> {
            List<TrashEntry> current = tx.lockEntries(claimed.tenant(), List.of(claimed.id())).stream()
                    .filter(this::isOurs).toList();
            if (current.isEmpty()) {
                return null;
            }
            PurgeFailure previous = current.get(0).purgeFailure();
            int attempts = previous == null ? 1 : previous.attempts() + 1;
            PurgeFailure next = new PurgeFailure(reason, attempts, failedAt,
                    PurgeBackoff.nextAttempt(failedAt, attempts));
            tx.recordPurgeFailure(claimed.tenant(), claimed.id(), next);
            return next;
        });
        if (recorded == null) {
            return false;
        }
        LOG.warn("Trash sweep could not purge {} (entry {} of tenant {}); attempt {}, next attempt at {}: {}",
                claimed.root(), claimed.id(), claimed.tenant(), recorded.attempts(), recorded.nextAttemptAt(), reason);
        metrics.purgeFailed(claimed, recorded);
        return true;
    }

    String owner() {
        return owner;
    }

    private boolean isOurs(TrashEntry entry) {
        return entry.claim() != null && entry.claim().owner().equals(owner);
    }

    /** Trash's own message when it has one; else the store's deepest cause, which names the database error. */
    static String reasonOf(Throwable failure) {
        if (failure instanceof TrashException) {
            return failure.getMessage();
        }
        Throwable deepest = failure;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        String message = deepest.getMessage();
        return deepest.getClass().getSimpleName() + (message == null ? "" : ": " + message.strip());
    }
}

package dev.trash;

import java.time.Duration;

/**
 * What one sweep did.
 *
 * @param rootsPurged entries purged, nested ones included
 * @param itemsPurged items removed
 * @param assetsPurged exclusive assets removed, with their owners or left ownerless by an earlier purge
 * @param bytesFreed bytes of the items and assets removed
 * @param batches purge transactions run
 * @param elapsed time taken, by the sweeper's clock
 * @param budgetExhausted whether it stopped at its time budget with work left
 * @param eventsPending events some listener has yet to receive, after this sweep's dispatch
 * @param entriesFailed entries this sweep could not purge: each went back to Trash with the failure recorded
 *     ({@link TrashEntry#purgeFailure()}) and is retried by a later sweep
 * @param eventsDeleted outbox events removed because every listener had them, or older than the event retention
 *     ({@link Trash.Builder#eventRetention})
 * @param auditRecordsDeleted audit lines removed because older than the audit retention
 *     ({@link Trash.Builder#auditRetention})
 */
public record SweepReport(long rootsPurged, long itemsPurged, long assetsPurged, long bytesFreed, long batches,
                          Duration elapsed, boolean budgetExhausted, long eventsPending, long entriesFailed,
                          long eventsDeleted, long auditRecordsDeleted) {
}

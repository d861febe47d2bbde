package dev.trash;

import java.time.Duration;

/**
 * What one sweep did.
 *
 * @param rootsPurged entries purged, nested ones included
 * @param itemsPurged items removed
 * @param bytesFreed bytes of the items and exclusive assets removed
 * @param batches transactions run
 * @param elapsed time taken, by the sweeper's clock
 * @param budgetExhausted whether it stopped at its time budget with work left
 */
public record SweepReport(long rootsPurged, long itemsPurged, long bytesFreed, long batches, Duration elapsed,
                          boolean budgetExhausted) {
}

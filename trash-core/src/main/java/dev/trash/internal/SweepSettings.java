package dev.trash.internal;

import java.time.Duration;

/**
 * How a sweep runs.
 *
 * @param batchSize entries claimed and purged per batch, and rows deleted per cleanup batch
 * @param budget how long one sweep may run before it stops with work left
 * @param lease how long a claim keeps other sweepers off an entry
 * @param eventRetention how long an event stays in the outbox when no registered listener has to take it up
 *     first, or when a listener failed on it
 * @param auditRetention how long an audit line stays
 */
public record SweepSettings(int batchSize, Duration budget, Duration lease, Duration eventRetention,
                            Duration auditRetention) {
}

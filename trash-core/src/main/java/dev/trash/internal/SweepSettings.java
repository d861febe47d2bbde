package dev.trash.internal;

import java.time.Duration;

/**
 * How a sweep runs.
 *
 * @param batchSize entries claimed and purged per batch
 * @param budget how long one sweep may run before it stops with work left
 * @param lease how long a claim keeps other sweepers off an entry
 */
public record SweepSettings(int batchSize, Duration budget, Duration lease) {
}

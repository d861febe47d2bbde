package dev.trash;

import java.time.Instant;

/**
 * A sweeper's claim on an entry it is purging: committed before anything is removed, so that a restore
 * fails with "being purged" rather than racing the purge, and taken over by another sweeper once the lease
 * has run out (the first one died).
 *
 * @param owner the claiming sweeper's id
 * @param leaseUntil when another sweeper may take the entry over
 */
public record PurgeClaim(String owner, Instant leaseUntil) {

    /** Validates the fields. */
    public PurgeClaim {
        Identifiers.requireText(owner, "claim owner");
        if (leaseUntil == null) {
            throw new InvalidRequestException("leaseUntil must not be null");
        }
    }

    /** Whether another sweeper may take the entry over at {@code now}. */
    public boolean expiredAt(Instant now) {
        return !now.isBefore(leaseUntil);
    }
}

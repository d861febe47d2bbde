package dev.trash.spi;

import java.time.Instant;

/**
 * The keyset position of an entry in a listing sorted by deletedAt, then id, both descending.
 *
 * @param deletedAt the entry's deletedAt
 * @param id the entry's id
 */
public record EntryKey(Instant deletedAt, long id) {
}

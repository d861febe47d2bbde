package dev.trash;

import java.time.Instant;

/**
 * One row of a Trash listing: an entry with what the user sees next to it.
 *
 * @param entry the entry
 * @param parentName the name of the root's parent, or {@code null} when it has none
 * @param effectiveCleanupAt when it will be purged: the earliest of its own time and that of any trashed
 *     ancestor's entry
 * @param daysRemaining whole days left until {@code effectiveCleanupAt}, rounded up, 0 when due
 */
public record TrashRow(TrashEntry entry, String parentName, Instant effectiveCleanupAt, long daysRemaining) {

    /** The root's type, the listing's section. */
    public String type() {
        return entry.root().type();
    }
}

package dev.trash;

import java.util.List;

/**
 * What a restore did.
 *
 * @param restored the entries restored, outermost first (more than one with {@link RestoreOptions#restoreTrashedAncestors()})
 * @param itemCount items made active again, roots included
 * @param renamedTo the root's new name when it was renamed on a conflict, else {@code null}
 */
public record RestoreResult(List<TrashEntry> restored, long itemCount, String renamedTo) {

    /** Copies the list. */
    public RestoreResult {
        restored = List.copyOf(restored);
    }
}

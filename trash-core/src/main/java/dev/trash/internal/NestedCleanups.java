package dev.trash.internal;

import dev.trash.TrashItem;
import dev.trash.spi.ListedEntry;
import dev.trash.spi.TrashTransaction;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The effective cleanup of the entries of a Trash page (docs/semantics.md): the earliest of an entry's own
 * cleanup and those of the entries holding its trashed ancestors. The holders are read a level at a time for
 * the whole page, so the page costs one query per level of nesting, not one per row. The chain of holders is
 * the ancestry of {@link Ancestry}: the entry holding a root's parent, then the entry holding that entry's
 * root's parent, up to a root whose parent is active.
 */
final class NestedCleanups {

    private final Map<Long, ListedEntry> known = new HashMap<>();

    private NestedCleanups() {
    }

    /** Reads the holders of every nested entry of {@code page}. */
    static NestedCleanups of(TrashTransaction tx, String tenant, List<ListedEntry> page) {
        NestedCleanups cleanups = new NestedCleanups();
        page.forEach(listed -> cleanups.known.put(listed.entry().id(), listed));
        Set<Long> asked = new HashSet<>(cleanups.known.keySet());
        Set<Long> wanted = holdersOf(page, asked);
        while (!wanted.isEmpty()) {
            asked.addAll(wanted);
            List<ListedEntry> found = tx.entriesWithParents(tenant, wanted);
            found.forEach(listed -> cleanups.known.put(listed.entry().id(), listed));
            wanted = holdersOf(found, asked);
        }
        return cleanups;
    }

    private static Set<Long> holdersOf(List<ListedEntry> entries, Set<Long> asked) {
        Set<Long> holders = new HashSet<>();
        for (ListedEntry listed : entries) {
            TrashItem parent = listed.parent();
            if (parent != null && !parent.isActive() && !asked.contains(parent.trashEntryId())) {
                holders.add(parent.trashEntryId());
            }
        }
        return holders;
    }

    /** The earliest cleanup of the entry and of every entry up its chain of holders. */
    Instant effective(ListedEntry listed) {
        Instant earliest = listed.entry().scheduledCleanupAt();
        Set<Long> seen = new HashSet<>();
        ListedEntry current = listed;
        while (current != null && seen.add(current.entry().id())) {
            if (current.entry().scheduledCleanupAt().isBefore(earliest)) {
                earliest = current.entry().scheduledCleanupAt();
            }
            TrashItem parent = current.parent();
            current = parent == null || parent.isActive() ? null : known.get(parent.trashEntryId());
        }
        return earliest;
    }
}

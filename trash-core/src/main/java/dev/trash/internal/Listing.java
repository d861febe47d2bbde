package dev.trash.internal;

import dev.trash.Actor;
import dev.trash.DaysRemaining;
import dev.trash.InvalidRequestException;
import dev.trash.Permission;
import dev.trash.StorageUsage;
import dev.trash.TrashEntry;
import dev.trash.TrashPage;
import dev.trash.TrashQuery;
import dev.trash.TrashRow;
import dev.trash.spi.EntryKey;
import dev.trash.spi.ListedEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads a tenant's Trash: pages of roots, counts, storage usage (rule 14). */
public final class Listing {

    private final TrashContext context;

    /** Creates the reader. */
    public Listing(TrashContext context) {
        this.context = context;
    }

    /** One page of roots, newest first. */
    public TrashPage page(Actor actor, TrashQuery query) {
        context.authorize(actor, Permission.VIEW_TRASH);
        if (query.type() != null) {
            context.catalogue().require(query.type());
        }
        EntryKey after = Cursors.decode(query.cursor());
        return context.repository().read(tx -> {
            List<ListedEntry> entries = tx.listEntriesWithParents(actor.tenant(), query.type(), after,
                    query.limit() + 1);
            boolean more = entries.size() > query.limit();
            List<ListedEntry> shown = more ? entries.subList(0, query.limit()) : entries;
            NestedCleanups cleanups = NestedCleanups.of(tx, actor.tenant(), shown);
            Instant now = context.now();
            List<TrashRow> rows = new ArrayList<>(shown.size());
            for (ListedEntry listed : shown) {
                Instant cleanupAt = cleanups.effective(listed);
                rows.add(new TrashRow(listed.entry(), listed.parent() == null ? null : listed.parent().name(),
                        cleanupAt, DaysRemaining.between(now, cleanupAt)));
            }
            String next = more ? Cursors.encode(shown.get(shown.size() - 1).entry()) : null;
            return new TrashPage(rows, next);
        });
    }

    /** How many roots the Trash shows, nested entries included: the count "Empty Trash" confirms. */
    public long count(Actor actor, String typeOrNull) {
        context.authorize(actor, Permission.VIEW_TRASH);
        if (typeOrNull != null) {
            context.catalogue().require(typeOrNull);
        }
        return context.repository().read(tx -> tx.countEntries(actor.tenant(), typeOrNull));
    }

    /** Active and trashed bytes by type. */
    public StorageUsage storage(Actor actor) {
        context.authorize(actor, Permission.VIEW_TRASH);
        return new StorageUsage(context.repository().read(tx -> tx.storageUsage(actor.tenant())),
                context.trashCountsTowardQuota());
    }

    /** Cursors are opaque to callers; inside they are "epochMillis.id". */
    static final class Cursors {

        private Cursors() {
        }

        static String encode(TrashEntry last) {
            return last.deletedAt().toEpochMilli() + "." + last.id();
        }

        static EntryKey decode(String cursor) {
            if (cursor == null || cursor.isEmpty()) {
                return null;
            }
            int dot = cursor.indexOf('.');
            try {
                if (dot < 1) {
                    throw new NumberFormatException();
                }
                return new EntryKey(Instant.ofEpochMilli(Long.parseLong(cursor.substring(0, dot))),
                        Long.parseLong(cursor.substring(dot + 1)));
            } catch (NumberFormatException e) {
                throw new InvalidRequestException("malformed cursor '" + cursor + "'");
            }
        }
    }
}

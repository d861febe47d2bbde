package dev.trash.jdbi.internal;

import dev.trash.ItemRef;
import dev.trash.RestoreConflictException;
import java.util.List;

/**
 * Clears an entry's mark, one UPDATE per type the entry's root can hold. The core checks the root's name
 * before restoring; a host's unique index is the last line against everything else (a row a host wrote
 * under a trashed parent, a concurrent create), and its violation becomes the core's conflict exception.
 */
final class UnmarkSql {

    private final Session s;

    UnmarkSql(Session session) {
        this.s = session;
    }

    long unmarkEntry(String tenant, long entryId) {
        String rootType = s.handle().createQuery("SELECT root_type FROM trash_entry WHERE tenant = :tenant AND id = :id")
                .bind("tenant", tenant).bind("id", entryId).mapTo(String.class).findOne().orElse(null);
        List<TypeTable> types = rootType == null ? s.tables().all() : s.tables().subtree(rootType);
        long count = 0;
        for (TypeTable t : types) {
            count += t.uniqueNames() ? unmarkGuarded(t, tenant, entryId) : unmark(t, tenant, entryId);
        }
        return count;
    }

    private int unmark(TypeTable t, String tenant, long entryId) {
        return KeyParams.bind(s.handle().createUpdate("UPDATE " + t.table() + " SET " + t.marker() + " = NULL WHERE "
                        + t.tenantMarked(null, t.marker() + " = :entry")), "tenant", tenant)
                .bind("entry", entryId).execute();
    }

    /** The savepoint keeps the transaction usable for the lookup; the caller's rollback undoes the rest. */
    private int unmarkGuarded(TypeTable t, String tenant, long entryId) {
        return Savepoints.onDuplicate(s, () -> unmark(t, tenant, entryId), () -> {
            throw conflict(t, tenant, entryId);
        });
    }

    private RuntimeException conflict(TypeTable t, String tenant, long entryId) {
        return KeyParams.bind(s.handle().createQuery("SELECT x." + t.id() + " AS item_id, x." + t.name() + " AS item_name, a."
                        + t.id() + " AS other_id FROM " + t.table() + " x JOIN " + t.table() + " a ON " + t.tenantIs("a")
                        + " AND a." + t.name() + " = x." + t.name() + " AND " + t.sameParent("a", "x")
                        + " AND a." + t.marker() + " IS NULL WHERE " + t.tenantIs("x") + " AND x." + t.marker()
                        + " = :entry ORDER BY x." + t.id() + ", a." + t.id() + " LIMIT 1"), "tenant", tenant)
                .bind("entry", entryId)
                .map((rs, ctx) -> (RuntimeException) new RestoreConflictException(
                        ItemRef.of(t.type(), rs.getString("item_id")), rs.getString("item_name"),
                        ItemRef.of(t.type(), rs.getString("other_id"))))
                .findOne()
                .orElseGet(() -> new IllegalStateException("restoring entry " + entryId + " violated a unique index"
                        + " of " + t.table() + " that no active namesake explains"));
    }
}

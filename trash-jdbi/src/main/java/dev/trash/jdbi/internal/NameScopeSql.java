package dev.trash.jdbi.internal;

import dev.trash.ItemRef;

/**
 * Locks the scope of a unique-name check. Below a parent the parent's row is the scope; at the top level,
 * where there is no row to lock, a row of {@code trash_name_lock} keyed (tenant, type) stands for it.
 */
final class NameScopeSql {

    private final Session s;
    private final ItemSql items;

    NameScopeSql(Session session, ItemSql items) {
        this.s = session;
        this.items = items;
    }

    void lock(String tenant, String type, ItemRef parentOrNull) {
        if (parentOrNull != null) {
            items.find(tenant, parentOrNull, true);
            return;
        }
        if (lockTopLevel(tenant, type)) {
            return;
        }
        // the first check of this scope: whoever inserts the row second waits for the first, then locks it
        Savepoints.onDuplicate(s, () -> s.handle().createUpdate("INSERT INTO trash_name_lock (tenant, item_type) "
                        + "VALUES (:tenant, :type)").bind("tenant", tenant).bind("type", type).execute(), () -> 0);
        lockTopLevel(tenant, type);
    }

    private boolean lockTopLevel(String tenant, String type) {
        return s.handle().createQuery("SELECT item_type FROM trash_name_lock WHERE tenant = :tenant AND item_type = "
                        + ":type" + s.dialect().forUpdate())
                .bind("tenant", tenant).bind("type", type).mapTo(String.class).findOne().isPresent();
    }
}

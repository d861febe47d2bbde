package dev.trash.jdbi.internal;

import dev.trash.ItemRef;
import java.util.Collection;

/**
 * Ends the records of {@code trash_asset_watch} with their assets. A record stands for one asset that a
 * flagged purge kept because it was still shared; once that asset is moved to Trash, linked to an owner,
 * removed, or its id is taken by a newly created item, the record no longer describes anything, and a
 * sweep that acted on it would remove whatever now carries the id.
 */
final class AssetWatch {

    private final Session s;

    AssetWatch(Session session) {
        this.s = session;
    }

    /** Whether items of the type can be recorded at all: only asset types of a link table are. */
    boolean watches(String type) {
        return s.tables().links().stream().anyMatch(l -> l.assetType().equals(type));
    }

    /** Forgets the record of one asset. */
    void forget(String tenant, ItemRef asset) {
        if (watches(asset.type())) {
            String id = s.tables().of(asset.type()).idKey().canonical(asset.id()).orElse(asset.id());
            s.handle().createUpdate("DELETE FROM trash_asset_watch WHERE asset_type = :type AND tenant = :tenant AND "
                            + "asset_id = :id")
                    .bind("type", asset.type()).bind("tenant", tenant).bind("id", id).execute();
        }
    }

    /** Forgets the records of the assets the entry now marks: one statement per watched type among them. */
    void forgetMarked(Collection<TypeTable> types, String tenant, long entryId) {
        for (TypeTable t : types) {
            if (watches(t.type())) {
                KeyParams.bind(s.handle().createUpdate("DELETE FROM trash_asset_watch WHERE asset_type = :type AND tenant = "
                                + ":tenant AND asset_id IN (SELECT " + t.idKey().toText("m." + t.id()) + " FROM " + t.table()
                                + " m WHERE " + t.tenantIs("m") + " AND m." + t.marker() + " = :entry)"), "tenant", tenant)
                        .bind("type", t.type()).bind("entry", entryId).execute();
            }
        }
    }
}

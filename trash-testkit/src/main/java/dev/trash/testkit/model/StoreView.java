package dev.trash.testkit.model;

import dev.trash.Actor;
import dev.trash.AuditRecord;
import dev.trash.ItemRef;
import dev.trash.StorageUsage.TypeUsage;
import dev.trash.Trash;
import dev.trash.TrashItem;
import dev.trash.TrashPage;
import dev.trash.TrashQuery;
import dev.trash.TrashRow;
import dev.trash.testkit.model.Observation.ItemView;
import dev.trash.testkit.model.Observation.RowView;
import dev.trash.testkit.model.Observation.TenantObservation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything the public API shows of the real store, store ids included: the raw material for the
 * comparison with the model ({@link #observation()}), for the model-free {@link StoreInvariants}, and for
 * "a failed operation changed nothing" (two views compared with {@code equals}).
 *
 * @param tenants the view of each tenant
 */
public record StoreView(Map<String, TenantView> tenants) {

    private static final int PAGE_SIZE_FOR_CURSOR_CHECK = 2;

    /** Copies the map. */
    public StoreView {
        tenants = Map.copyOf(tenants);
    }

    /**
     * One tenant's view.
     *
     * @param items each item of the {@link IdSpace} that {@code find} returns
     * @param visible what {@code isVisible} says of each of those items
     * @param rows the listing read in one page
     * @param pagedRows the listing read in pages of two, following the cursors
     * @param counts {@code count} of all types ({@code "*"}) and of each type
     * @param storage storage usage of the types with any item
     * @param entryItems what {@code entryItems} returns for each listed entry
     * @param audit the audit trail
     */
    public record TenantView(Map<ItemRef, TrashItem> items, Map<ItemRef, Boolean> visible, List<TrashRow> rows,
                             List<TrashRow> pagedRows, SortedMap<String, Long> counts,
                             SortedMap<String, TypeUsage> storage, Map<Long, List<TrashItem>> entryItems,
                             List<AuditRecord> audit) {
    }

    static StoreView read(LiveTrash live) {
        Map<String, TenantView> tenants = new HashMap<>();
        for (String tenant : IdSpace.TENANTS) {
            tenants.put(tenant, readTenant(live.trash(), live.actor(tenant)));
        }
        return new StoreView(tenants);
    }

    private static TenantView readTenant(Trash trash, Actor actor) {
        Map<ItemRef, TrashItem> items = new LinkedHashMap<>();
        Map<ItemRef, Boolean> visible = new LinkedHashMap<>();
        for (ItemRef ref : IdSpace.refs()) {
            trash.find(actor, ref).ifPresent(item -> {
                items.put(ref, item);
                visible.put(ref, trash.isVisible(actor, ref));
            });
        }
        List<TrashRow> rows = trash.list(actor, TrashQuery.firstPage().limit(TrashQuery.MAX_LIMIT)).rows();
        List<TrashRow> paged = new ArrayList<>();
        TrashQuery query = TrashQuery.firstPage().limit(PAGE_SIZE_FOR_CURSOR_CHECK);
        for (int page = 0; page <= rows.size(); page++) { // bounded: a cursor that never ends shows as a difference
            TrashPage next = trash.list(actor, query);
            paged.addAll(next.rows());
            if (next.nextCursor() == null) {
                break;
            }
            query = query.after(next.nextCursor());
        }
        SortedMap<String, Long> counts = new TreeMap<>();
        counts.put("*", trash.count(actor, null));
        for (String type : IdSpace.types()) {
            counts.put(type, trash.count(actor, type));
        }
        SortedMap<String, TypeUsage> storage = new TreeMap<>();
        trash.storageUsage(actor).byType().forEach((type, usage) -> {
            if (usage.activeCount() + usage.trashedCount() > 0) {
                storage.put(type, usage);
            }
        });
        Map<Long, List<TrashItem>> entryItems = new TreeMap<>();
        for (TrashRow row : rows) {
            entryItems.put(row.entry().id(), allItemsOf(trash, actor.tenant(), row.entry().id()));
        }
        List<AuditRecord> audit = wholeAudit(trash, actor);
        return new TenantView(items, visible, rows, paged, counts, storage, entryItems, audit);
    }

    /** The view without store ids, comparable with {@link ReferenceTrash#observe()}. */
    public Observation observation() {
        Map<String, TenantObservation> result = new TreeMap<>();
        tenants.forEach((tenant, view) -> result.put(tenant, observe(view)));
        return new Observation(result);
    }

    /** Every item the entry holds, page after page. */
    private static List<TrashItem> allItemsOf(Trash trash, String tenant, long entryId) {
        List<TrashItem> all = new ArrayList<>();
        List<TrashItem> page;
        do {
            ItemRef after = all.isEmpty() ? null : all.get(all.size() - 1).ref();
            page = trash.entryItems(tenant, entryId, after, TrashQuery.MAX_LIMIT);
            all.addAll(page);
        } while (page.size() == TrashQuery.MAX_LIMIT);
        return all;
    }

    /** The tenant's whole audit trail, page after page. */
    private static List<AuditRecord> wholeAudit(Trash trash, Actor actor) {
        List<AuditRecord> all = new ArrayList<>();
        List<AuditRecord> page;
        do {
            long after = all.isEmpty() ? 0 : all.get(all.size() - 1).sequence();
            page = trash.audit(actor, after, TrashQuery.MAX_LIMIT);
            all.addAll(page);
        } while (page.size() == TrashQuery.MAX_LIMIT);
        return all;
    }

    private static TenantObservation observe(TenantView view) {
        Map<Long, ItemRef> rootOfEntry = new HashMap<>();
        view.rows().forEach(row -> rootOfEntry.put(row.entry().id(), row.entry().root()));
        TreeMap<String, ItemView> items = new TreeMap<>();
        view.items().forEach((ref, item) -> {
            String coveredBy = null;
            if (item.trashEntryId() != null) {
                ItemRef root = rootOfEntry.get(item.trashEntryId());
                coveredBy = root == null ? "missing entry #" + item.trashEntryId() : root.toString();
            }
            items.put(ref.toString(), new ItemView(item.name(), item.sizeBytes(), item.parent(),
                    view.visible().get(ref), coveredBy));
        });
        List<RowView> rows = view.rows().stream().map(row -> new RowView(row.entry().root(), row.entry().rootName(),
                row.entry().parent(), row.parentName(), row.entry().deletedAt(), row.entry().scheduledCleanupAt(),
                row.effectiveCleanupAt(), row.daysRemaining(), row.entry().cascadedCount(), row.entry().sizeBytes(),
                row.entry().deleteExclusiveAssets())).toList();
        return new TenantObservation(items, rows, view.counts(), view.storage());
    }
}

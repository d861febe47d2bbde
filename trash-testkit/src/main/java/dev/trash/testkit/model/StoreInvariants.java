package dev.trash.testkit.model;

import dev.trash.ItemRef;
import dev.trash.ResourceType;
import dev.trash.StorageUsage.TypeUsage;
import dev.trash.TrashEntry;
import dev.trash.TrashItem;
import dev.trash.TrashRow;
import dev.trash.testkit.ContractTypes;
import dev.trash.testkit.model.StoreView.TenantView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What must hold of any store state, whatever led to it; checked without the model, so that a bug the
 * model shares would still show here.
 */
public final class StoreInvariants {

    private static final Comparator<TrashEntry> NEWEST_FIRST =
            Comparator.comparing(TrashEntry::deletedAt).thenComparingLong(TrashEntry::id).reversed();

    private StoreInvariants() {
    }

    /** Each broken invariant, described; empty when all hold. */
    public static List<String> violations(StoreView view) {
        List<String> problems = new ArrayList<>();
        view.tenants().forEach((tenant, tenantView) -> check(tenant, tenantView, problems));
        return problems;
    }

    private static void check(String tenant, TenantView view, List<String> problems) {
        Map<Long, TrashEntry> entries = new HashMap<>();
        view.rows().forEach(row -> entries.put(row.entry().id(), row.entry()));
        for (TrashItem item : view.items().values()) {
            String where = tenant + " " + item.ref() + ": ";
            if (!item.tenant().equals(tenant)) {
                problems.add(where + "returned for the wrong tenant " + item.tenant());
            }
            if (item.parent() != null && !view.items().containsKey(item.parent())) {
                problems.add(where + "its parent " + item.parent() + " is gone");
            }
            if (item.trashEntryId() != null && !entries.containsKey(item.trashEntryId())) {
                problems.add(where + "marked by entry #" + item.trashEntryId() + ", which is not listed");
            }
            if (!Objects.equals(view.visible().get(item.ref()), item.isActive())) {
                problems.add(where + "isVisible says " + view.visible().get(item.ref()) + " but active is "
                        + item.isActive());
            }
            TrashItem parent = item.parent() == null ? null : view.items().get(item.parent());
            if (item.isActive() && parent != null && !parent.isActive()) {
                problems.add(where + "active under " + item.parent() + ", which is in Trash");
            }
        }
        for (TrashRow row : view.rows()) {
            checkEntry(tenant, view, row.entry(), problems);
        }
        checkUniqueNames(tenant, view, problems);
        checkListing(tenant, view, problems);
        checkStorage(tenant, view, problems);
    }

    private static void checkEntry(String tenant, TenantView view, TrashEntry entry, List<String> problems) {
        String where = tenant + " entry of " + entry.root() + ": ";
        if (!entry.tenant().equals(tenant)) {
            problems.add(where + "listed for the wrong tenant " + entry.tenant());
        }
        if (entry.claim() != null) { // views are read with no sweep running: a claim left is a sweep's leak
            problems.add(where + "left PURGING under the claim of " + entry.claim().owner() + " until "
                    + entry.claim().leaseUntil() + ", with no sweep running");
        }
        List<TrashItem> marked = view.items().values().stream()
                .filter(i -> Objects.equals(i.trashEntryId(), entry.id())).toList();
        long bytes = marked.stream().mapToLong(TrashItem::sizeBytes).sum();
        if (marked.size() != entry.cascadedCount() + 1) {
            problems.add(where + "cascadedCount " + entry.cascadedCount() + " but " + marked.size()
                    + " items carry the entry (root included)");
        }
        if (bytes != entry.sizeBytes()) {
            problems.add(where + "sizeBytes " + entry.sizeBytes() + " but its items hold " + bytes);
        }
        TrashItem root = view.items().get(entry.root());
        if (root == null || !Objects.equals(root.trashEntryId(), entry.id())) {
            problems.add(where + "its root is " + (root == null ? "gone" : "not marked by it"));
        }
        TreeSet<String> expected = new TreeSet<>();
        marked.forEach(i -> expected.add(i.ref().toString()));
        TreeSet<String> reported = new TreeSet<>();
        view.entryItems().getOrDefault(entry.id(), List.of()).forEach(i -> reported.add(i.ref().toString()));
        if (!expected.equals(reported)) {
            problems.add(where + "entryItems gives " + reported + " but the marked items are " + expected);
        }
    }

    private static void checkUniqueNames(String tenant, TenantView view, List<String> problems) {
        Map<String, ItemRef> seen = new HashMap<>();
        for (TrashItem item : view.items().values()) {
            ResourceType type = ContractTypes.catalogue().require(item.ref().type());
            if (type.uniqueNames() && item.isActive()) {
                String key = item.ref().type() + " under " + item.parent() + " named '" + item.name() + "'";
                ItemRef other = seen.putIfAbsent(key, item.ref());
                if (other != null) {
                    problems.add(tenant + ": two active " + key + ": " + other + " and " + item.ref());
                }
            }
        }
    }

    private static void checkListing(String tenant, TenantView view, List<String> problems) {
        List<TrashEntry> listed = view.rows().stream().map(TrashRow::entry).toList();
        if (!listed.equals(listed.stream().sorted(NEWEST_FIRST).toList())) {
            problems.add(tenant + ": the listing is not newest first: " + listed.stream().map(TrashEntry::root).toList());
        }
        if (!view.pagedRows().equals(view.rows())) {
            problems.add(tenant + ": paging by 2 gives " + view.pagedRows().stream().map(r -> r.entry().root()).toList()
                    + " but one page gives " + listed.stream().map(TrashEntry::root).toList());
        }
        if (view.counts().get("*") != listed.size()) {
            problems.add(tenant + ": count " + view.counts().get("*") + " but " + listed.size() + " rows listed");
        }
        for (String type : IdSpace.types()) {
            long rows = listed.stream().filter(e -> e.root().type().equals(type)).count();
            if (view.counts().get(type) != rows) {
                problems.add(tenant + ": count of " + type + " " + view.counts().get(type) + " but " + rows + " rows");
            }
        }
    }

    private static void checkStorage(String tenant, TenantView view, List<String> problems) {
        Map<String, long[]> sums = new TreeMap<>();
        for (TrashItem item : view.items().values()) {
            long[] s = sums.computeIfAbsent(item.ref().type(), t -> new long[4]);
            int offset = item.isActive() ? 0 : 2;
            s[offset]++;
            s[offset + 1] += item.sizeBytes();
        }
        Map<String, TypeUsage> expected = new TreeMap<>();
        sums.forEach((type, s) -> expected.put(type, new TypeUsage(s[0], s[1], s[2], s[3])));
        if (!expected.equals(view.storage())) {
            problems.add(tenant + ": storage usage " + view.storage() + " but the items add up to " + expected);
        }
    }
}

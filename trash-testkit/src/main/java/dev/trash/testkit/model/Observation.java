package dev.trash.testkit.model;

import dev.trash.ItemRef;
import dev.trash.StorageUsage.TypeUsage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything a user of a Trash can see, without the store's own ids: per tenant, each item of the
 * {@link IdSpace} (absent when it does not exist), the listing, the counts and the storage usage. Built
 * from the real store ({@link StoreView#observation()}) and from the model ({@link ReferenceTrash#observe()})
 * and compared after every step.
 *
 * @param tenants the view of each tenant
 */
public record Observation(Map<String, TenantObservation> tenants) {

    /** Copies the map. */
    public Observation {
        tenants = Map.copyOf(tenants);
    }

    /**
     * What one tenant sees.
     *
     * @param items each existing item by {@code "type id"}
     * @param rows the Trash listing, newest first
     * @param counts the Trash count of all types ({@code "*"}) and of each type
     * @param storage storage usage of each type that has any item
     */
    public record TenantObservation(SortedMap<String, ItemView> items, List<RowView> rows, SortedMap<String, Long> counts,
                                    SortedMap<String, TypeUsage> storage) {

        /** Copies the collections. */
        public TenantObservation {
            items = new TreeMap<>(items);
            rows = List.copyOf(rows);
            counts = new TreeMap<>(counts);
            storage = new TreeMap<>(storage);
        }
    }

    /**
     * One item as a user sees it.
     *
     * @param name its name
     * @param sizeBytes its bytes
     * @param parent its owning parent, or null
     * @param visible whether {@code isVisible} says so
     * @param coveredBy the root of the entry that holds it ("model m1"), or null when active
     */
    public record ItemView(String name, long sizeBytes, ItemRef parent, boolean visible, String coveredBy) {
    }

    /**
     * One row of the Trash listing.
     *
     * @param root the entry's root
     * @param rootName the root's name when trashed
     * @param parent the root's parent
     * @param parentName the parent's name
     * @param deletedAt when trashed
     * @param cleanupAt its own scheduled cleanup
     * @param effectiveCleanupAt the earliest cleanup of its own and of its trashed ancestors' entries
     * @param daysRemaining whole days left until the effective cleanup, rounded up
     * @param cascadedCount descendants its cascade moved
     * @param sizeBytes bytes of the root and its cascade
     * @param exclusiveAssets whether its purge deletes exclusive assets
     */
    public record RowView(ItemRef root, String rootName, ItemRef parent, String parentName, Instant deletedAt,
                          Instant cleanupAt, Instant effectiveCleanupAt, long daysRemaining, long cascadedCount,
                          long sizeBytes, boolean exclusiveAssets) {
    }

    /** Human-readable differences from what the model expected; empty when equal. */
    public List<String> differencesFrom(Observation expected) {
        List<String> diffs = new ArrayList<>();
        for (String tenant : new TreeSet<>(expected.tenants.keySet())) {
            TenantObservation want = expected.tenants.get(tenant);
            TenantObservation got = tenants.get(tenant);
            if (got == null) {
                diffs.add(tenant + ": not observed");
                continue;
            }
            compareMaps(tenant + " item ", want.items(), got.items(), diffs);
            if (!want.rows().equals(got.rows())) {
                diffs.add(tenant + " listing:\n      expected " + rowsToString(want.rows())
                        + "\n      but was  " + rowsToString(got.rows()));
            }
            compareMaps(tenant + " count ", want.counts(), got.counts(), diffs);
            compareMaps(tenant + " storage ", want.storage(), got.storage(), diffs);
        }
        return diffs;
    }

    private static <V> void compareMaps(String label, SortedMap<String, V> want, SortedMap<String, V> got,
                                        List<String> diffs) {
        TreeSet<String> keys = new TreeSet<>(want.keySet());
        keys.addAll(got.keySet());
        for (String key : keys) {
            V w = want.get(key);
            V g = got.get(key);
            if (!Objects.equals(w, g)) {
                diffs.add(label + key + ": expected " + (w == null ? "absent" : w) + " but was "
                        + (g == null ? "absent" : g));
            }
        }
    }

    private static String rowsToString(List<RowView> rows) {
        if (rows.isEmpty()) {
            return "(empty)";
        }
        StringBuilder out = new StringBuilder();
        for (RowView row : rows) {
            out.append("\n        ").append(row);
        }
        return out.toString();
    }
}

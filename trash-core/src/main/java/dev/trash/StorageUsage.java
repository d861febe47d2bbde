package dev.trash;

import dev.trash.spi.ByteTotals;
import java.util.Map;

/**
 * A tenant's storage, by type. Trashed bytes count until purged unless the host's policy says otherwise.
 * Byte totals stop at {@link Long#MAX_VALUE} rather than wrap.
 *
 * @param byType usage per type name
 * @param trashCountsTowardQuota whether {@link #quotaBytes()} includes trashed bytes
 */
public record StorageUsage(Map<String, TypeUsage> byType, boolean trashCountsTowardQuota) {

    /** Copies the map. */
    public StorageUsage {
        byType = Map.copyOf(byType);
    }

    /**
     * Usage of one type.
     *
     * @param activeCount active items
     * @param activeBytes their bytes
     * @param trashedCount items in Trash (roots and cascaded)
     * @param trashedBytes their bytes
     */
    public record TypeUsage(long activeCount, long activeBytes, long trashedCount, long trashedBytes) {
    }

    /** Active bytes of every type. */
    public long activeBytes() {
        return byType.values().stream().mapToLong(TypeUsage::activeBytes).reduce(0, ByteTotals::add);
    }

    /** Trashed bytes of every type. */
    public long trashedBytes() {
        return byType.values().stream().mapToLong(TypeUsage::trashedBytes).reduce(0, ByteTotals::add);
    }

    /** The bytes that count toward the tenant's quota. */
    public long quotaBytes() {
        return ByteTotals.add(activeBytes(), trashCountsTowardQuota ? trashedBytes() : 0);
    }
}

package dev.trash.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Heap use during a measured operation, two ways:
 * <ul>
 *   <li>peak: the sum of the heap pools' peak usage since the last {@link #reset()} (what the JVM had to
 *       hold at most, garbage included, bounded by the young generation's size for long operations);
 *   <li>live: the largest heap use right after a garbage collection since the last reset (what the
 *       operation kept reachable), or the use at the end when no collection ran.
 * </ul>
 * Setups call {@link #reset()} after a full GC as their last step, so neither counts the data generation.
 */
public final class HeapMeter {

    private static final List<MemoryPoolMXBean> HEAP = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();
    private static final AtomicLong LIVE_AFTER_GC = new AtomicLong();
    private static final AtomicLong GCS = new AtomicLong();

    static {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        return;
                    }
                    var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                    long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                            .filter(u -> u != null).mapToLong(MemoryUsage::getUsed).sum();
                    LIVE_AFTER_GC.accumulateAndGet(used, Math::max);
                    GCS.incrementAndGet();
                }, null, null);
            }
        }
    }

    private HeapMeter() {
    }

    /** Collects garbage and starts measuring afresh. */
    public static void reset() {
        System.gc();
        for (MemoryPoolMXBean pool : HEAP) {
            pool.resetPeakUsage();
        }
        LIVE_AFTER_GC.set(0);
        GCS.set(0);
    }

    /** Bytes: the sum of the heap pools' peaks since the reset. */
    public static long peakBytes() {
        return HEAP.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /** Bytes: the largest heap use after a collection since the reset, or the current use if none ran. */
    public static long liveBytes() {
        long live = LIVE_AFTER_GC.get();
        if (GCS.get() == 0) {
            return HEAP.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        }
        return live;
    }
}

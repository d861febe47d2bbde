package dev.trash.testkit.model;

import dev.trash.BulkOutcome;
import dev.trash.ItemRef;
import dev.trash.NotTrashRootException;
import dev.trash.ParentInTrashException;
import dev.trash.TrashException;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * What one operation did, in a form both the store and the model produce: either a result value or the
 * simple name of the exception class (with the detail the semantics pin down, such as the blocking parent).
 *
 * @param failure the exception's simple class name, or {@code null} on success
 * @param detail what the failure must say, or {@code null}
 * @param value the comparable result, or {@code null} when the operation returns nothing worth comparing
 */
public record Outcome(String failure, String detail, Object value) {

    /** A success. */
    public static Outcome ok(Object value) {
        return new Outcome(null, null, value);
    }

    /** A failure with an exception of the given class. */
    public static Outcome failed(Class<? extends TrashException> type, String detail) {
        return new Outcome(type.getSimpleName(), detail, null);
    }

    /** Whether it failed. */
    public boolean isFailure() {
        return failure != null;
    }

    /**
     * Runs a call against the real store. A {@link TrashException} becomes a failed outcome; any other
     * exception too, with its message, since the model never predicts one and so it shows as a divergence.
     */
    public static Outcome of(Supplier<Object> call) {
        try {
            return ok(call.get());
        } catch (ParentInTrashException e) {
            return new Outcome(e.getClass().getSimpleName(), e.getMessage(), null);
        } catch (NotTrashRootException e) {
            return new Outcome(e.getClass().getSimpleName(), "root " + e.root(), null);
        } catch (TrashException e) {
            return new Outcome(e.getClass().getSimpleName(), null, null);
        } catch (RuntimeException e) {
            return new Outcome("unexpected " + e.getClass().getName(), String.valueOf(e.getMessage()), null);
        }
    }

    @Override
    public String toString() {
        if (failure != null) {
            return detail == null ? failure : failure + " (" + detail + ")";
        }
        return value == null ? "ok" : "ok " + value;
    }

    /** A move to Trash: whether it created the entry, and the entry that holds the item. */
    public record Trashed(boolean created, ItemRef root, Instant cleanupAt, long cascadedCount, long sizeBytes) {
    }

    /** A restore: the roots restored, outermost first, the items made active, the rename if any. */
    public record Restored(List<ItemRef> roots, long itemCount, String renamedTo) {
    }

    /** A purge or Empty Trash: the roots purged (sorted by type and id; order is checked via the audit trail). */
    public record Purged(List<ItemRef> roots, long itemCount, long sizeBytes, long assetCount, long assetBytes) {
    }

    /** A sweep: entries purged (nested ones included), items removed, bytes freed. */
    public record Swept(long roots, long items, long bytesFreed) {
    }

    /** One item's outcome in a bulk operation. */
    public record Each(ItemRef item, BulkOutcome.Status status) {

        @Override
        public String toString() {
            return item + ": " + status;
        }
    }
}

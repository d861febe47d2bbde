package dev.trash;

import java.time.Duration;
import java.util.Locale;

/**
 * Hears what a {@link Trash} does, for a metrics system (the Spring Boot starter binds it to Micrometer).
 * Every method has an empty default; an implementation overrides what it records. Calls come from the
 * threads doing the work, so an implementation must be quick, thread-safe, and must not throw. No call
 * carries a tenant: a tag per tenant would multiply a metric by the number of tenants.
 */
public interface TrashMetrics {

    /** Records nothing; the default. */
    TrashMetrics NONE = new TrashMetrics() {
    };

    /** The outcome of an operation that succeeded. */
    String SUCCESS = "success";

    /**
     * An operation returned or failed. Bulk operations report each item as an operation of its own.
     *
     * @param operation {@code trash}, {@code restore}, {@code purge} or {@code empty_trash}
     * @param type the type of the item operated on; {@code all} for {@code empty_trash}
     * @param outcome {@link #SUCCESS}, or the failure's kind, such as {@code item_not_found} or
     *     {@code permission_denied} (see {@link #outcomeOf})
     */
    default void operation(String operation, String type, String outcome) {
    }

    /**
     * A sweep ran to its end, whatever became of the entries it claimed.
     *
     * @param report what it did
     */
    default void sweepCompleted(SweepReport report) {
    }

    /**
     * A sweep stopped with an exception; what it purged before has committed.
     *
     * @param elapsed how long it ran, by the Trash's clock
     * @param failure what stopped it
     */
    default void sweepFailed(Duration elapsed, RuntimeException failure) {
    }

    /**
     * The sweeper could not purge an entry: it went back to Trash with the failure recorded on it.
     *
     * @param entry the entry, as claimed
     * @param failure the failure recorded
     */
    default void purgeFailed(TrashEntry entry, PurgeFailure failure) {
    }

    /**
     * The outcome tag of a failure: the exception's class name without {@code Exception}, in snake case
     * ({@code ItemNotFoundException} is {@code item_not_found}); {@code error} for anything but a
     * {@link TrashException}.
     *
     * @param failure the failure
     * @return its outcome tag
     */
    static String outcomeOf(RuntimeException failure) {
        if (!(failure instanceof TrashException)) {
            return "error";
        }
        String name = failure.getClass().getSimpleName().replaceFirst("Exception$", "");
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}

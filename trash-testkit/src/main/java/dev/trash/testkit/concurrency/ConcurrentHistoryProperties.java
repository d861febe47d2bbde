package dev.trash.testkit.concurrency;

import dev.trash.testkit.StoreUnderTest;
import org.junit.jupiter.api.Test;

/**
 * The concurrency property as a test class: subclass it with the store under test. System property
 * {@code trash.concurrency.histories} overrides how many histories run (default {@link #defaultHistories()}).
 */
public abstract class ConcurrentHistoryProperties {

    /** The store under test. */
    protected abstract StoreUnderTest store();

    /** The store's name in the printed summary. */
    protected abstract String storeName();

    /** How many histories run unless the system property says otherwise; a server database may lower it. */
    protected int defaultHistories() {
        return 2000;
    }

    @Test
    void everyConcurrentHistoryHasASerialExplanation() {
        HistoryProperty.check(store(), storeName(), Integer.getInteger("trash.concurrency.histories", defaultHistories()));
    }
}

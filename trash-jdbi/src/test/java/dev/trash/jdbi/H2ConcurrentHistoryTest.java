package dev.trash.jdbi;

import dev.trash.jdbi.fixture.JdbiStore;
import dev.trash.jdbi.fixture.TestDatabase;
import dev.trash.testkit.StoreUnderTest;
import dev.trash.testkit.concurrency.ConcurrentHistoryProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The concurrency property on H2: 2,000 histories unless {@code trash.concurrency.histories} says otherwise. */
class H2ConcurrentHistoryTest extends ConcurrentHistoryProperties {

    private static final JdbiStore STORE = new JdbiStore(TestDatabase.H2);

    @BeforeAll
    static void requireDatabase() {
        TestDatabase.H2.assumeEnabled();
    }

    @AfterAll
    static void dropSchema() {
        STORE.close();
    }

    @Override
    protected StoreUnderTest store() {
        return STORE;
    }

    @Override
    protected String storeName() {
        return "H2";
    }

    @Override
    protected int defaultHistories() {
        return 2000;
    }
}

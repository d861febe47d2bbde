package dev.trash.jdbi;

import dev.trash.jdbi.fixture.JdbiStore;
import dev.trash.jdbi.fixture.TestDatabase;
import dev.trash.testkit.StoreUnderTest;
import dev.trash.testkit.concurrency.ConcurrentHistoryProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The concurrency property on MariaDB: 200 histories unless {@code trash.concurrency.histories} says otherwise. */
class MariaDbConcurrentHistoryTest extends ConcurrentHistoryProperties {

    private static final JdbiStore STORE = new JdbiStore(TestDatabase.MARIADB);

    @BeforeAll
    static void requireDatabase() {
        TestDatabase.MARIADB.assumeEnabled();
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
        return "MariaDB";
    }

    @Override
    protected int defaultHistories() {
        return 200;
    }
}

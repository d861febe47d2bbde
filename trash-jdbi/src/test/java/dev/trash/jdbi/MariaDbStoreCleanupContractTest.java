package dev.trash.jdbi;

import dev.trash.jdbi.fixture.JdbiStore;
import dev.trash.jdbi.fixture.TestDatabase;
import dev.trash.testkit.StoreCleanupContract;
import dev.trash.testkit.StoreUnderTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** {@link StoreCleanupContract} on MariaDb. */
class MariaDbStoreCleanupContractTest extends StoreCleanupContract {

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
}

package dev.trash.jdbi;

import dev.trash.jdbi.fixture.JdbiStore;
import dev.trash.jdbi.fixture.TestDatabase;
import dev.trash.testkit.StoreCleanupContract;
import dev.trash.testkit.StoreUnderTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** {@link StoreCleanupContract} on Postgresql. */
class PostgresqlStoreCleanupContractTest extends StoreCleanupContract {

    private static final JdbiStore STORE = new JdbiStore(TestDatabase.POSTGRESQL);

    @BeforeAll
    static void requireDatabase() {
        TestDatabase.POSTGRESQL.assumeEnabled();
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

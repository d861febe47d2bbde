package dev.trash.jdbi;

import dev.trash.jdbi.fixture.JdbiStore;
import dev.trash.jdbi.fixture.TestDatabase;
import dev.trash.testkit.StoreCleanupContract;
import dev.trash.testkit.StoreUnderTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** {@link StoreCleanupContract} on H2. */
class H2StoreCleanupContractTest extends StoreCleanupContract {

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
}

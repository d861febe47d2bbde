package dev.trash.jdbi;

import dev.trash.jdbi.fixture.JdbiStore;
import dev.trash.jdbi.fixture.TestDatabase;
import dev.trash.jdbi.fixture.keyed.KeyedHostTables;
import dev.trash.testkit.StoreUnderTest;
import dev.trash.testkit.TrashRepositoryContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The repository contract on H2, on the second host schema: BIGINT and UUID keys, see {@link KeyedHostTables}. */
class H2KeyedContractTest extends TrashRepositoryContract {

    private static final JdbiStore STORE = new JdbiStore(TestDatabase.H2, new KeyedHostTables());

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

package dev.trash.jdbi;

import dev.trash.jdbi.fixture.JdbiStore;
import dev.trash.jdbi.fixture.PinningBlocker;
import dev.trash.jdbi.fixture.TestDatabase;
import dev.trash.testkit.PurgeBlocker;
import dev.trash.testkit.PurgeFailureContract;
import dev.trash.testkit.StoreUnderTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Purge failures on Postgresql, from a real foreign key of a host table. */
class PostgresqlPurgeFailureTest extends PurgeFailureContract {

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

    @Override
    protected PurgeBlocker blocker() {
        return new PinningBlocker(STORE);
    }
}

package dev.trash.jdbi;

import dev.trash.jdbi.fixture.JdbiStore;
import dev.trash.jdbi.fixture.TestDatabase;
import dev.trash.testkit.MessageNamesContract;
import dev.trash.testkit.StoreUnderTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** {@link MessageNamesContract} on MariaDb. */
class MariaDbMessageNamesTest extends MessageNamesContract {

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

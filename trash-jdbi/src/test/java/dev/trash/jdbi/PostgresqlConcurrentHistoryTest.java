package dev.trash.jdbi;

import dev.trash.jdbi.fixture.JdbiStore;
import dev.trash.jdbi.fixture.TestDatabase;
import dev.trash.testkit.StoreUnderTest;
import dev.trash.testkit.concurrency.ConcurrentHistoryProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The concurrency property on PostgreSQL: 200 histories unless {@code trash.concurrency.histories} says otherwise. */
class PostgresqlConcurrentHistoryTest extends ConcurrentHistoryProperties {

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
    protected String storeName() {
        return "PostgreSQL";
    }

    @Override
    protected int defaultHistories() {
        return 200;
    }
}

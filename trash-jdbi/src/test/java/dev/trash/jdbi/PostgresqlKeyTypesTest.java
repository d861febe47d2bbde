package dev.trash.jdbi;

import dev.trash.jdbi.fixture.JdbiStore;
import dev.trash.jdbi.fixture.TestDatabase;
import dev.trash.jdbi.fixture.keyed.KeyedHostTables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** {@link KeyTypesBehaviour} on Postgresql. */
class PostgresqlKeyTypesTest extends KeyTypesBehaviour {

    private static final JdbiStore STORE = new JdbiStore(TestDatabase.POSTGRESQL, KeyedHostTables.withRawKeys());

    @BeforeAll
    static void requireDatabase() {
        TestDatabase.POSTGRESQL.assumeEnabled();
    }

    @AfterAll
    static void dropSchema() {
        STORE.close();
    }

    @Override
    protected JdbiStore store() {
        return STORE;
    }
}

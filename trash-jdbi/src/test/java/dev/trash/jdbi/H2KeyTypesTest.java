package dev.trash.jdbi;

import dev.trash.jdbi.fixture.JdbiStore;
import dev.trash.jdbi.fixture.TestDatabase;
import dev.trash.jdbi.fixture.keyed.KeyedHostTables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** {@link KeyTypesBehaviour} on H2. */
class H2KeyTypesTest extends KeyTypesBehaviour {

    private static final JdbiStore STORE = new JdbiStore(TestDatabase.H2, KeyedHostTables.withRawKeys());

    @BeforeAll
    static void requireDatabase() {
        TestDatabase.H2.assumeEnabled();
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

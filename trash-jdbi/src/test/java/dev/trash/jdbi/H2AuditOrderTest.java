package dev.trash.jdbi;

import dev.trash.jdbi.fixture.JdbiStore;
import dev.trash.jdbi.fixture.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** {@link AuditOrderBehaviour} on H2, in a fresh schema dropped afterwards. */
class H2AuditOrderTest extends AuditOrderBehaviour {

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
    protected JdbiStore store() {
        return STORE;
    }
}

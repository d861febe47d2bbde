package dev.trash.jdbi;

import dev.trash.jdbi.fixture.JdbiStore;
import dev.trash.jdbi.fixture.TestDatabase;
import dev.trash.jdbi.fixture.keyed.KeyedHostTables;
import dev.trash.testkit.StoreUnderTest;
import dev.trash.testkit.model.TrashModelProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The model-based properties on H2, on the second host schema of {@link KeyedHostTables}. */
class H2KeyedModelPropertiesTest extends TrashModelProperties {

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

    @Override
    protected int examples() {
        return Integer.getInteger("trash.jdbi.property.examples", 100);
    }
}

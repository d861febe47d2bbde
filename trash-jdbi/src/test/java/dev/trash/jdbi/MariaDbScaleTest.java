package dev.trash.jdbi;

import dev.trash.jdbi.fixture.JdbiStore;
import dev.trash.jdbi.fixture.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;

/** {@link ScaleBehaviour} on MariaDB, in a fresh schema dropped afterwards. */
@Disabled("open: MariaDB 10.11 spends minutes on the recursive folder cascade over 100,000 rows "
        + "(statement count is constant; the plan of the recursive CTE join is not yet right)")
class MariaDbScaleTest extends ScaleBehaviour {

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
    protected JdbiStore store() {
        return STORE;
    }
}

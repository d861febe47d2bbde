package dev.trash.jdbi;

import dev.trash.jdbi.fixture.JdbiStore;
import dev.trash.jdbi.fixture.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;

/** {@link ScaleBehaviour} on PostgreSQL, in a fresh schema dropped afterwards. */
@Disabled("open: PostgreSQL 15 has not finished the recursive folder cascade over 100,000 fresh rows after "
        + "10 minutes, as IN (...) nor as UPDATE ... FROM (...); the statement count is constant, the recursive "
        + "step's plan is not (the project-to-models cascade is not affected)")
class PostgresqlScaleTest extends ScaleBehaviour {

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
    protected JdbiStore store() {
        return STORE;
    }
}

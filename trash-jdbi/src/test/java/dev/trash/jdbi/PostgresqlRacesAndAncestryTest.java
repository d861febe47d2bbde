package dev.trash.jdbi;

import dev.trash.ItemRef;
import dev.trash.jdbi.fixture.JdbiStore;
import dev.trash.jdbi.fixture.TestDatabase;
import dev.trash.spi.TrashRepository;
import dev.trash.testkit.AncestryRulesContract;
import dev.trash.testkit.StoreUnderTest;
import dev.trash.testkit.race.RaceContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;

/** The forced races and the ancestry rules on PostgreSQL. */
class PostgresqlRacesAndAncestryTest {

    private static final JdbiStore STORE = new JdbiStore(TestDatabase.POSTGRESQL);

    @BeforeAll
    static void requireDatabase() {
        TestDatabase.POSTGRESQL.assumeEnabled();
    }

    @AfterAll
    static void dropSchema() {
        STORE.close();
    }

    @Nested
    class Races extends RaceContract {
        @Override
        protected StoreUnderTest store() {
            return STORE;
        }
    }

    @Nested
    class AncestryRules extends AncestryRulesContract {
        @Override
        protected StoreUnderTest store() {
            return STORE;
        }

        @Override
        protected void hostSetsParent(TrashRepository repository, ItemRef child, ItemRef parent) {
            STORE.hostSetsParent(child, parent);
        }
    }
}

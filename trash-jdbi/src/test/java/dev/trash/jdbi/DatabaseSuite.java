package dev.trash.jdbi;

import dev.trash.ItemRef;
import dev.trash.jdbi.fixture.HostSchema;
import dev.trash.jdbi.fixture.HostTables;
import dev.trash.jdbi.fixture.JdbiStore;
import dev.trash.jdbi.fixture.PinReferences;
import dev.trash.jdbi.fixture.PinningBlocker;
import dev.trash.jdbi.fixture.TestDatabase;
import dev.trash.jdbi.fixture.keyed.KeyedHostTables;
import dev.trash.jdbi.fixture.single.SingleTenantHostTables;
import dev.trash.spi.TrashRepository;
import dev.trash.testkit.AncestryRulesContract;
import dev.trash.testkit.AssetPurgeContract;
import dev.trash.testkit.DispatchLeaseContract;
import dev.trash.testkit.HostileInputContract;
import dev.trash.testkit.MessageNamesContract;
import dev.trash.testkit.OutsideReferences;
import dev.trash.testkit.PurgeBlocker;
import dev.trash.testkit.PurgeFailureContract;
import dev.trash.testkit.PurgeHookContract;
import dev.trash.testkit.StoreCleanupContract;
import dev.trash.testkit.TrashRepositoryContract;
import dev.trash.testkit.concurrency.ConcurrentHistoryProperties;
import dev.trash.testkit.model.TrashModelProperties;
import dev.trash.testkit.race.RaceContract;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;

/**
 * Every store contract and behaviour on one database, each nested class in a fresh schema of its own (made on
 * first use, dropped after the suite): several of them change the host tables or count on an empty schema. One
 * suite instance serves all nested classes, so the schemas live as long as the suite. The whole suite is
 * skipped unless {@code trash.test.databases} names the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DatabaseSuite {

    private final TestDatabase database;
    private final String name;
    private final int histories;
    private final int examples;
    private final Map<Class<?>, JdbiStore> stores = new LinkedHashMap<>();

    /**
     * A suite on the given database; {@code name} labels the concurrency property, which runs {@code histories}
     * histories, and the model properties run {@code examples} scripts, unless system properties say otherwise.
     */
    DatabaseSuite(TestDatabase database, String name, int histories, int examples) {
        this.database = database;
        this.name = name;
        this.histories = histories;
        this.examples = examples;
    }

    @BeforeAll
    void requireDatabase() {
        database.assumeEnabled();
    }

    @AfterAll
    synchronized void dropSchemas() {
        stores.values().forEach(JdbiStore::close);
    }

    /** The nested class's own store on the usual host tables. */
    private JdbiStore storeOf(Object nested) {
        return storeOf(nested, HostTables.SCHEMA);
    }

    /** The nested class's own store on the given host tables, the same for all of its test instances. */
    private synchronized JdbiStore storeOf(Object nested, HostSchema host) {
        return stores.computeIfAbsent(nested.getClass(), c -> new JdbiStore(database, host));
    }

    private int modelExamples() {
        return Integer.getInteger("trash.jdbi.property.examples", examples);
    }

    @Nested
    class Contract extends TrashRepositoryContract {
        @Override
        protected JdbiStore store() {
            return storeOf(this);
        }
    }

    /** The repository contract on the second host schema: BIGINT and UUID keys, see {@link KeyedHostTables}. */
    @Nested
    class KeyedContract extends TrashRepositoryContract {
        @Override
        protected JdbiStore store() {
            return storeOf(this, new KeyedHostTables());
        }
    }

    /** The model-based properties: fewer scripts than in memory, each step reads the whole database. */
    @Nested
    class ModelProperties extends TrashModelProperties {
        @Override
        protected JdbiStore store() {
            return storeOf(this);
        }

        @Override
        protected int examples() {
            return modelExamples();
        }
    }

    /** The model-based properties on the second host schema of {@link KeyedHostTables}. */
    @Nested
    class KeyedModelProperties extends TrashModelProperties {
        @Override
        protected JdbiStore store() {
            return storeOf(this, new KeyedHostTables());
        }

        @Override
        protected int examples() {
            return modelExamples();
        }
    }

    @Nested
    class ConcurrentHistory extends ConcurrentHistoryProperties {
        @Override
        protected JdbiStore store() {
            return storeOf(this);
        }

        @Override
        protected String storeName() {
            return name;
        }

        @Override
        protected int defaultHistories() {
            return histories;
        }
    }

    /** Purge failures from a real foreign key of a host table. */
    @Nested
    class PurgeFailure extends PurgeFailureContract {
        @Override
        protected JdbiStore store() {
            return storeOf(this);
        }

        @Override
        protected PurgeBlocker blocker() {
            return new PinningBlocker(store());
        }
    }

    /** Rows of an outside table with a foreign key to projects, deleted by a purge hook. */
    @Nested
    class PurgeHooks extends PurgeHookContract {
        @Override
        protected JdbiStore store() {
            return storeOf(this);
        }

        @Override
        protected OutsideReferences references() {
            return new PinReferences(store());
        }
    }

    @Nested
    class Races extends RaceContract {
        @Override
        protected JdbiStore store() {
            return storeOf(this);
        }
    }

    @Nested
    class AncestryRules extends AncestryRulesContract {
        @Override
        protected JdbiStore store() {
            return storeOf(this);
        }

        @Override
        protected void hostSetsParent(TrashRepository repository, ItemRef child, ItemRef parent) {
            store().hostSetsParent(child, parent);
        }
    }

    /** Kept shared assets and purge events. */
    @Nested
    class AssetPurge extends AssetPurgeContract {
        @Override
        protected JdbiStore store() {
            return storeOf(this);
        }
    }

    @Nested
    class DispatchLease extends DispatchLeaseContract {
        @Override
        protected JdbiStore store() {
            return storeOf(this);
        }
    }

    @Nested
    class HostileInput extends HostileInputContract {
        @Override
        protected JdbiStore store() {
            return storeOf(this);
        }

        /** MariaDB's unique-name index is over a generated VARCHAR(255) column: see MariaDbDialect. */
        @Override
        protected boolean holdsUniqueNamesAtTheLimit() {
            return database.dialect() != SqlDialect.MARIADB;
        }
    }

    @Nested
    class MessageNames extends MessageNamesContract {
        @Override
        protected JdbiStore store() {
            return storeOf(this);
        }
    }

    @Nested
    class StoreCleanup extends StoreCleanupContract {
        @Override
        protected JdbiStore store() {
            return storeOf(this);
        }
    }

    @Nested
    class Repository extends RepositoryBehaviour {
        @Override
        protected JdbiStore store() {
            return storeOf(this);
        }
    }

    @Nested
    class LargeSweep extends LargeSweepBehaviour {
        @Override
        protected JdbiStore store() {
            return storeOf(this);
        }
    }

    @Nested
    class ReadStatements extends ReadStatementsBehaviour {
        @Override
        protected JdbiStore store() {
            return storeOf(this);
        }
    }

    @Nested
    class SweepStatements extends SweepStatementsBehaviour {
        @Override
        protected JdbiStore store() {
            return storeOf(this);
        }
    }

    @Nested
    class AuditOrder extends AuditOrderBehaviour {
        @Override
        protected JdbiStore store() {
            return storeOf(this);
        }
    }

    /** A host without tenant columns, see {@link SingleTenantHostTables}. */
    @Nested
    class SingleTenant extends SingleTenantBehaviour {
        @Override
        protected JdbiStore store() {
            return storeOf(this, new SingleTenantHostTables());
        }
    }

    @Nested
    class KeyTypes extends KeyTypesBehaviour {
        @Override
        protected JdbiStore store() {
            return storeOf(this, KeyedHostTables.withRawKeys());
        }
    }
}

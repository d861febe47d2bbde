package dev.trash.jdbi.migration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trash.jdbi.fixture.Schema;
import dev.trash.jdbi.fixture.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import liquibase.Contexts;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Trash's Liquibase changelog, included from a host's master changelog after the host's own change, on
 * Liquibase 4.33: it creates Trash's tables at the latest version, records its changeSets beside the
 * host's, and a second update does nothing.
 */
class LiquibaseChangelogTest {

    static {
        System.setProperty("liquibase.analytics.enabled", "false"); // the tests run offline: no usage reports
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theChangelogIncludedFromTheHostsCreatesTrashsTablesOnce(TestDatabase database) throws Exception {
        database.assumeEnabled();
        try (Schema schema = database.create()) {
            MigrationTarget target = new MigrationTarget(schema);
            update(target);
            update(target);

            List<String> applied = schema.jdbi().withHandle(h -> h.createQuery(
                    "SELECT AUTHOR, ID FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED")
                    .map((rs, ctx) -> rs.getString(1) + ":" + rs.getString(2)).list());
            int lockRows = schema.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM trash_outbox_lock")
                    .mapTo(Integer.class).one());
            assertThat(applied).containsExactly("host:1", "trash:trash-v1", "trash:trash-v2");
            assertThat(target.indexesOf("trash_outbox")).contains("trash_outbox_occurred_idx");
            assertThat(lockRows).isEqualTo(1);
        }
    }

    @SuppressWarnings("deprecation") // the Liquibase facade: the shortest way a host's code runs a changelog
    private static void update(MigrationTarget target) throws Exception {
        try (Connection c = DriverManager.getConnection(target.url(), target.user(), "")) {
            Database db = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
            new Liquibase("db/host/changelog.xml", new ClassLoaderResourceAccessor(), db).update(new Contexts());
        }
    }
}

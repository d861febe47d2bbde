package dev.trash.jdbi.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trash.jdbi.SqlDialect;
import dev.trash.jdbi.TrashFlyway;
import dev.trash.jdbi.fixture.Schema;
import dev.trash.jdbi.fixture.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Trash's versioned files through Flyway beside a host's own {@code V1__} and {@code V2__}, on every database:
 * in a history table of their own, never colliding, and upgraded from a database that has only Trash's V1.
 * Runs on the Flyway of the build (13.x) and, in a second Surefire execution, on the 11.x that Spring Boot
 * 4.0.7 manages ({@code -Dtrash.flyway.expected} names the version each execution must see).
 */
class FlywayCoexistenceTest {

    @Test
    void runsOnTheFlywayVersionTheExecutionNames() throws IOException {
        String expected = System.getProperty("trash.flyway.expected");
        try (InputStream in = Flyway.class.getClassLoader().getResourceAsStream("org/flywaydb/core/internal/version.txt")) {
            String version = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            assertThat(version).isEqualTo(expected == null ? version : expected);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void trashsVersionsKeepAHistoryOfTheirOwnBesideTheHostsV1AndV2(TestDatabase database) {
        database.assumeEnabled();
        try (Schema schema = database.create()) {
            MigrationTarget target = new MigrationTarget(schema);
            SqlDialect dialect = database.dialect();
            FluentConfiguration host = target.flyway()
                    .locations("classpath:db/host/" + dialect.name().toLowerCase(Locale.ROOT));
            String url = target.url();
            String user = target.user();

            // tag::flyway[]
            // the host's own migrations first, as they always ran (flyway_schema_history, its own locations)
            host.load().migrate();
            // then Trash's, in a history of their own: trash_schema_history, classpath:db/trash/<database>
            // (dialect is SqlDialect.POSTGRESQL, MARIADB or H2)
            MigrateResult trash = TrashFlyway.configure(Flyway.configure().dataSource(url, user, ""), dialect)
                    .load().migrate();
            // end::flyway[]

            assertThat(trash.migrationsExecuted).isEqualTo(2);
            assertThat(MigrationTarget.applied(host)).containsExactly("1", "2");
            FluentConfiguration trashConfig = TrashFlyway.configure(target.flyway(), dialect);
            assertThat(MigrationTarget.applied(trashConfig)).containsExactly("0", "1", "2");
            assertThat(host.load().migrate().migrationsExecuted).isZero();
            assertThat(trashConfig.load().migrate().migrationsExecuted).isZero();
            host.load().validate();
            trashConfig.load().validate();
            assertThat(outboxLockRows(schema.jdbi())).isEqualTo(1);
            assertThat(target.indexesOf("trash_audit")).contains("trash_audit_occurred_idx");
        }
    }

    /** The recipe the docs gave before: Trash's folder among the host's locations, in the host's history. */
    @Test
    void trashsFolderAmongTheHostsOwnLocationsCollidesWithTheHostsV1() {
        try (Schema schema = TestDatabase.H2.create()) {
            MigrationTarget target = new MigrationTarget(schema);
            FluentConfiguration mixed = target.flyway().locations("classpath:db/host/h2", "classpath:db/trash/h2");

            assertThatThrownBy(() -> mixed.load().migrate()).isInstanceOf(FlywayException.class)
                    .hasMessageContaining("more than one migration with version 1");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aDatabaseAtTrashsV1IsUpgradedWithItsRowsKept(TestDatabase database) {
        database.assumeEnabled();
        try (Schema schema = database.create()) {
            MigrationTarget target = new MigrationTarget(schema);
            FluentConfiguration trash = TrashFlyway.configure(target.flyway(), database.dialect());
            assertThat(trash.target("1").load().migrate().migrationsExecuted).isEqualTo(1);
            assertThat(target.indexesOf("trash_outbox")).doesNotContain("trash_outbox_occurred_idx");
            SchemaRows.insertV1Rows(schema.jdbi());

            MigrateResult upgrade = TrashFlyway.configure(target.flyway(), database.dialect()).load().migrate();

            assertThat(upgrade.migrationsExecuted).isEqualTo(1);
            assertThat(SchemaRows.v1Rows(schema.jdbi())).isEqualTo(SchemaRows.EXPECTED_V1_ROWS);
            assertThat(target.indexesOf("trash_outbox")).contains("trash_outbox_occurred_idx");
            assertThat(target.indexesOf("trash_audit")).contains("trash_audit_occurred_idx");
        }
    }

    private static int outboxLockRows(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM trash_outbox_lock").mapTo(Integer.class).one());
    }
}

package dev.trash.jdbi;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Trash's tables through Flyway, beside the host's own migrations and never mixed with them: a second Flyway
 * over the same database, with a history table of its own ({@value #HISTORY_TABLE}) and the dialect's
 * location ({@code classpath:db/trash/<database>}), so Trash's {@code V1__} never meets the host's. Run it
 * after the host's Flyway. Flyway is an optional dependency of trash-jdbi: only a host that calls this class
 * needs it on the classpath (and, from Flyway 10, {@code flyway-database-postgresql} or {@code flyway-mysql}).
 */
public final class TrashFlyway {

    /** The table in which Flyway records which of Trash's versions it applied. */
    public static final String HISTORY_TABLE = "trash_schema_history";

    private TrashFlyway() {
    }

    /**
     * Points a Flyway configuration at Trash's versioned files and history table. The database already
     * holds the host's tables when this runs, so the history starts with a baseline at version 0, below
     * Trash's first version: Flyway then applies every version of Trash's, V1 included.
     *
     * @param config a configuration with the host's data source (and schema, if not the connection's default)
     * @param dialect the database
     * @return {@code config}, for chaining
     */
    public static FluentConfiguration configure(FluentConfiguration config, SqlDialect dialect) {
        return config.table(HISTORY_TABLE)
                .locations("classpath:" + dialect.schemaLocation())
                .baselineOnMigrate(true)
                .baselineVersion("0");
    }

    /**
     * Applies Trash's pending versions to the data source's database: {@link #configure} on a fresh
     * configuration, then migrate.
     *
     * @param dataSource the host's database
     * @param dialect its dialect
     * @return what Flyway did
     */
    public static MigrateResult migrate(DataSource dataSource, SqlDialect dialect) {
        return configure(Flyway.configure(TrashFlyway.class.getClassLoader()).dataSource(dataSource), dialect)
                .load().migrate();
    }
}

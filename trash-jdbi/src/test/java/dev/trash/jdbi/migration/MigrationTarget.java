package dev.trash.jdbi.migration;

import dev.trash.jdbi.fixture.Schema;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jdbi.v3.core.Handle;

/** A test schema as a migration tool reaches it (a JDBC URL), and what the tests read back from it. */
record MigrationTarget(Schema schema) {

    String url() {
        return switch (schema.database()) {
            case H2 -> "jdbc:h2:mem:" + schema.name() + ";DB_CLOSE_DELAY=-1";
            case POSTGRESQL -> "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema.name();
            case MARIADB -> "jdbc:mariadb://127.0.0.1:3306/" + schema.name();
        };
    }

    String user() {
        return switch (schema.database()) {
            case H2 -> "";
            case POSTGRESQL -> "postgres";
            case MARIADB -> "root";
        };
    }

    /** A Flyway configuration over this schema, as a host builds one. */
    FluentConfiguration flyway() {
        return Flyway.configure().dataSource(url(), user(), "");
    }

    /** The versions a Flyway configuration's history table records as applied ("0" for a baseline). */
    static List<String> applied(FluentConfiguration config) {
        return Arrays.stream(config.load().info().applied()).map(m -> m.getVersion().getVersion()).toList();
    }

    /** The names of a table's indexes, lower case. */
    Set<String> indexesOf(String table) {
        return schema.jdbi().withHandle(h -> indexes(h, table));
    }

    private static Set<String> indexes(Handle h, String table) {
        try {
            return indexes(h.getConnection(), table);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> indexes(Connection c, String table) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        String name = meta.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
        Set<String> names = new TreeSet<>();
        try (ResultSet rs = meta.getIndexInfo(c.getCatalog(), c.getSchema(), name, false, false)) {
            while (rs.next()) {
                if (rs.getString("INDEX_NAME") != null) {
                    names.add(rs.getString("INDEX_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return names;
    }
}

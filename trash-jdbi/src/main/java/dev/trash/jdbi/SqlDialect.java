package dev.trash.jdbi;

import dev.trash.jdbi.internal.Dialect;
import dev.trash.jdbi.internal.H2Dialect;
import dev.trash.jdbi.internal.MariaDbDialect;
import dev.trash.jdbi.internal.PostgresDialect;
import java.sql.SQLException;
import java.util.Locale;
import org.jdbi.v3.core.Jdbi;

/** The databases the adapter speaks. Pick one, or let {@link #detect(Jdbi)} read the connection metadata. */
public enum SqlDialect {

    /** H2 2.x, in its default (regular) mode. */
    H2(new H2Dialect()),
    /** PostgreSQL 12 or later. */
    POSTGRESQL(new PostgresDialect()),
    /** MariaDB 10.6 or later. */
    MARIADB(new MariaDbDialect());

    private final Dialect sql;

    SqlDialect(Dialect sql) {
        this.sql = sql;
    }

    /**
     * The dialect of the database behind {@code jdbi}, from {@code DatabaseMetaData.getDatabaseProductName()}.
     *
     * @param jdbi the database
     * @return its dialect
     * @throws IllegalArgumentException for a database the adapter does not support
     */
    public static SqlDialect detect(Jdbi jdbi) {
        String product = jdbi.withHandle(h -> {
            try {
                return h.getConnection().getMetaData().getDatabaseProductName();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the database product name", e);
            }
        });
        return fromProductName(product);
    }

    /**
     * The dialect of a JDBC product name such as {@code "PostgreSQL"}, {@code "H2"} or {@code "MariaDB"}.
     *
     * @param product the product name
     * @return its dialect
     * @throws IllegalArgumentException for a database the adapter does not support
     */
    public static SqlDialect fromProductName(String product) {
        String p = product == null ? "" : product.toLowerCase(Locale.ROOT);
        if (p.contains("postgres")) {
            return POSTGRESQL;
        }
        if (p.contains("mariadb") || p.contains("mysql")) {
            return MARIADB;
        }
        if (p.equals("h2")) {
            return H2;
        }
        throw new IllegalArgumentException("unsupported database '" + product + "': use H2, PostgreSQL or MariaDB");
    }

    /**
     * The dialect's SQL fragments; not part of the supported API.
     *
     * @return the implementation
     */
    public Dialect sql() {
        return sql;
    }

    /**
     * The classpath folder of this dialect's versioned schema files ({@code V1__...sql}, {@code V2__...sql}, ...),
     * as a Flyway location takes it after {@code classpath:}.
     *
     * @return {@code db/trash/h2}, {@code db/trash/postgresql} or {@code db/trash/mariadb}
     */
    public String schemaLocation() {
        return "db/trash/" + sql.folder();
    }
}

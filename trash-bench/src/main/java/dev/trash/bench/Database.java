package dev.trash.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * One benchmark database: H2 in memory, or a schema of its own ({@code bench_<random>}) in the PostgreSQL
 * server named by {@code -Dtrash.bench.pg.url} (default {@code jdbc:postgresql://127.0.0.1:5432/test}, user
 * {@code postgres}), dropped on {@link #close()}. Connections come from a HikariCP pool shared by every
 * approach, Hibernate included.
 */
public final class Database implements AutoCloseable {

    /** The databases benchmarked. */
    public enum Kind {
        H2, POSTGRESQL, MARIADB;

        /** The kind named by a JMH parameter, {@code h2}, {@code postgresql} or {@code mariadb}. */
        public static Kind of(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT));
        }
    }

    private final Kind kind;
    private final String schema;
    private final HikariDataSource dataSource;
    private final Jdbi jdbi;

    private Database(Kind kind, String schema, HikariDataSource dataSource) {
        this.kind = kind;
        this.schema = schema;
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource);
    }

    /** Opens a fresh, empty database of the given kind. */
    public static Database open(Kind kind) {
        String name = "bench_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffffffL);
        HikariConfig config = new HikariConfig();
        config.setMaximumPoolSize(4);
        config.setPoolName(name);
        if (kind == Kind.H2) {
            config.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
            config.setUsername("sa");
            config.setPassword("");
            return new Database(kind, null, new HikariDataSource(config));
        }
        if (kind == Kind.MARIADB) {
            // a MariaDB schema is a database; "||" concatenates, as the generators write it on every database
            String server = System.getProperty("trash.bench.mariadb.url", "jdbc:mariadb://127.0.0.1:3306/");
            String user = System.getProperty("trash.bench.mariadb.user", "root");
            String password = System.getProperty("trash.bench.mariadb.password", "");
            Jdbi.create(server + "test", user, password).useHandle(h -> h.execute("CREATE DATABASE " + name));
            config.setJdbcUrl(server + name);
            config.setUsername(user);
            config.setPassword(password);
            config.setConnectionInitSql("SET SESSION sql_mode = CONCAT(@@sql_mode, ',PIPES_AS_CONCAT')");
            return new Database(kind, name, new HikariDataSource(config));
        }
        String url = System.getProperty("trash.bench.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
        String user = System.getProperty("trash.bench.pg.user", "postgres");
        String password = System.getProperty("trash.bench.pg.password", "");
        Jdbi.create(url, user, password).useHandle(h -> h.execute("CREATE SCHEMA " + name));
        config.setJdbcUrl(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name);
        config.setUsername(user);
        config.setPassword(password);
        return new Database(kind, name, new HikariDataSource(config));
    }

    /** H2, PostgreSQL or MariaDB. */
    public Kind kind() {
        return kind;
    }

    /** The pool. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** JDBI over the pool. */
    public Jdbi jdbi() {
        return jdbi;
    }

    /** A table-valued series {@code s} with one BIGINT column {@code x}, from 1 to {@code n}. */
    public String series(long n) {
        return switch (kind) {
            case H2 -> "SYSTEM_RANGE(1, " + n + ") s";
            case POSTGRESQL -> "generate_series(1, " + n + ") AS s(x)";
            case MARIADB -> "(SELECT seq AS x FROM seq_1_to_" + n + ") s";
        };
    }

    /** Whole-number division of an integer expression by {@code n}; MariaDB's "/" gives a decimal. */
    public String div(String expression, long n) {
        return "((" + expression + ")" + (kind == Kind.MARIADB ? " DIV " : " / ") + n + ")";
    }

    /** Makes the next generated id of a table's identity column {@code next}. */
    public String restartIdentity(String table, long next) {
        return kind == Kind.MARIADB ? "ALTER TABLE " + table + " AUTO_INCREMENT = " + next
                : "ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next;
    }

    /** The type of an id column: a binary collation on the servers, that of Trash's own text columns. */
    public String idType() {
        return switch (kind) {
            case H2 -> "VARCHAR(255)";
            case POSTGRESQL -> "VARCHAR(255) COLLATE \"C\"";
            case MARIADB -> "VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin";
        };
    }

    /**
     * Reclaims dead rows and refreshes statistics between iterations (PostgreSQL), so that no iteration pays
     * for the previous one's updates; outside the measured time.
     */
    public void vacuum(String... tables) {
        if (kind == Kind.POSTGRESQL) {
            jdbi.useHandle(h -> {
                for (String t : tables) {
                    h.execute("VACUUM ANALYZE " + t);
                }
            });
        } else {
            jdbi.useHandle(h -> {
                for (String t : tables) {
                    h.execute("ANALYZE TABLE " + t);
                }
            });
        }
    }

    /** The server version, for the report. */
    public String version() {
        try {
            return jdbi.withHandle(h -> {
                var md = h.getConnection().getMetaData();
                return md.getDatabaseProductName() + " " + md.getDatabaseProductVersion();
            });
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            if (kind == Kind.H2) {
                jdbi.useHandle(h -> h.execute("DROP ALL OBJECTS"));
            } else if (kind == Kind.MARIADB) {
                jdbi.useHandle(h -> h.execute("DROP DATABASE " + schema));
            } else {
                jdbi.useHandle(h -> h.execute("DROP SCHEMA " + schema + " CASCADE"));
            }
        } finally {
            dataSource.close();
        }
    }
}

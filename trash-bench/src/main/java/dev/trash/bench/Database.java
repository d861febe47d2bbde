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
        H2, POSTGRESQL;

        /** The kind named by a JMH parameter, {@code h2} or {@code postgresql}. */
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
        String url = System.getProperty("trash.bench.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
        String user = System.getProperty("trash.bench.pg.user", "postgres");
        String password = System.getProperty("trash.bench.pg.password", "");
        Jdbi.create(url, user, password).useHandle(h -> h.execute("CREATE SCHEMA " + name));
        config.setJdbcUrl(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name);
        config.setUsername(user);
        config.setPassword(password);
        return new Database(kind, name, new HikariDataSource(config));
    }

    /** H2 or PostgreSQL. */
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
        return kind == Kind.H2 ? "SYSTEM_RANGE(1, " + n + ") s" : "generate_series(1, " + n + ") AS s(x)";
    }

    /** The type of an id column: a binary collation on PostgreSQL, as the adapter recommends. */
    public String idType() {
        return kind == Kind.H2 ? "VARCHAR(255)" : "VARCHAR(255) COLLATE \"C\"";
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
            } else {
                jdbi.useHandle(h -> h.execute("DROP SCHEMA " + schema + " CASCADE"));
            }
        } finally {
            dataSource.close();
        }
    }
}

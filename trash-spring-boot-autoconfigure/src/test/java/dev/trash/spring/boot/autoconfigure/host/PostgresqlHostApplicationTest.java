package dev.trash.spring.boot.autoconfigure.host;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The host service on PostgreSQL (127.0.0.1:5432, database test), in a schema of its own. */
class PostgresqlHostApplicationTest extends HostApplicationBehaviour {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final String SCHEMA = "trash_boot_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @BeforeAll
    static void onlyWhenPostgresqlIsInTheMatrix() {
        TestDatabases.assumeEnabled("postgresql");
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        if (!TestDatabases.enabled("postgresql")) {
            return;
        }
        execute("CREATE SCHEMA " + SCHEMA);
        registry.add("spring.datasource.url", () -> SERVER + "?currentSchema=" + SCHEMA);
        registry.add("spring.datasource.username", () -> "postgres");
    }

    @AfterAll
    static void dropSchema() {
        if (TestDatabases.enabled("postgresql")) {
            execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(SERVER, "postgres", "")) {
            c.createStatement().execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}

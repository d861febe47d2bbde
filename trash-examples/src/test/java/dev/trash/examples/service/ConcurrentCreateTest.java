package dev.trash.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trash.PurgePolicy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Creates that race for one id or one name: each answer is 201 or 409, never 500, and exactly one wins. On the
 * default H2 file database and, in the database matrix ({@code -Dtrash.test.databases=postgresql,mariadb}),
 * PostgreSQL and MariaDB, each in a schema of its own.
 */
class ConcurrentCreateTest {

    private static final int CLIENTS = 16;
    private static final int ROUNDS = 2;

    @TempDir
    Path dir;
    private String dropAfter;

    @AfterEach
    void dropSchema() throws SQLException {
        if (dropAfter != null) {
            try (Connection connection = DriverManager.getConnection(dropAfter.split(" ", 2)[0])) {
                connection.createStatement().execute(dropAfter.split(" ", 2)[1]);
            }
        }
    }

    static Stream<String> databases() {
        return Stream.of(System.getProperty("trash.test.databases", "h2").split(","))
                .map(String::strip).filter(d -> d.equals("h2") || d.equals("postgresql") || d.equals("mariadb"));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void sameIdOrSameNameIsOne201AndTheRest409(String database) throws Exception {
        try (ServiceFixture api = new ServiceFixture(dir, url(database), null, PurgePolicy.ALLOWED)) {
            api.create("project", "p1", "Road signs", 1, null);
            for (int r = 0; r < ROUNDS; r++) {
                String id = "m" + r;
                Map<Integer, Long> sameId = race(i -> api.post("/api/demo/model",
                        "{\"id\":\"" + id + "\",\"name\":\"model " + id + "-" + i + "\",\"parent\":\"p1\"}").status());
                assertThat(sameId).as("same id, " + database).containsOnlyKeys(201, 409).containsEntry(201, 1L);

                String name = "shared name " + r;
                String prefix = "n" + r + "-";
                Map<Integer, Long> sameName = race(i -> api.post("/api/demo/project",
                        "{\"id\":\"" + prefix + i + "\",\"name\":\"" + name + "\"}").status());
                assertThat(sameName).as("same name, " + database).containsOnlyKeys(201, 409).containsEntry(201, 1L);
            }
        }
    }

    private static Map<Integer, Long> race(Function<Integer, Integer> create) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                int client = i;
                Callable<Integer> call = () -> {
                    go.await();
                    return create.apply(client);
                };
                answers.add(pool.submit(call));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses.stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        } finally {
            pool.shutdownNow();
        }
    }

    private String url(String database) throws SQLException {
        if (database.equals("h2")) {
            return "jdbc:h2:file:" + dir.resolve("db/trash").toAbsolutePath();
        }
        String schema = "svc_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        if (database.equals("mariadb")) {
            try (Connection connection = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/test?user=root")) {
                connection.createStatement().execute("CREATE DATABASE " + schema);
            }
            dropAfter = "jdbc:mariadb://127.0.0.1:3306/test?user=root DROP DATABASE " + schema;
            return "jdbc:mariadb://127.0.0.1:3306/" + schema + "?user=root";
        }
        String server = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
        try (Connection connection = DriverManager.getConnection(server)) {
            connection.createStatement().execute("CREATE SCHEMA " + schema);
        }
        dropAfter = server + " DROP SCHEMA " + schema + " CASCADE";
        return server + "&currentSchema=" + schema;
    }
}

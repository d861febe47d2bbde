package dev.trash.jdbi.process;

import static dev.trash.testkit.TrashFixture.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trash.ItemRef;
import dev.trash.Resource;
import dev.trash.SettableClock;
import dev.trash.Trash;
import dev.trash.jdbi.fixture.JdbiStore;
import dev.trash.jdbi.fixture.Schema;
import dev.trash.jdbi.fixture.TestDatabase;
import dev.trash.testkit.ContractTypes;
import java.io.File;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Sweepers in separate JVMs on one PostgreSQL or MariaDB database: together they purge every due entry
 * exactly once and deliver its event; killed at random moments, they leave a state the next sweep completes,
 * with no half-purged subtree, no orphan, no lost event and nothing purged early.
 */
class SeveralProcessesTest {

    private static final Instant NOW = Instant.now();

    @ParameterizedTest
    @EnumSource(value = TestDatabase.class, names = {"POSTGRESQL", "MARIADB"})
    void twoProcessesAndTwoThreadsPurgeEveryDueEntryExactlyOnce(TestDatabase database) throws Exception {
        database.assumeEnabled();
        try (JdbiStore store = new JdbiStore(database)) {
            Schema schema = store.schema();
            store.newRepository(ContractTypes.catalogue());
            List<Long> due = trashRoots(schema, database, 0, 40, NOW.minus(Duration.ofDays(31)));
            List<Long> notDue = trashRoots(schema, database, 1000, 5, NOW);

            List<Process> children = List.of(child(database, schema, 3), child(database, schema, 3));
            ExecutorService threads = Executors.newFixedThreadPool(2);
            List<Future<?>> inProcess = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                inProcess.add(threads.submit(() -> SweeperNode.main(new String[] {database.dialect().name(),
                        url(database, schema), "3"})));
            }
            for (Future<?> f : inProcess) {
                f.get(3, TimeUnit.MINUTES);
            }
            threads.shutdown();
            for (Process child : children) {
                assertThat(child.waitFor(3, TimeUnit.MINUTES)).isTrue();
                assertThat(child.exitValue()).isZero();
            }
            SweeperNode.trash(schema.jdbi(), database.dialect(), Clock.systemUTC(), 3).dispatcher().dispatch();

            assertThat(remainingEntries(schema.jdbi())).containsExactlyInAnyOrderElementsOf(notDue);
            assertThat(purgedAuditLines(schema.jdbi())).containsExactlyInAnyOrderElementsOf(due);
            assertThat(deliveries(schema.jdbi())).containsOnlyKeys(due.toArray(Long[]::new))
                    .allSatisfy((entry, times) -> assertThat(times).as("deliveries of entry " + entry).isEqualTo(1));
            assertThat(orphans(schema.jdbi())).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.class, names = {"POSTGRESQL", "MARIADB"})
    void sweepersKilledAtRandomMomentsLeaveAStateTheNextSweepCompletes(TestDatabase database) throws Exception {
        database.assumeEnabled();
        Random random = new Random(Long.getLong("trash.crash.seed", System.nanoTime()));
        try (JdbiStore store = new JdbiStore(database)) {
            Schema schema = store.schema();
            store.newRepository(ContractTypes.catalogue());
            List<Long> notDue = trashRoots(schema, database, 10_000, 3, NOW);
            List<Long> due = new ArrayList<>();
            for (int round = 0; round < 8; round++) {
                due.addAll(trashRoots(schema, database, round * 100, 12, NOW.minus(Duration.ofDays(31))));
                Process child = child(database, schema, 2);
                Thread.sleep(300 + random.nextInt(900)); // a JVM takes about a second to start sweeping
                child.destroyForcibly().waitFor();
                assertThat(orphans(schema.jdbi())).as("orphans after kill " + round).isZero();
            }
            // later, with every lease run out and every backoff passed: the next sweep takes over
            SettableClock later = SettableClock.at(Instant.now().plus(Duration.ofMinutes(10)));
            Trash recovery = SweeperNode.trash(schema.jdbi(), database.dialect(), later, 5);
            recovery.sweeper().sweep();
            for (int i = 0; i < 12; i++) {
                later.advance(Duration.ofHours(1));
                recovery.dispatcher().dispatch();
            }

            assertThat(remainingEntries(schema.jdbi())).containsExactlyInAnyOrderElementsOf(notDue);
            assertThat(purgedAuditLines(schema.jdbi())).containsExactlyInAnyOrderElementsOf(due);
            assertThat(deliveries(schema.jdbi()).keySet()).containsExactlyInAnyOrderElementsOf(due);
            assertThat(orphans(schema.jdbi())).isZero();
            assertThat(markedRowsWithoutEntry(schema.jdbi())).isZero();
        }
    }

    /** Projects with three models each, trashed at {@code at}; returns the entry ids. */
    private static List<Long> trashRoots(Schema schema, TestDatabase database, int from, int count, Instant at) {
        Trash trash = SweeperNode.trash(schema.jdbi(), database.dialect(), SettableClock.at(at), 10);
        List<Long> entries = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            trash.create(ALICE, Resource.of(ContractTypes.PROJECT, "p" + i, "p" + i, 10));
            for (int m = 0; m < 3; m++) {
                trash.create(ALICE, Resource.owned(ContractTypes.MODEL, "m" + i + "-" + m, "m" + m, 5, "p" + i));
            }
            entries.add(trash.moveToTrash(ALICE, ItemRef.of(ContractTypes.PROJECT, "p" + i)).entry().id());
        }
        return entries;
    }

    private static Process child(TestDatabase database, Schema schema, int batchSize) throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", SweeperNode.class.getName(),
                database.dialect().name(), url(database, schema), String.valueOf(batchSize))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static String url(TestDatabase database, Schema schema) {
        return switch (database) {
            case POSTGRESQL -> "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema.name() + "&user=postgres";
            case MARIADB -> "jdbc:mariadb://127.0.0.1:3306/" + schema.name() + "?user=root";
            case H2 -> throw new IllegalArgumentException("an in-memory H2 cannot be shared between processes");
        };
    }

    private static List<Long> remainingEntries(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM trash_entry").mapTo(Long.class).list());
    }

    private static List<Long> purgedAuditLines(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery("SELECT entry_id FROM trash_audit WHERE operation = 'PURGED'")
                .mapTo(Long.class).list());
    }

    private static Map<Long, Long> deliveries(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery("SELECT message FROM host_log").mapTo(String.class).list())
                .stream().map(m -> Long.parseLong(m.substring("PURGED ".length())))
                .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
    }

    private static long orphans(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM models m WHERE m.project_id IS NOT NULL "
                + "AND NOT EXISTS (SELECT 1 FROM projects p WHERE p.workspace_id = m.workspace_id "
                + "AND p.id = m.project_id)").mapTo(Long.class).one());
    }

    private static long markedRowsWithoutEntry(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery("SELECT (SELECT COUNT(*) FROM projects x WHERE x.trash_entry_id "
                + "IS NOT NULL AND NOT EXISTS (SELECT 1 FROM trash_entry e WHERE e.id = x.trash_entry_id)) + (SELECT "
                + "COUNT(*) FROM models x WHERE x.trash_entry_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "
                + "trash_entry e WHERE e.id = x.trash_entry_id))").mapTo(Long.class).one());
    }
}

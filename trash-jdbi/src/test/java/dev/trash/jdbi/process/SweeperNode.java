package dev.trash.jdbi.process;

import dev.trash.Trash;
import dev.trash.TrashEvent;
import dev.trash.jdbi.JdbiTrashRepository;
import dev.trash.jdbi.SqlDialect;
import dev.trash.jdbi.TableMapping;
import dev.trash.jdbi.fixture.HostTables;
import dev.trash.testkit.ContractTypes;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;

/**
 * A service instance as the multi-process tests run it, in the test JVM or in a child JVM: a Trash over
 * the shared database whose purge listener records each PURGED event it receives in {@code host_log}.
 */
public final class SweeperNode {

    /** The listener's name: the same in every process, as in a real deployment. */
    static final String LISTENER = "blob-cleaner";

    private SweeperNode() {
    }

    /** A Trash over {@code jdbi} with the recording listener. */
    public static Trash trash(Jdbi jdbi, SqlDialect dialect, Clock clock, int batchSize) {
        JdbiTrashRepository repository = JdbiTrashRepository.builder(jdbi, ContractTypes.catalogue())
                .dialect(dialect)
                .map(HostTables.mappings().toArray(new TableMapping[0]))
                .links(HostTables.datasetImages())
                .build();
        return Trash.builder()
                .catalogue(ContractTypes.catalogue())
                .repository(repository)
                .clock(clock)
                .sweepBatchSize(batchSize)
                .listener(LISTENER, event -> {
                    if (event.kind() == TrashEvent.Kind.PURGED) {
                        jdbi.useHandle(h -> h.createUpdate("INSERT INTO host_log (workspace_id, message) "
                                        + "VALUES (:tenant, :message)")
                                .bind("tenant", event.tenant()).bind("message", "PURGED " + event.entryId())
                                .execute());
                    }
                })
                .build();
    }

    /**
     * Child JVM entry point: {@code <dialect> <jdbc-url> <batch-size>}. Sweeps and dispatches until two
     * sweeps in a row find nothing, then exits 0; a test may kill it at any moment.
     */
    public static void main(String[] args) {
        SqlDialect dialect = SqlDialect.valueOf(args[0]);
        Trash trash = trash(Jdbi.create(args[1]), dialect, Clock.systemUTC(), Integer.parseInt(args[2]));
        int idle = 0;
        while (idle < 2) {
            idle = trash.sweeper().sweep().rootsPurged() == 0 ? idle + 1 : 0;
            trash.dispatcher().dispatch();
        }
    }
}

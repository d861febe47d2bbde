package dev.trash.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trash.SettableClock;
import dev.trash.SweepReport;
import dev.trash.Trash;
import dev.trash.jdbi.fixture.JdbiStore;
import dev.trash.testkit.ContractTypes;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.junit.jupiter.api.Test;

/**
 * A sweep at the builder's largest batch, 10,000 entries over five root types: every statement of the batch
 * stays within the drivers' limits (PostgreSQL binds at most 65,535 parameters). The entries are written
 * straight into the tables, as 10,000 moves to Trash would leave them, to keep the test short.
 */
abstract class LargeSweepBehaviour {

    private static final int PER_TYPE = 2_000;
    private static final Instant TRASHED_AT = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant DUE_AT = Instant.parse("2026-01-31T00:00:00Z");

    /** The store of the subclass's database. */
    protected abstract JdbiStore store();

    @Test
    void aSweepPurgesTenThousandDueEntriesOfFiveTypesInOneBatch() {
        var repository = store().newRepository(ContractTypes.catalogue());
        Jdbi jdbi = store().schema().jdbi();
        List<String> types = List.of(ContractTypes.PROJECT, ContractTypes.FOLDER, ContractTypes.DATASET,
                ContractTypes.IMAGE, ContractTypes.WORKFLOW);
        List<String> tables = List.of("projects", "folders", "datasets", "images", "workflows");
        jdbi.useTransaction(h -> {
            for (int k = 0; k < types.size(); k++) {
                PreparedBatch rows = h.prepareBatch("INSERT INTO " + tables.get(k) + " (workspace_id, id, name, "
                        + "size_bytes, trash_entry_id) VALUES ('ws1', :id, :id, 1, :entry)");
                PreparedBatch entries = h.prepareBatch("INSERT INTO trash_entry (id, tenant, root_type, root_id, "
                        + "root_name, deleted_at, deleted_by, scheduled_cleanup_at, size_bytes, cascaded_count, "
                        + "delete_exclusive_assets, status) VALUES (:entry, 'ws1', :type, :id, :id, :at, 'loader', :due, "
                        + "1, 0, FALSE, 'TRASHED')");
                for (int i = 0; i < PER_TYPE; i++) {
                    long entry = (long) k * PER_TYPE + i + 1;
                    String id = types.get(k).charAt(0) + String.valueOf(i);
                    rows.bind("id", id).bind("entry", entry).add();
                    entries.bind("entry", entry).bind("type", types.get(k)).bind("id", id)
                            .bind("at", TRASHED_AT.toEpochMilli()).bind("due", DUE_AT.toEpochMilli()).add();
                }
                rows.execute();
                entries.execute();
            }
        });
        Trash trash = Trash.builder().catalogue(ContractTypes.catalogue()).repository(repository)
                .clock(SettableClock.at(DUE_AT)).dispatchAfterCommit(false).sweepBatchSize(10_000).build();

        SweepReport report = trash.sweeper().sweep();

        assertThat(report.rootsPurged()).isEqualTo(5L * PER_TYPE);
        assertThat(report.itemsPurged()).isEqualTo(5L * PER_TYPE);
        assertThat(report.bytesFreed()).isEqualTo(5L * PER_TYPE);
        long left = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM trash_entry").mapTo(Long.class).one());
        assertThat(left).isZero();
    }
}

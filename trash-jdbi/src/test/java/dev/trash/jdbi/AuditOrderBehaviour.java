package dev.trash.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trash.Actor;
import dev.trash.AuditRecord;
import dev.trash.ItemRef;
import dev.trash.Resource;
import dev.trash.SettableClock;
import dev.trash.Trash;
import dev.trash.TrashEvent;
import dev.trash.jdbi.fixture.JdbiStore;
import dev.trash.spi.TrashRepository;
import dev.trash.testkit.ContractTypes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * Audit sequences become visible in increasing order, like the outbox's: a reader paging by
 * {@code afterSequence} never skips a line that commits late. One transaction writes an audit line and
 * pauses; another trashes an item meanwhile.
 */
abstract class AuditOrderBehaviour {

    private static final Actor ALICE = Actor.of("ws1", "alice");
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    /** The store of the subclass's database. */
    protected abstract JdbiStore store();

    @Test
    void aReaderPagingByAfterSequenceSeesEveryAuditLine() throws Exception {
        TrashRepository repository = store().newRepository(ContractTypes.catalogue());
        Trash trash = Trash.builder().catalogue(ContractTypes.catalogue()).repository(repository)
                .clock(SettableClock.at(NOW)).dispatchAfterCommit(false).build();
        ItemRef w1 = trash.create(ALICE, Resource.of(ContractTypes.WORKFLOW, "w1", "w1", 1)).ref();
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> slow = threads.submit(() -> repository.inTransaction(tx -> {
                tx.appendAudit(new AuditRecord(0, TrashEvent.Kind.TRASHED, "ws1", "slow", 99,
                        ItemRef.of(ContractTypes.WORKFLOW, "w0"), 1, 1, NOW, 0, 0));
                tx.audit("ws1", 0, 1); // a read of the trail inside the transaction writes the line now
                written.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }));
            written.await();
            Future<?> fast = threads.submit(() -> trash.moveToTrash(ALICE, w1));
            try {
                fast.get(300, TimeUnit.MILLISECONDS);
            } catch (TimeoutException waitingForTheSlowOne) {
                // what the fix does: the second writer waits for the first to commit
            }
            List<AuditRecord> read = new ArrayList<>(trash.audit(ALICE, 0, 100));
            long after = read.isEmpty() ? 0 : read.get(read.size() - 1).sequence();
            release.countDown();
            slow.get();
            fast.get();
            read.addAll(trash.audit(ALICE, after, 100));

            assertThat(read).extracting(AuditRecord::actor).containsExactly("slow", "alice");
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
    }
}

package dev.trash.jdbi;

import static dev.trash.testkit.ContractTypes.PROJECT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trash.Actor;
import dev.trash.ItemRef;
import dev.trash.Resource;
import dev.trash.SettableClock;
import dev.trash.Trash;
import dev.trash.TrashQuery;
import dev.trash.jdbi.fixture.JdbiStore;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.Test;

/**
 * What Trash's reads cost: each is its own queries in auto-commit, with no transaction around them. A
 * transaction's BEGIN, COMMIT and JDBI's isolation checks (six {@code SHOW TRANSACTION ISOLATION LEVEL} on
 * PostgreSQL) made a page of the Trash nine round trips where its query is one.
 */
abstract class ReadStatementsBehaviour {

    /** For each statement sent, whether its connection was in auto-commit. */
    private final List<Boolean> autoCommit = new CopyOnWriteArrayList<>();

    /** The store of the subclass's database. */
    protected abstract JdbiStore store();

    @Test
    void aPageOfTheTrashIsOneQueryOutsideATransactionAndSoAreTheOtherReads() {
        Trash trash = store().newTrash(SettableClock.at(Instant.parse("2026-02-01T00:00:00Z")));
        Actor actor = Actor.of("reads", "reader");
        for (int i = 0; i < 3; i++) {
            ItemRef project = ItemRef.of(PROJECT, "p" + i);
            trash.create(actor, new Resource(project, "p" + i, 10, null));
            trash.moveToTrash(actor, project);
        }
        store().schema().jdbi().setSqlLogger(new SqlLogger() {
            @Override
            public void logAfterExecution(StatementContext context) {
                try {
                    autoCommit.add(context.getConnection().getAutoCommit());
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
        });

        assertThat(trash.list(actor, new TrashQuery(null, null, 2)).rows()).hasSize(2);
        assertThat(autoCommit).as("statements of a page, in auto-commit or not").containsExactly(true);

        autoCommit.clear();
        assertThat(trash.count(actor, null)).isEqualTo(3);
        assertThat(trash.find(actor, ItemRef.of(PROJECT, "p1"))).isPresent();
        assertThat(trash.audit(actor, 0, 10)).isNotEmpty();
        trash.storageUsage(actor);
        assertThat(autoCommit).isNotEmpty().containsOnly(true);
    }
}

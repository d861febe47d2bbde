package dev.trash.jdbi;

import static dev.trash.testkit.ContractTypes.DATASET;
import static dev.trash.testkit.ContractTypes.FOLDER;
import static dev.trash.testkit.ContractTypes.IMAGE;
import static dev.trash.testkit.ContractTypes.MODEL;
import static dev.trash.testkit.ContractTypes.PROJECT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trash.Actor;
import dev.trash.InvalidRequestException;
import dev.trash.ItemNotFoundException;
import dev.trash.ItemRef;
import dev.trash.NotInTrashException;
import dev.trash.PurgeResult;
import dev.trash.Resource;
import dev.trash.SettableClock;
import dev.trash.Trash;
import dev.trash.TrashOptions;
import dev.trash.TrashResult;
import dev.trash.jdbi.fixture.JdbiStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The adapter on host keys of other types than text, with the keys as the database makes them: identity
 * values the host's own INSERT generates, UUIDs. One subclass per database, on
 * {@link dev.trash.jdbi.fixture.keyed.KeyedHostTables#withRawKeys()}.
 */
abstract class KeyTypesBehaviour {

    static final Actor ALICE = Actor.of("ws1", "alice");
    static final Actor BOB = Actor.of("ws2", "bob");

    SettableClock clock;
    Trash trash;
    Jdbi jdbi;

    /** The store of the subclass's database, on the keyed schema with raw keys. */
    protected abstract JdbiStore store();

    @BeforeEach
    void freshRepository() {
        clock = SettableClock.at(Instant.parse("2026-03-01T10:15:30.123Z"));
        trash = store().newTrash(clock);
        jdbi = store().schema().jdbi();
    }

    /** A row the host inserts itself: the database generates its key. */
    long hostInserts(String table, String columns, Object... values) {
        String params = String.join(", ", java.util.Collections.nCopies(values.length, "?"));
        return jdbi.withHandle(h -> {
            var update = h.createUpdate("INSERT INTO " + table + " (" + columns + ") VALUES (" + params + ")");
            for (int i = 0; i < values.length; i++) {
                update.bind(i, values[i]);
            }
            return update.executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        });
    }

    long rows(String table) {
        return store().rows(table);
    }

    @Test
    void identityKeysGeneratedByTheHostCascadeRestoreAndPurge() {
        // tag::typed-keys[]
        long project = hostInserts("projects", "workspace_id, name, size_bytes", "ws1", "Roads", 5);
        long model = hostInserts("models", "project_id, name, size_bytes", project, "detector", 7);

        TrashResult trashed = trash.moveToTrash(ALICE, ItemRef.of(PROJECT, Long.toString(project)));
        // end::typed-keys[]
        assertThat(trashed.entry().cascadedCount()).isEqualTo(1);
        assertThat(trashed.entry().sizeBytes()).isEqualTo(12);
        assertThat(trash.isVisible(ALICE, ItemRef.of(MODEL, Long.toString(model)))).isFalse();

        trash.restore(ALICE, ItemRef.of(PROJECT, Long.toString(project)));
        assertThat(trash.isVisible(ALICE, ItemRef.of(MODEL, Long.toString(model)))).isTrue();

        trash.moveToTrash(ALICE, ItemRef.of(PROJECT, Long.toString(project)));
        PurgeResult purged = trash.purge(ALICE, ItemRef.of(PROJECT, Long.toString(project)));
        assertThat(purged.itemCount()).isEqualTo(2);
        assertThat(rows("models")).isZero();
    }

    @Test
    void aModelWithoutATenantColumnIsInItsProjectsTenantAndNoOtherOne() {
        long project = hostInserts("projects", "workspace_id, name", "ws1", "Roads");
        ItemRef model = ItemRef.of(MODEL, Long.toString(hostInserts("models", "project_id, name", project, "detector")));
        ItemRef projectRef = ItemRef.of(PROJECT, Long.toString(project));

        assertThat(trash.find(BOB, model)).isEmpty();
        assertThatThrownBy(() -> trash.moveToTrash(BOB, model)).isInstanceOf(ItemNotFoundException.class);
        assertThatThrownBy(() -> trash.create(BOB, Resource.owned(MODEL, "12345", "theirs", 1, projectRef.id())))
                .isInstanceOf(ItemNotFoundException.class);
        trash.moveToTrash(ALICE, model);
        assertThatThrownBy(() -> trash.restore(BOB, model)).isInstanceOf(NotInTrashException.class);
        assertThatThrownBy(() -> trash.purge(BOB, model)).isInstanceOf(NotInTrashException.class);
        assertThat(trash.storageUsage(BOB).byType()).isEmpty();

        trash.restore(ALICE, model);
        trash.moveToTrash(ALICE, projectRef);
        assertThat(trash.find(ALICE, model)).get().satisfies(item -> assertThat(item.isActive()).isFalse());
        assertThat(trash.purge(ALICE, projectRef).itemCount()).isEqualTo(2);
        assertThat(rows("models")).isZero();
    }

    @Test
    void aKeyIsFoundInAnyWritingOfItsValueAndReportedInTheDatabasesForm() {
        long project = hostInserts("projects", "workspace_id, name", "ws1", "Roads");

        // tag::canonical-keys[]
        TrashResult trashed = trash.moveToTrash(ALICE, ItemRef.of(PROJECT, "00" + project));

        assertThat(trashed.entry().root()).isEqualTo(ItemRef.of(PROJECT, Long.toString(project)));
        // end::canonical-keys[]
        assertThat(trash.find(ALICE, ItemRef.of(PROJECT, "+" + project))).get()
                .satisfies(item -> assertThat(item.ref().id()).isEqualTo(Long.toString(project)));
        String dataset = UUID.randomUUID().toString();
        trash.create(ALICE, Resource.of(DATASET, dataset.toUpperCase(Locale.ROOT), "Signs", 1));
        assertThat(trash.moveToTrash(ALICE, ItemRef.of(DATASET, dataset.toUpperCase(Locale.ROOT))).entry().root())
                .isEqualTo(ItemRef.of(DATASET, dataset));
    }

    @Test
    void anIdThatCannotBeAKeyOfTheColumnFindsNothingAndIsRefusedOnCreate() {
        hostInserts("projects", "workspace_id, name", "ws1", "Roads");

        assertThatThrownBy(() -> trash.moveToTrash(ALICE, ItemRef.of(PROJECT, "p1")))
                .isInstanceOf(ItemNotFoundException.class);
        assertThatThrownBy(() -> trash.moveToTrash(ALICE, ItemRef.of(IMAGE, "not-a-uuid")))
                .isInstanceOf(ItemNotFoundException.class);
        assertThatThrownBy(() -> trash.restore(ALICE, ItemRef.of(PROJECT, "99999999999999999999")))
                .isInstanceOf(NotInTrashException.class);
        assertThatThrownBy(() -> trash.create(ALICE, Resource.of(PROJECT, "p1", "Roads", 1)))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("p1")
                .hasMessageContaining("projects.id");
    }

    @Test
    void aFolderTreeUnderASelfReferencingForeignKeyIsPurgedAndSwept() {
        // each parent sorts before its child, so a DELETE in key order meets the parent first
        trash.create(ALICE, Resource.of(FOLDER, "a", "top", 1));
        trash.create(ALICE, Resource.owned(FOLDER, "b", "middle", 1, "a"));
        trash.create(ALICE, Resource.owned(FOLDER, "c", "bottom", 1, "b"));
        trash.create(ALICE, Resource.of(FOLDER, "x", "other", 1));
        trash.create(ALICE, Resource.owned(FOLDER, "y", "below other", 1, "x"));
        trash.moveToTrash(ALICE, ItemRef.of(FOLDER, "a"));
        trash.moveToTrash(ALICE, ItemRef.of(FOLDER, "x"), TrashOptions.defaults());

        assertThat(trash.purge(ALICE, ItemRef.of(FOLDER, "a")).itemCount()).isEqualTo(3);
        clock.advance(Duration.ofDays(400));
        trash.sweeper().sweep();
        assertThat(rows("folders")).isZero();
    }
}

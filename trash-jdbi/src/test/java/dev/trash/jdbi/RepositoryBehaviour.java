package dev.trash.jdbi;

import static dev.trash.testkit.ContractTypes.DATASET;
import static dev.trash.testkit.ContractTypes.FOLDER;
import static dev.trash.testkit.ContractTypes.IMAGE;
import static dev.trash.testkit.ContractTypes.MODEL;
import static dev.trash.testkit.ContractTypes.PROJECT;
import static dev.trash.testkit.ContractTypes.VERSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trash.Actor;
import dev.trash.ItemRef;
import dev.trash.NotTrashRootException;
import dev.trash.ParentInTrashException;
import dev.trash.PurgeResult;
import dev.trash.PurgedItem;
import dev.trash.Resource;
import dev.trash.RestoreConflictException;
import dev.trash.RestoreOptions;
import dev.trash.SettableClock;
import dev.trash.StorageUsage;
import dev.trash.Trash;
import dev.trash.TrashEvent;
import dev.trash.TrashItem;
import dev.trash.TrashOptions;
import dev.trash.TrashPage;
import dev.trash.TrashQuery;
import dev.trash.TrashResult;
import dev.trash.jdbi.fixture.JdbiStore;
import dev.trash.spi.TrashRepository;
import dev.trash.testkit.ContractTypes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The adapter driven through the public {@link Trash} API; one subclass per database. */
abstract class RepositoryBehaviour {

    static final Actor ALICE = Actor.of("ws1", "alice");
    static final Actor BOB = Actor.of("ws2", "bob");

    TrashRepository repository;
    SettableClock clock;
    Trash trash;

    /** The store of the subclass's database. */
    protected abstract JdbiStore store();

    @BeforeEach
    void freshRepository() {
        repository = store().newRepository(ContractTypes.catalogue());
        clock = SettableClock.at(Instant.parse("2026-03-01T10:15:30.123Z"));
        // dispatch on demand: with no listener, delivered tombstones would be dropped at once
        trash = Trash.builder().catalogue(ContractTypes.catalogue()).repository(repository).clock(clock)
                .dispatchAfterCommit(false).build();
    }

    static ItemRef ref(String type, String id) {
        return ItemRef.of(type, id);
    }

    void projectWithChildren() {
        trash.create(ALICE, Resource.of(PROJECT, "p1", "Project", 1));
        trash.create(ALICE, Resource.owned(MODEL, "m1", "alpha", 10, "p1"));
        trash.create(ALICE, Resource.owned(MODEL, "m2", "beta", 20, "p1"));
        trash.create(ALICE, Resource.owned(VERSION, "v1", "v1", 100, "p1"));
    }

    @Test
    void trashCascadesAndRestoreBringsBackExactlyTheCascade() {
        projectWithChildren();
        TrashResult result = trash.moveToTrash(ALICE, ref(PROJECT, "p1"));

        assertThat(result.entry().cascadedCount()).isEqualTo(3);
        assertThat(result.entry().sizeBytes()).isEqualTo(131);
        assertThat(trash.isVisible(ALICE, ref(MODEL, "m2"))).isFalse();
        assertThat(trash.entryItems("ws1", result.entry().id(), null, 10)).extracting(TrashItem::ref)
                .containsExactly(ref(MODEL, "m1"), ref(MODEL, "m2"), ref(PROJECT, "p1"), ref(VERSION, "v1"));
        assertThat(trash.entryItems("ws1", result.entry().id(), ref(MODEL, "m2"), 2)).extracting(TrashItem::ref)
                .containsExactly(ref(PROJECT, "p1"), ref(VERSION, "v1"));
        StorageUsage usage = trash.storageUsage(ALICE);
        assertThat(usage.trashedBytes()).isEqualTo(131);
        assertThat(usage.byType().get(MODEL)).isEqualTo(new StorageUsage.TypeUsage(0, 0, 2, 30));

        assertThat(trash.restore(ALICE, ref(PROJECT, "p1")).itemCount()).isEqualTo(4);
        assertThat(trash.isVisible(ALICE, ref(VERSION, "v1"))).isTrue();
        assertThat(trash.count(ALICE, null)).isZero();
        assertThat(trash.audit(ALICE, 0, 10)).extracting(a -> a.operation())
                .containsExactly(TrashEvent.Kind.TRASHED, TrashEvent.Kind.RESTORED);
    }

    @Test
    void anItemTrashedOnItsOwnStaysInTrashWhenItsParentIsRestored() {
        projectWithChildren();
        trash.moveToTrash(ALICE, ref(MODEL, "m1"));
        clock.advance(Duration.ofMinutes(1));
        assertThat(trash.moveToTrash(ALICE, ref(PROJECT, "p1")).entry().cascadedCount()).isEqualTo(2);
        assertThat(trash.count(ALICE, null)).isEqualTo(2);

        trash.restore(ALICE, ref(PROJECT, "p1"));
        assertThat(trash.isVisible(ALICE, ref(MODEL, "m1"))).isFalse();
        assertThat(trash.isVisible(ALICE, ref(MODEL, "m2"))).isTrue();
    }

    @Test
    void purgeRemovesNestedEntriesFirstAndKeepsTombstones() {
        projectWithChildren();
        long nested = trash.moveToTrash(ALICE, ref(MODEL, "m1")).entry().id();
        long outer = trash.moveToTrash(ALICE, ref(PROJECT, "p1")).entry().id();

        PurgeResult purged = trash.purge(ALICE, ref(PROJECT, "p1"));

        assertThat(purged.itemCount()).isEqualTo(4);
        assertThat(purged.purged()).extracting(e -> e.id()).containsExactly(nested, outer);
        assertThat(trash.find(ALICE, ref(MODEL, "m2"))).isEmpty();
        assertThat(trash.count(ALICE, null)).isZero();
        assertThat(trash.purgedItems("ws1", outer, null, 10)).extracting(PurgedItem::ref)
                .containsExactly(ref(MODEL, "m2"), ref(PROJECT, "p1"), ref(VERSION, "v1"));
        assertThat(trash.purgedItems("ws1", nested, null, 10)).extracting(PurgedItem::ref)
                .containsExactly(ref(MODEL, "m1"));
    }

    @Test
    void selfNestingFoldersCascadeToAnyDepth() {
        trash.create(ALICE, Resource.of(FOLDER, "f1", "root", 1));
        for (int i = 2; i <= 6; i++) {
            trash.create(ALICE, Resource.owned(FOLDER, "f" + i, "level" + i, i, "f" + (i - 1)));
        }
        trash.create(ALICE, Resource.owned(FOLDER, "g1", "side", 100, "f2"));
        trash.moveToTrash(ALICE, ref(FOLDER, "f4"));

        TrashResult outer = trash.moveToTrash(ALICE, ref(FOLDER, "f2"));
        assertThat(outer.entry().cascadedCount()).isEqualTo(2);
        assertThat(trash.previewPurge(ALICE, ref(FOLDER, "f2")).itemCount()).isEqualTo(6);
        trash.restore(ALICE, ref(FOLDER, "f4"), RestoreOptions.defaults().withTrashedAncestors());
        assertThat(trash.isVisible(ALICE, ref(FOLDER, "f6"))).isTrue();
        assertThat(trash.moveToTrash(ALICE, ref(FOLDER, "f1")).entry().cascadedCount()).isEqualTo(6);
        assertThat(trash.purge(ALICE, ref(FOLDER, "f1")).itemCount()).isEqualTo(7);
        assertThat(trash.storageUsage(ALICE).byType()).isEmpty();
    }

    @Test
    void purgeRemovesOnlyAssetsLeftWithoutOwner() {
        trash.create(ALICE, Resource.of(DATASET, "d1", "one", 1));
        trash.create(ALICE, Resource.of(DATASET, "d2", "two", 1));
        for (String image : List.of("i1", "i2", "i3")) {
            trash.create(ALICE, Resource.of(IMAGE, image, image, 1000));
        }
        trash.linkAsset(ALICE, ref(DATASET, "d1"), ref(IMAGE, "i1"));
        trash.linkAsset(ALICE, ref(DATASET, "d1"), ref(IMAGE, "i1"));
        trash.linkAsset(ALICE, ref(DATASET, "d1"), ref(IMAGE, "i2"));
        trash.linkAsset(ALICE, ref(DATASET, "d2"), ref(IMAGE, "i2"));
        trash.linkAsset(ALICE, ref(DATASET, "d1"), ref(IMAGE, "i3"));
        trash.moveToTrash(ALICE, ref(IMAGE, "i3"));
        long entry = trash.moveToTrash(ALICE, ref(DATASET, "d1"), TrashOptions.defaults().withExclusiveAssets())
                .entry().id();

        PurgeResult purged = trash.purge(ALICE, ref(DATASET, "d1"));

        assertThat(purged.assetCount()).isEqualTo(1);
        assertThat(purged.assetBytes()).isEqualTo(1000);
        assertThat(trash.find(ALICE, ref(IMAGE, "i1"))).isEmpty();
        assertThat(trash.isVisible(ALICE, ref(IMAGE, "i2"))).isTrue();
        assertThat(trash.find(ALICE, ref(IMAGE, "i3"))).isPresent();
        assertThat(trash.purgedItems("ws1", entry, null, 10)).containsExactly(
                new PurgedItem("ws1", entry, ref(DATASET, "d1"), 1, false),
                new PurgedItem("ws1", entry, ref(IMAGE, "i1"), 1000, true));
        assertThat(trash.purge(ALICE, ref(IMAGE, "i3")).itemCount()).isEqualTo(1);
    }

    @Test
    void listingPagesNewestFirstAndTenantsDoNotMix() {
        for (int i = 0; i < 5; i++) {
            trash.create(ALICE, Resource.of(ContractTypes.WORKFLOW, "w" + i, "w" + i, i));
            trash.moveToTrash(ALICE, ref(ContractTypes.WORKFLOW, "w" + i));
            if (i % 2 == 0) {
                clock.advance(Duration.ofSeconds(1));
            }
        }
        trash.create(BOB, Resource.of(ContractTypes.WORKFLOW, "w0", "bob's", 1));
        trash.moveToTrash(BOB, ref(ContractTypes.WORKFLOW, "w0"));

        List<String> seen = new ArrayList<>();
        TrashQuery query = TrashQuery.firstPage().limit(2);
        TrashPage page;
        do {
            page = trash.list(ALICE, query);
            page.rows().forEach(r -> seen.add(r.entry().root().id()));
            query = query.after(page.nextCursor());
        } while (page.nextCursor() != null);
        assertThat(seen).containsExactly("w4", "w3", "w2", "w1", "w0");
        assertThat(trash.count(BOB, null)).isEqualTo(1);
    }

    @Test
    void sweeperPurgesDueEntriesOnly() {
        projectWithChildren();
        trash.moveToTrash(ALICE, ref(MODEL, "m1"));
        clock.advance(Duration.ofDays(20));
        trash.moveToTrash(ALICE, ref(MODEL, "m2"));
        clock.advance(Duration.ofDays(11));

        assertThat(trash.sweeper().sweep().rootsPurged()).isEqualTo(1);
        assertThat(trash.find(ALICE, ref(MODEL, "m1"))).isEmpty();
        assertThat(trash.count(ALICE, null)).isEqualTo(1);
    }

    @Test
    void restoreWhileParentInTrashChangesNothing() {
        projectWithChildren();
        trash.moveToTrash(ALICE, ref(MODEL, "m1"));
        trash.moveToTrash(ALICE, ref(PROJECT, "p1"));
        Object before = store().snapshot(repository);

        assertThatThrownBy(() -> trash.restore(ALICE, ref(MODEL, "m1"))).isInstanceOf(ParentInTrashException.class);
        assertThat(store().snapshot(repository)).isEqualTo(before);
    }

    @Test
    void purgeOfACascadedItemChangesNothing() {
        projectWithChildren();
        trash.moveToTrash(ALICE, ref(PROJECT, "p1"));
        Object before = store().snapshot(repository);

        assertThatThrownBy(() -> trash.purge(ALICE, ref(MODEL, "m2"))).isInstanceOf(NotTrashRootException.class);
        assertThat(trash.previewPurge(ALICE, ref(PROJECT, "p1")).itemCount()).isEqualTo(4);
        assertThat(trash.previewTrash(ALICE, ref(PROJECT, "p1")).itemCount()).isZero();
        assertThat(store().snapshot(repository)).isEqualTo(before);
    }

    @Test
    void restoreConflictFoundByTheCoreChangesNothing() {
        projectWithChildren();
        trash.moveToTrash(ALICE, ref(MODEL, "m1"));
        trash.create(ALICE, Resource.owned(MODEL, "m3", "alpha", 1, "p1"));
        Object before = store().snapshot(repository);

        assertThatThrownBy(() -> trash.restore(ALICE, ref(MODEL, "m1"))).isInstanceOf(RestoreConflictException.class);
        assertThat(store().snapshot(repository)).isEqualTo(before);
        assertThat(trash.restore(ALICE, ref(MODEL, "m1"), RestoreOptions.defaults().withRenameOnConflict())
                .renamedTo()).isEqualTo("alpha (restored)");
    }

    @Test
    void restoreConflictRaisedByTheUniqueIndexIsTranslatedAndChangesNothing() {
        projectWithChildren();
        trash.moveToTrash(ALICE, ref(PROJECT, "p1"));
        // a host writing straight to its table, under a trashed parent: only the index can catch this
        store().schema().jdbi().useHandle(h -> h.execute("INSERT INTO models (workspace_id, id, project_id, name, "
                + "size_bytes) VALUES ('ws1', 'm9', 'p1', 'beta', 0)"));
        Object before = store().snapshot(repository);

        assertThatThrownBy(() -> trash.restore(ALICE, ref(PROJECT, "p1")))
                .isInstanceOfSatisfying(RestoreConflictException.class, e -> {
                    assertThat(e.item()).isEqualTo(ref(MODEL, "m2"));
                    assertThat(e.conflicting()).isEqualTo(ref(MODEL, "m9"));
                });
        assertThat(store().snapshot(repository)).isEqualTo(before);
    }

    @Test
    void theUniqueNameIndexCoversTopLevelRowsToo() {
        Jdbi jdbi = store().schema().jdbi();
        jdbi.useHandle(h -> h.execute("INSERT INTO folders (workspace_id, id, name, size_bytes) VALUES ('ws1', 'f1', "
                + "'docs', 0)"));

        assertThatThrownBy(() -> jdbi.useHandle(h -> h.execute("INSERT INTO folders (workspace_id, id, name, "
                + "size_bytes) VALUES ('ws1', 'f2', 'docs', 0)"))).satisfies(e -> assertThat(e.getMessage().toLowerCase(java.util.Locale.ROOT)).contains("active_name_uq"));
    }

    @Test
    void aNamesakeTheHostCommitsDuringACreateBecomesANameConflict() throws Exception {
        Jdbi jdbi = store().schema().jdbi();
        try (var host = jdbi.open()) {
            host.begin();
            host.execute("INSERT INTO folders (workspace_id, id, name, size_bytes) VALUES ('ws1', 'h1', 'docs', 0)");
            var create = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> trash.create(ALICE, Resource.of(FOLDER, "f1", "docs", 0)));
            Thread.sleep(300); // the create waits on the host's uncommitted row in the unique index
            host.commit();

            assertThatThrownBy(create::join).hasCauseInstanceOf(dev.trash.NameConflictException.class)
                    .hasMessageContaining("the name is taken by folder \"docs\" (h1)");
        }
    }

    @Test
    void aJoinedRepositoryCommitsAndRollsBackWithTheHost() {
        projectWithChildren();
        JdbiTrashRepository jdbiRepository = (JdbiTrashRepository) repository;
        Jdbi jdbi = store().schema().jdbi();

        jdbi.useTransaction(h -> {
            Trash joined = Trash.builder().catalogue(ContractTypes.catalogue())
                    .repository(jdbiRepository.joining(h)).clock(clock).build();
            joined.moveToTrash(ALICE, ref(MODEL, "m1"));
            h.execute("INSERT INTO host_log (workspace_id, message) VALUES ('ws1', 'model trashed')");
            h.rollback();
        });
        assertThat(trash.isVisible(ALICE, ref(MODEL, "m1"))).isTrue();
        assertThat(hostLog(jdbi)).isZero();

        jdbi.useTransaction(h -> {
            Trash joined = Trash.builder().catalogue(ContractTypes.catalogue())
                    .repository(jdbiRepository.joining(h)).clock(clock).build();
            h.execute("INSERT INTO host_log (workspace_id, message) VALUES ('ws1', 'project trashed')");
            joined.moveToTrash(ALICE, ref(PROJECT, "p1"));
            // a failing Trash call rolls back to its savepoint, not the host's row
            assertThatThrownBy(() -> joined.purge(ALICE, ref(MODEL, "m2"))).isInstanceOf(NotTrashRootException.class);
            assertThat(joined.previewPurge(ALICE, ref(PROJECT, "p1")).itemCount()).isEqualTo(4);
        });
        assertThat(trash.isVisible(ALICE, ref(MODEL, "m1"))).isFalse();
        assertThat(trash.count(ALICE, null)).isEqualTo(1);
        assertThat(hostLog(jdbi)).isEqualTo(1);
    }

    @Test
    void aJoinedRepositoryRefusesAHandleWithoutTransaction() {
        JdbiTrashRepository jdbiRepository = (JdbiTrashRepository) repository;
        store().schema().jdbi().useHandle(h -> assertThatThrownBy(() -> jdbiRepository.joining(h)
                .inTransaction(tx -> tx.countEntries("ws1", null))).isInstanceOf(IllegalStateException.class));
    }

    @Test
    void hostQueriesHideTrashedRowsWithTheFilter() {
        projectWithChildren();
        trash.moveToTrash(ALICE, ref(MODEL, "m1"));
        List<String> visible = store().schema().jdbi().withHandle(h -> h.createQuery("SELECT m.id FROM models m "
                + "WHERE m.workspace_id = :ws AND " + TrashFilters.visible("m") + " ORDER BY m.id")
                .bind("ws", "ws1").mapTo(String.class).list());
        assertThat(visible).containsExactly("m2");
    }

    @Test
    void listenersGetEventsInOrderAndTombstonesGoOnceDelivered() {
        List<String> seen = new ArrayList<>();
        Trash withListener = Trash.builder().catalogue(ContractTypes.catalogue()).repository(repository).clock(clock)
                .listener("blobs", event -> seen.add(event.kind() + " " + event.root() + " " + event.itemCount() + " "
                        + trash.purgedItems(event.tenant(), event.entryId(), null, 10).size()))
                .build();
        projectWithChildren();
        withListener.moveToTrash(ALICE, ref(PROJECT, "p1"));
        long entry = withListener.purge(ALICE, ref(PROJECT, "p1")).purged().get(0).id();

        assertThat(seen).containsExactly("TRASHED project p1 4 0", "PURGED project p1 4 4");
        assertThat(trash.purgedItems("ws1", entry, null, 10)).isEmpty();
    }

    private static long hostLog(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM host_log").mapTo(Long.class).one());
    }
}

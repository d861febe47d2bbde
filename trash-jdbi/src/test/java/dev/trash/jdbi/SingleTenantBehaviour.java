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
import dev.trash.InvalidRequestException;
import dev.trash.ItemNotFoundException;
import dev.trash.ItemRef;
import dev.trash.NameConflictException;
import dev.trash.NotInTrashException;
import dev.trash.Resource;
import dev.trash.SettableClock;
import dev.trash.Trash;
import dev.trash.TrashOptions;
import dev.trash.TrashQuery;
import dev.trash.jdbi.fixture.JdbiStore;
import dev.trash.jdbi.fixture.single.SingleTenantHostTables;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The adapter on a host without tenant columns, built with {@code singleTenant("acme")}: acme's items
 * cascade, restore, purge and sweep as anywhere else, Trash's own rows record acme, and an actor of any other
 * tenant finds nothing. One subclass per database, on {@link SingleTenantHostTables}.
 */
abstract class SingleTenantBehaviour {

    static final Actor ACME = Actor.of(SingleTenantHostTables.TENANT, "alice");
    static final List<Actor> OTHERS = List.of(Actor.of("globex", "bob"), Actor.of("ACME", "eve"),
            Actor.of("acme2", "mallory"));

    private final ItemRef p1 = ItemRef.of(PROJECT, "p1");
    private final ItemRef m1 = ItemRef.of(MODEL, "m1");
    private final ItemRef v1 = ItemRef.of(VERSION, "v1");
    private final ItemRef d1 = ItemRef.of(DATASET, "d1");
    private final ItemRef i1 = ItemRef.of(IMAGE, "i1");

    SettableClock clock;
    Trash trash;

    /** The store of the subclass's database, on the single-tenant tables. */
    protected abstract JdbiStore store();

    @BeforeEach
    void acmesItems() {
        clock = SettableClock.at(Instant.parse("2026-03-01T10:15:30.123Z"));
        trash = store().newTrash(clock);
        trash.create(ACME, Resource.of(PROJECT, "p1", "Roads", 10));
        trash.create(ACME, Resource.owned(MODEL, "m1", "detector", 20, "p1"));
        trash.create(ACME, Resource.owned(VERSION, "v1", "first", 30, "p1"));
        trash.create(ACME, Resource.of(DATASET, "d1", "Signs", 1));
        trash.create(ACME, Resource.of(IMAGE, "i1", "stop.png", 2));
        trash.linkAsset(ACME, d1, i1);
    }

    long rows(String table) {
        return store().rows(table);
    }

    @Test
    void trashRestorePurgeAndSweepWorkForTheSingleTenantAndTrashRecordsIt() {
        assertThat(trash.moveToTrash(ACME, p1).entry().sizeBytes()).isEqualTo(60);
        assertThat(List.of(p1, m1, v1)).noneMatch(ref -> trash.isVisible(ACME, ref));
        List<String> recorded = store().schema().jdbi().withHandle(h -> h.createQuery("SELECT tenant FROM trash_entry")
                .mapTo(String.class).list());
        assertThat(recorded).containsExactly("acme");
        assertThat(trash.count(ACME, null)).isOne();
        assertThat(trash.storageUsage(ACME).quotaBytes()).isEqualTo(63);

        trash.restore(ACME, p1);
        assertThat(List.of(p1, m1, v1)).allMatch(ref -> trash.isVisible(ACME, ref));

        trash.moveToTrash(ACME, d1, TrashOptions.defaults().withExclusiveAssets());
        assertThat(trash.purge(ACME, d1).assetCount()).isOne();
        assertThat(rows("images")).isZero();

        trash.moveToTrash(ACME, p1);
        clock.advance(Duration.ofDays(400));
        assertThat(trash.sweeper().sweep().itemsPurged()).isEqualTo(3);
        assertThat(rows("projects") + rows("models") + rows("versions")).isZero();
    }

    @Test
    void anyOtherTenantFindsNothingInAnyOperation() {
        trash.moveToTrash(ACME, d1);
        for (Actor other : OTHERS) {
            assertThat(trash.find(other, p1)).isEmpty();
            assertThat(trash.find(other, m1)).isEmpty();
            assertThatThrownBy(() -> trash.moveToTrash(other, p1)).isInstanceOf(ItemNotFoundException.class);
            assertThatThrownBy(() -> trash.moveToTrash(other, m1)).isInstanceOf(ItemNotFoundException.class);
            assertThatThrownBy(() -> trash.restore(other, d1)).isInstanceOf(NotInTrashException.class);
            assertThatThrownBy(() -> trash.purge(other, d1)).isInstanceOf(NotInTrashException.class);
            assertThatThrownBy(() -> trash.linkAsset(other, ItemRef.of(DATASET, "d2"), i1))
                    .isInstanceOf(ItemNotFoundException.class);
            assertThatThrownBy(() -> trash.create(other, Resource.owned(MODEL, "m2", "other", 1, "p1")))
                    .isInstanceOf(ItemNotFoundException.class);
            assertThatThrownBy(() -> trash.create(other, Resource.of(PROJECT, "p9", "Theirs", 1)))
                    .isInstanceOf(InvalidRequestException.class).hasMessageContaining(other.tenant());
            assertThat(trash.list(other, TrashQuery.firstPage()).rows()).isEmpty();
            assertThat(trash.count(other, null)).isZero();
            assertThat(trash.storageUsage(other).byType()).isEmpty();
            assertThat(trash.emptyTrash(other, 0).itemCount()).isZero();
        }
        assertThat(trash.count(ACME, null)).isOne();
        assertThat(List.of(p1, m1, v1, i1)).allMatch(ref -> trash.isVisible(ACME, ref));
        assertThat(rows("projects")).isOne();
    }

    @Test
    void namesAreUniqueAmongSiblingsWithoutATenantColumn() {
        trash.create(ACME, Resource.of(FOLDER, "f1", "docs", 1));
        assertThatThrownBy(() -> trash.create(ACME, Resource.of(FOLDER, "f2", "docs", 1)))
                .isInstanceOf(NameConflictException.class);
        assertThatThrownBy(() -> trash.create(ACME, Resource.owned(MODEL, "m2", "detector", 1, "p1")))
                .isInstanceOf(NameConflictException.class);
        trash.moveToTrash(ACME, m1);
        trash.create(ACME, Resource.owned(MODEL, "m2", "detector", 1, "p1"));
        assertThat(trash.isVisible(ACME, ItemRef.of(MODEL, "m2"))).isTrue();
    }
}

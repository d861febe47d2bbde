package dev.trash.testkit.race;

import static dev.trash.testkit.ContractTypes.FOLDER;
import static dev.trash.testkit.ContractTypes.MODEL;
import static dev.trash.testkit.ContractTypes.PROJECT;
import static dev.trash.testkit.ContractTypes.WORKFLOW;
import static dev.trash.testkit.TrashFixture.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trash.DuplicateItemException;
import dev.trash.ItemRef;
import dev.trash.NameConflictException;
import dev.trash.ParentInTrashException;
import dev.trash.PurgeResult;
import dev.trash.Resource;
import dev.trash.RestoreConflictException;
import dev.trash.Trash;
import dev.trash.TrashCountMismatchException;
import dev.trash.TrashResult;
import dev.trash.TypeCatalogue;
import dev.trash.spi.TrashRepository;
import dev.trash.testkit.StoreUnderTest;
import dev.trash.testkit.TrashFixture;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Races forced into one interleaving with a {@link PausingRepository}: whatever the interleaving, the end
 * state is that of one of the two serial orders. They matter for stores whose transactions overlap (the SQL
 * stores); a store runs them with a subclass, as it runs the contract.
 */
public abstract class RaceContract {

    /** How long B may wait before the race counts it as blocked on A's locks and releases A. */
    private static final long BLOCKED_AFTER_MILLIS = 400;

    private TrashFixture fx;
    private Trash trash;
    private PausingRepository repository;

    /** The store under test. */
    protected abstract StoreUnderTest store();

    @BeforeEach
    void newFixture() {
        StoreUnderTest inner = store();
        fx = new TrashFixture(new StoreUnderTest() {
            @Override
            public TrashRepository newRepository(TypeCatalogue catalogue) {
                return new PausingRepository(inner.newRepository(catalogue));
            }
        });
        trash = fx.trash();
        repository = (PausingRepository) fx.repository();
    }

    @Test
    void restoreOfAChildRacingTheTrashOfItsParentEndsAsASerialOrder() throws InterruptedException {
        ItemRef p1 = fx.create(PROJECT, "p1");
        ItemRef m1 = fx.create(MODEL, "m1", "p1");
        trash.moveToTrash(ALICE, m1);

        Interleaving race = Interleaving.run(repository.pauseAfter("markActiveSubtree"),
                () -> trash.moveToTrash(ALICE, p1), () -> trash.restore(ALICE, m1), BLOCKED_AFTER_MILLIS);

        assertEndsAsSerialOrder(p1, m1, race.a(), race.b());
    }

    @Test
    void trashOfAParentRacingTheRestoreOfItsChildEndsAsASerialOrder() throws InterruptedException {
        ItemRef p1 = fx.create(PROJECT, "p1");
        ItemRef m1 = fx.create(MODEL, "m1", "p1");
        trash.moveToTrash(ALICE, m1);

        Interleaving race = Interleaving.run(repository.pauseAfter("unmarkEntry"),
                () -> trash.restore(ALICE, m1), () -> trash.moveToTrash(ALICE, p1), BLOCKED_AFTER_MILLIS);

        assertEndsAsSerialOrder(p1, m1, race.b(), race.a());
    }

    /** Restore then trash: m1 went with p1's cascade. Trash then restore: the restore was refused. */
    private void assertEndsAsSerialOrder(ItemRef p1, ItemRef m1, Interleaving.Result trashOfP1,
                                         Interleaving.Result restoreOfM1) {
        assertThat(trashOfP1.failure()).isNull();
        long parentEntry = ((TrashResult) trashOfP1.value()).entry().id();
        assertThat(fx.visible(p1)).isFalse();
        assertThat(fx.visible(m1)).as("m1 active under a trashed p1").isFalse();
        if (restoreOfM1.succeeded()) {
            assertThat(markOf(m1)).isEqualTo(parentEntry);
        } else {
            assertThat(restoreOfM1.failure()).isInstanceOf(ParentInTrashException.class);
            assertThat(markOf(m1)).isNotEqualTo(parentEntry);
        }
    }

    @Test
    void emptyTrashPurgesOnlyWhatItCountedWhenAnEntryArrivesAfterTheCount() throws InterruptedException {
        assertEmptyTrashEndsAsASerialOrder("countEntries");
    }

    @Test
    void emptyTrashPurgesOnlyWhatItCountedWhenAnEntryArrivesWhileItLocks() throws InterruptedException {
        assertEmptyTrashEndsAsASerialOrder("lockEntries");
    }

    private void assertEmptyTrashEndsAsASerialOrder(String verb) throws InterruptedException {
        ItemRef w1 = fx.create(WORKFLOW, "w1");
        ItemRef w2 = fx.create(WORKFLOW, "w2");
        ItemRef w3 = fx.create(WORKFLOW, "w3");
        trash.moveToTrash(ALICE, w1);
        trash.moveToTrash(ALICE, w2);

        Interleaving race = Interleaving.run(repository.pauseAfter(verb),
                () -> trash.emptyTrash(ALICE, 2), () -> trash.moveToTrash(ALICE, w3), BLOCKED_AFTER_MILLIS);

        assertThat(race.b().failure()).isNull();
        assertThat(trash.find(ALICE, w3)).as("w3, trashed after the count").isPresent();
        if (race.a().succeeded()) {
            assertThat(((PurgeResult) race.a().value()).purged()).hasSize(2);
            assertThat(trash.find(ALICE, w1)).isEmpty();
            assertThat(trash.count(ALICE, null)).isEqualTo(1);
        } else {
            assertThat(race.a().failure()).isInstanceOf(TrashCountMismatchException.class);
            assertThat(trash.count(ALICE, null)).isEqualTo(3);
        }
    }

    @Test
    void twoRestoresOfTopLevelNamesakesEndWithOneActive() throws InterruptedException {
        ItemRef f1 = folderNamedDocs("f1");
        trash.moveToTrash(ALICE, f1);
        ItemRef f2 = folderNamedDocs("f2");
        trash.moveToTrash(ALICE, f2);

        Interleaving race = Interleaving.run(repository.pauseAfter("unmarkEntry"),
                () -> trash.restore(ALICE, f1), () -> trash.restore(ALICE, f2), BLOCKED_AFTER_MILLIS);

        assertOneOf(race, RestoreConflictException.class);
        assertThat(Stream.of(f1, f2).filter(fx::visible)).hasSize(1);
    }

    @Test
    void twoCreatesOfTopLevelNamesakesEndWithOne() throws InterruptedException {
        Interleaving race = Interleaving.run(repository.pauseAfter("findActiveByName"),
                () -> folderNamedDocs("f1"), () -> folderNamedDocs("f2"), BLOCKED_AFTER_MILLIS);

        assertOneOf(race, NameConflictException.class);
    }

    @Test
    void twoCreatesOfTheSameIdEndWithOneAndADuplicateItemException() throws InterruptedException {
        Interleaving race = Interleaving.run(repository.pauseAfter("findItem"),
                () -> fx.create(WORKFLOW, "w1"), () -> fx.create(WORKFLOW, "w1"), BLOCKED_AFTER_MILLIS);

        assertOneOf(race, DuplicateItemException.class);
    }

    /**
     * A creates m3 in p2 and pauses after finding no m3; B creates m3 and trashes p2. A's answer must be
     * that of a serial order: after B, m3 exists, so a DuplicateItemException (found by the concurrent
     * history property, where A answered that p2 was not found).
     */
    @Test
    void aCreateRacingACreateOfTheSameIdAndATrashOfTheParentEndsAsASerialOrder() throws InterruptedException {
        ItemRef p2 = fx.create(PROJECT, "p2");

        Interleaving race = Interleaving.run(repository.pauseAfter("findItem"),
                () -> fx.create(MODEL, "m3", "p2"),
                () -> {
                    fx.create(MODEL, "m3", "p2");
                    return trash.moveToTrash(ALICE, p2);
                }, BLOCKED_AFTER_MILLIS);

        assertOneOf(race, DuplicateItemException.class);
        assertThat(trash.find(ALICE, ItemRef.of(MODEL, "m3"))).as("m3, made by one of the two").isPresent();
    }

    private static void assertOneOf(Interleaving race, Class<? extends Throwable> loserFails) {
        assertThat(race.a().succeeded()).as("exactly one succeeds: %s", race).isNotEqualTo(race.b().succeeded());
        Throwable failure = race.a().succeeded() ? race.b().failure() : race.a().failure();
        assertThat(failure).isInstanceOf(loserFails);
    }

    private ItemRef folderNamedDocs(String id) {
        return trash.create(ALICE, new Resource(ItemRef.of(FOLDER, id), "docs", 10, null)).ref();
    }

    private Long markOf(ItemRef ref) {
        return trash.find(ALICE, ref).orElseThrow().trashEntryId();
    }
}

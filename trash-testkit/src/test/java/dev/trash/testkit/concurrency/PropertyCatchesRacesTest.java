package dev.trash.testkit.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trash.ItemRef;
import dev.trash.testkit.ContractTypes;
import dev.trash.testkit.model.IdSpace;
import dev.trash.testkit.model.Operation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The concurrency property can fail: on a store that commits every verb on its own
 * ({@link StoreWithoutTransactions}) it finds the known races, from random histories and from the histories
 * of the repros.
 */
class PropertyCatchesRacesTest {

    /** Runs of a repro history, at most, before giving up on seeing its race. */
    private static final int TRIES = 300;

    private static final StoreWithoutTransactions BROKEN = new StoreWithoutTransactions();
    private static final Threads THREADS = new Threads();

    @AfterAll
    static void stopThreads() {
        THREADS.close();
    }

    @Test
    void randomHistoriesFindTheRacesAndShortenThem() {
        assertThatThrownBy(() -> HistoryProperty.check(BROKEN, "in-memory without transactions", 500, 5, 15))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("The store got a concurrent history wrong")
                .hasMessageContaining("Shortened");
    }

    @Test
    void aRestoreRacingTheTrashOfItsParent() {
        History history = history(List.of(trashing(ContractTypes.MODEL, "m1")),
                trash(ContractTypes.PROJECT, "p1"), restore(ContractTypes.MODEL, "m1"));
        assertThat(firstFailure(history)).contains("no serial order explains the history");
    }

    @Test
    void twoEmptyTrashesConfirmingOneEntry() {
        History history = history(List.of(trashing(ContractTypes.WORKFLOW, "w1")),
                new Step.EmptyCounted(IdSpace.T1), new Step.EmptyCounted(IdSpace.T1));
        assertThat(firstFailure(history)).contains("no serial order explains the history");
    }

    @Test
    void twoTopLevelRestoresTakingOneName() {
        History history = history(List.of(trashing(ContractTypes.FOLDER, "f1")), restore(ContractTypes.FOLDER, "f1"), restore(ContractTypes.FOLDER, "f4"));
        assertThat(firstFailure(history)).contains("two active folder under null named 'a'");
    }

    private static String firstFailure(History history) {
        for (int i = 0; i < TRIES; i++) {
            try {
                HistoryRun.check(BROKEN, history, THREADS);
            } catch (HistoryFailure f) {
                return f.getMessage();
            }
        }
        return "no failure in " + TRIES + " runs";
    }

    private static History history(List<Operation> extraSetup, Step first, Step second) {
        List<Operation> setup = new ArrayList<>(Forest.BASE);
        setup.addAll(extraSetup);
        return new History(setup, List.of(List.of(first), List.of(second)));
    }

    private static Operation trashing(String type, String id) {
        return new Operation.MoveToTrash(IdSpace.T1, ItemRef.of(type, id), false);
    }

    private static Step trash(String type, String id) {
        return new Step.Plain(trashing(type, id));
    }

    private static Step restore(String type, String id) {
        return new Step.Plain(new Operation.Restore(IdSpace.T1, ItemRef.of(type, id), false, false));
    }
}

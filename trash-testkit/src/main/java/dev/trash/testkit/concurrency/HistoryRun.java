package dev.trash.testkit.concurrency;

import dev.trash.PurgePolicy;
import dev.trash.spi.OutboxEvent;
import dev.trash.testkit.StoreUnderTest;
import dev.trash.testkit.model.LiveTrash;
import dev.trash.testkit.model.Operation;
import dev.trash.testkit.model.Outcome;
import dev.trash.testkit.model.ReferenceTrash;
import dev.trash.testkit.model.StoreInvariants;
import dev.trash.testkit.model.StoreView;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one {@link History} on a fresh repository of the store and checks it: the setup step by step
 * against the model, then the threads at once; afterwards the model-free invariants, no event twice in
 * the outbox, and a serial order of all the threads' steps that the model agrees with, step by step and
 * in the final state.
 */
final class HistoryRun {

    private HistoryRun() {
    }

    /** Throws {@link HistoryFailure} naming everything that went wrong. */
    static void check(StoreUnderTest store, History history, Threads threads) {
        LiveTrash live = new LiveTrash(store, PurgePolicy.ALLOWED);
        ReferenceTrash model = new ReferenceTrash(LiveTrash.START, PurgePolicy.ALLOWED);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < history.setup().size(); i++) {
            Operation op = history.setup().get(i);
            Outcome actual = op.applyTo(live);
            Outcome expected = op.applyTo(model);
            if (!actual.equals(expected)) {
                problems.add("setup step " + (i + 1) + " (" + op + "): expected " + expected + " but was " + actual);
                throw new HistoryFailure(history, null, problems);
            }
        }
        List<List<Executed>> ran = threads.run(live, history.threads());
        StoreView view = live.view();
        List<OutboxEvent> outbox = Outbox.read(live);
        problems.addAll(StoreInvariants.violations(view));
        problems.addAll(Outbox.duplicates(outbox));
        FinalState seen = new FinalState(view, outbox);
        Serialization serial = Serialization.search(model, ran, seen::differencesFrom);
        if (!serial.found()) {
            problems.add(serial.whyNot());
        }
        if (!problems.isEmpty()) {
            throw new HistoryFailure(history, ran, problems);
        }
    }
}

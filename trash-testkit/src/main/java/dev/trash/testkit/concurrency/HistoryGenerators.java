package dev.trash.testkit.concurrency;

import static org.quicktheories.generators.Generate.constant;
import static org.quicktheories.generators.Generate.frequency;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;

import dev.trash.ItemRef;
import dev.trash.testkit.model.IdSpace;
import dev.trash.testkit.model.Operation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * QuickTheories generators of {@link History}s over a small forest (see {@link Forest}) of the first tenant:
 * 2 to 4 threads (rarely fewer, see {@link #sweepsInOneThread}) with at most {@link #MAX_STEPS} steps in
 * all, so that every serial order can be tried.
 */
public final class HistoryGenerators {

    /** The most steps of all threads together: 8 steps of 4 threads have 2,520 orders, checked in well under a second. */
    public static final int MAX_STEPS = 8;

    /** Where another instance's sweeper may stand: past the folders' retention, past everyone's. */
    private static final List<Duration> SWEEP_OFFSETS = List.of(Duration.ofDays(8), Duration.ofDays(31));

    private HistoryGenerators() {
    }

    /** The forest, some of it trashed beforehand, and 2 to 4 threads of 1 to 8 steps in all. */
    public static Gen<History> histories() {
        Gen<List<Operation>> setup = SourceDSL.lists().of(pick(Forest.TARGETS)
                .map((ItemRef ref) -> (Operation) new Operation.MoveToTrash(IdSpace.T1, ref, false)))
                .ofSizeBetween(0, 3)
                .map((List<Operation> trashes) -> {
                    List<Operation> all = new ArrayList<>(Forest.BASE);
                    all.addAll(trashes);
                    return all;
                });
        Gen<List<List<Step>>> threads = range(2, 4).flatMap(count ->
                SourceDSL.lists().of(SourceDSL.lists().of(steps()).ofSizeBetween(1, MAX_STEPS / count)).ofSize(count))
                .map(HistoryGenerators::sweepsInOneThread);
        return setup.zip(threads, History::new).describedAs(History::toString);
    }

    /**
     * Keeps the sweeps of the first thread that has any and drops the others' (and a thread left empty).
     * Two sweepers at once share the due entries between them by design, each claiming what the other has
     * not, so their counts fit no serial order of whole sweeps; the model's sweep is whole. A sweep racing
     * every other kind of step stays.
     */
    private static List<List<Step>> sweepsInOneThread(List<List<Step>> threads) {
        List<List<Step>> kept = new ArrayList<>();
        boolean sweeping = false;
        for (List<Step> script : threads) {
            boolean sweeps = script.stream().anyMatch(Step.SweepAt.class::isInstance);
            List<Step> steps = sweeping ? script.stream().filter(s -> !(s instanceof Step.SweepAt)).toList() : script;
            sweeping |= sweeps;
            if (!steps.isEmpty()) {
                kept.add(steps);
            }
        }
        return kept;
    }

    /**
     * One step; restores and trashes most often, since most races are between those. System property
     * {@code trash.concurrency.steps} (comma-separated, default all) keeps only some kinds: restore, trash,
     * purge, create, empty, sweep; so that one race does not hide the others while it is being fixed.
     */
    static Gen<Step> steps() {
        Gen<ItemRef> target = pick(Forest.TARGETS);
        Map<String, Pair<Integer, Gen<Step>>> kinds = new LinkedHashMap<>();
        kinds.put("restore", Pair.of(4, target.zip(range(0, 3), (ref, options) -> plain(new Operation.Restore(
                IdSpace.T1, ref, options % 2 == 1, options >= 2)))));
        kinds.put("trash", Pair.of(3, target.map((ItemRef ref) -> plain(new Operation.MoveToTrash(IdSpace.T1, ref, false)))));
        kinds.put("purge", Pair.of(2, target.map((ItemRef ref) -> plain(new Operation.Purge(IdSpace.T1, ref)))));
        kinds.put("create", Pair.of(2, pick(Forest.CREATES).map(HistoryGenerators::plain)));
        kinds.put("empty", Pair.of(1, constant(new Step.EmptyCounted(IdSpace.T1))));
        kinds.put("sweep", Pair.of(1, pick(SWEEP_OFFSETS).map((Duration offset) -> (Step) new Step.SweepAt(offset))));
        String wanted = System.getProperty("trash.concurrency.steps", "");
        if (!wanted.isBlank()) {
            kinds.keySet().retainAll(Arrays.stream(wanted.split(",")).map(String::strip).toList());
        }
        return frequency(List.copyOf(kinds.values()));
    }

    private static Step plain(Operation operation) {
        return new Step.Plain(operation);
    }
}

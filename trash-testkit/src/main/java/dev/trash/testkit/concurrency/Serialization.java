package dev.trash.testkit.concurrency;

import dev.trash.ItemRef;
import dev.trash.testkit.model.Outcome;
import dev.trash.testkit.model.ReferenceTrash;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Looks for a serial order that explains a history: every interleaving of the threads' steps that keeps
 * each thread's own order, depth first, tried on copies of the model. A branch ends as soon as a step's
 * model outcome differs from what the store returned; an order that gets through every step must also end
 * in the state the store shows.
 *
 * <p>Three outcomes are no model's, because a sweep is not one atomic step: it claims due entries in one
 * transaction and purges them in another, and other steps see the claimed entries in between. A restore
 * of a claimed entry fails "being purged" and changes nothing: it fits where the model still has the item
 * in Trash. A trash of an item in a claimed entry reports that entry, "already in Trash": it fits where the
 * model has purged it. Both only when another thread sweeps. And a sweep skips the entries a racing
 * restore, purge or Empty Trash holds locked (see {@link SweepRaces}).
 */
final class Serialization {

    private final List<List<Executed>> threads;
    private final Function<ReferenceTrash, List<String>> finalDifferences;
    private List<String> deepest;
    private String whyNot;
    private boolean found;

    private Serialization(List<List<Executed>> threads, Function<ReferenceTrash, List<String>> finalDifferences) {
        this.threads = threads;
        this.finalDifferences = finalDifferences;
    }

    /**
     * Searches from the model's state before the threads started; {@link #found()} tells whether an order
     * explains the history, and if none does, {@link #whyNot()} where the most promising one broke down.
     */
    static Serialization search(ReferenceTrash start, List<List<Executed>> threads,
                                Function<ReferenceTrash, List<String>> finalDifferences) {
        Serialization search = new Serialization(threads, finalDifferences);
        search.found = search.extend(start, new int[threads.size()], new ArrayList<>());
        return search;
    }

    /** Whether some order explains the history. */
    boolean found() {
        return found;
    }

    /** Why no order does: the longest order that fitted, and what went wrong after it. */
    String whyNot() {
        return "no serial order explains the history; the longest that fits is "
                + (deepest.isEmpty() ? "empty" : String.join(", ", deepest)) + ", then " + whyNot;
    }

    private boolean extend(ReferenceTrash model, int[] next, List<String> order) {
        boolean complete = true;
        List<String> mismatches = new ArrayList<>();
        for (int t = 0; t < threads.size(); t++) {
            if (next[t] == threads.get(t).size()) {
                continue;
            }
            complete = false;
            Executed step = threads.get(t).get(next[t]);
            String label = History.label(t, next[t]);
            List<ReferenceTrash> fits = fits(model, t, step, mismatches, label);
            order.add(label);
            next[t]++;
            for (ReferenceTrash after : fits) {
                if (extend(after, next, order)) {
                    return true;
                }
            }
            next[t]--;
            order.remove(order.size() - 1);
        }
        if (complete) {
            List<String> diffs = finalDifferences.apply(model);
            remember(order, "every step fits, but the final state differs:\n      " + String.join("\n      ", diffs));
            return diffs.isEmpty();
        }
        if (!mismatches.isEmpty()) {
            remember(order, String.join("; ", mismatches));
        }
        return false;
    }

    /** The model's states after the step, one for each way it can have given the store's outcome here. */
    private List<ReferenceTrash> fits(ReferenceTrash model, int thread, Executed step, List<String> mismatches,
                                      String label) {
        ReferenceTrash after = model.copy();
        Outcome expected = step.step().applyTo(after);
        if (expected.equals(step.outcome())) {
            return List.of(after);
        }
        if (SweepRaces.fitsAsNothingDone(step, expected) && anotherThread(thread, Step.SweepAt.class::isInstance)) {
            return List.of(model);
        }
        List<ReferenceTrash> fits = new ArrayList<>();
        if (step.step() instanceof Step.SweepAt sweep && anotherThread(thread, SweepRaces::locksEntries)) {
            for (Set<ItemRef> skipped : SweepRaces.candidates(model, sweep)) {
                ReferenceTrash skipping = model.copy();
                if (sweep.applyTo(skipping, skipped).equals(step.outcome())) {
                    fits.add(skipping);
                }
            }
        }
        if (fits.isEmpty()) {
            mismatches.add(label + " (" + step.step() + ") would give " + expected + " but gave " + step.outcome());
        }
        return fits;
    }

    private void remember(List<String> order, String reason) {
        if (deepest == null || order.size() > deepest.size()) {
            deepest = List.copyOf(order);
            whyNot = reason;
        }
    }

    private boolean anotherThread(int thread, Predicate<Step> does) {
        for (int t = 0; t < threads.size(); t++) {
            if (t != thread && threads.get(t).stream().map(Executed::step).anyMatch(does)) {
                return true;
            }
        }
        return false;
    }
}

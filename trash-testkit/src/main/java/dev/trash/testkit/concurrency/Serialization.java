package dev.trash.testkit.concurrency;

import dev.trash.testkit.model.Operation;
import dev.trash.testkit.model.Outcome;
import dev.trash.testkit.model.ReferenceTrash;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Looks for a serial order that explains a history: every interleaving of the threads' steps that keeps
 * each thread's own order, depth first, tried on copies of the model. A branch ends as soon as a step's
 * model outcome differs from what the store returned; an order that gets through every step must also end
 * in the state the store shows.
 *
 * <p>One outcome is no model's: a restore that meets an entry a sweeper has claimed fails "being purged"
 * and changes nothing. It fits where the model still has the item in Trash, provided another thread sweeps.
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
     * An order that explains the history, as step labels ("T2.1"), or null; then {@link #whyNot()} tells
     * where the most promising order broke down.
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
            ReferenceTrash after = model.copy();
            Outcome expected = step.step().applyTo(after);
            ReferenceTrash continued = expected.equals(step.outcome()) ? after
                    : beingPurgedFits(t, step, expected) ? model : null;
            String label = History.label(t, next[t]);
            if (continued == null) {
                mismatches.add(label + " (" + step.step() + ") would give " + expected + " but gave " + step.outcome());
                continue;
            }
            order.add(label);
            next[t]++;
            boolean explained = extend(continued, next, order);
            next[t]--;
            order.remove(order.size() - 1);
            if (explained) {
                return true;
            }
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

    private void remember(List<String> order, String reason) {
        if (deepest == null || order.size() > deepest.size()) {
            deepest = List.copyOf(order);
            whyNot = reason;
        }
    }

    private boolean beingPurgedFits(int thread, Executed step, Outcome expected) {
        boolean restore = step.step() instanceof Step.Plain plain && plain.operation() instanceof Operation.Restore;
        return restore && "BeingPurgedException".equals(step.outcome().failure())
                && !"NotInTrashException".equals(expected.failure()) && anotherThreadSweeps(thread);
    }

    private boolean anotherThreadSweeps(int thread) {
        for (int t = 0; t < threads.size(); t++) {
            if (t != thread && threads.get(t).stream().anyMatch(e -> e.step() instanceof Step.SweepAt)) {
                return true;
            }
        }
        return false;
    }
}

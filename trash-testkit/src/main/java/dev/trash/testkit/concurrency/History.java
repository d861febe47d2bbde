package dev.trash.testkit.concurrency;

import dev.trash.testkit.model.Operation;
import java.util.ArrayList;
import java.util.List;

/**
 * A generated concurrent history: a serial setup that builds the shared forest, then the scripts of the
 * threads that run at once.
 *
 * @param setup operations run one after the other before the threads start
 * @param threads each thread's script, run in its order
 */
public record History(List<Operation> setup, List<List<Step>> threads) {

    /** Copies the lists. */
    public History {
        setup = List.copyOf(setup);
        threads = threads.stream().map(List::copyOf).toList();
    }

    /** How many steps the threads run in all. */
    public int steps() {
        return threads.stream().mapToInt(List::size).sum();
    }

    /** The same history without one step of one thread, and without that thread if it was its last. */
    public History withoutStep(int thread, int index) {
        List<List<Step>> fewer = new ArrayList<>(threads);
        List<Step> script = new ArrayList<>(fewer.get(thread));
        script.remove(index);
        if (script.isEmpty()) {
            fewer.remove(thread);
        } else {
            fewer.set(thread, script);
        }
        return new History(setup, fewer);
    }

    /** The same history without the setup operations from {@code from} (inclusive) to {@code to} (exclusive). */
    public History withoutSetup(int from, int to) {
        List<Operation> fewer = new ArrayList<>(setup.subList(0, from));
        fewer.addAll(setup.subList(to, setup.size()));
        return new History(fewer, threads);
    }

    /** The setup, numbered, then each thread's script. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("setup, one step after the other:");
        for (int i = 0; i < setup.size(); i++) {
            out.append(String.format("%n  %2d. %s", i + 1, setup.get(i)));
        }
        out.append("\nthen at once:");
        for (int t = 0; t < threads.size(); t++) {
            for (int i = 0; i < threads.get(t).size(); i++) {
                out.append(String.format("%n  %s %s", label(t, i), threads.get(t).get(i)));
            }
        }
        return out.toString();
    }

    /** "T2.1": the first step of the second thread. */
    static String label(int thread, int index) {
        return "T" + (thread + 1) + "." + (index + 1);
    }
}

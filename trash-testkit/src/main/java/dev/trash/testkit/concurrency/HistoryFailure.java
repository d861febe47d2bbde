package dev.trash.testkit.concurrency;

import java.util.List;

/** A history the store got wrong; its message shows the history with what each step returned. */
public final class HistoryFailure extends AssertionError {

    private static final long serialVersionUID = 1L;

    private final transient History history;

    HistoryFailure(History history, List<List<Executed>> ran, List<String> problems) {
        super(describe(history, ran, problems));
        this.history = history;
    }

    /** The history that failed. */
    public History history() {
        return history;
    }

    private static String describe(History history, List<List<Executed>> ran, List<String> problems) {
        StringBuilder out = new StringBuilder("The store got a concurrent history wrong:");
        problems.forEach(p -> out.append("\n  - ").append(p));
        out.append("\nSetup, one step after the other:");
        for (int i = 0; i < history.setup().size(); i++) {
            out.append(String.format("%n  %2d. %s", i + 1, history.setup().get(i)));
        }
        out.append("\nThen at once, each thread in its order (what the store returned):");
        for (int t = 0; t < history.threads().size(); t++) {
            for (int i = 0; i < history.threads().get(t).size(); i++) {
                Object step = ran == null ? history.threads().get(t).get(i) : ran.get(t).get(i);
                out.append(String.format("%n  %s %s", History.label(t, i), step));
            }
        }
        return out.toString();
    }
}

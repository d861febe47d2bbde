package dev.trash.testkit.model;

import java.util.List;

/** A step at which the store disagreed with the model or broke an invariant; its message reads as a script. */
public final class ScriptFailure extends AssertionError {

    private static final long serialVersionUID = 1L;

    private final transient Scenario scenario;
    private final int step;

    ScriptFailure(Scenario scenario, List<Operation> resolved, int step, List<String> problems) {
        super(describe(scenario, resolved, step, problems));
        this.scenario = scenario;
        this.step = step;
    }

    /** The scenario that failed, aimed steps resolved. */
    public Scenario scenario() {
        return scenario;
    }

    /** The index of the failing step; -1 for the state before the first. */
    public int step() {
        return step;
    }

    private static String describe(Scenario scenario, List<Operation> resolved, int step, List<String> problems) {
        StringBuilder out = new StringBuilder();
        List<Operation> ops = scenario.operations();
        out.append(step < 0 ? "Before the first step" : "Step " + (step + 1) + " of " + ops.size() + " (" + ops.get(step) + ")")
                .append(" disagrees with the model:");
        problems.forEach(p -> out.append("\n  - ").append(p));
        out.append("\nScript, purge policy ").append(scenario.purgePolicy()).append(':');
        for (int i = 0; i < ops.size(); i++) {
            String marker = i == step ? ">>" : "  ";
            out.append(String.format("%n%s %2d. %s", marker, i + 1, ops.get(i)));
            if (i < resolved.size() && !resolved.get(i).equals(ops.get(i))) {
                out.append("  = ").append(resolved.get(i));
            }
        }
        return out.toString();
    }
}

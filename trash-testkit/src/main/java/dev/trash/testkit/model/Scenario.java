package dev.trash.testkit.model;

import dev.trash.PurgePolicy;
import java.util.List;

/**
 * A generated test case: the host's purge policy and a script of operations.
 *
 * @param purgePolicy the policy the Trash is built with
 * @param operations the script
 */
public record Scenario(PurgePolicy purgePolicy, List<Operation> operations) {

    /** Copies the list. */
    public Scenario {
        operations = List.copyOf(operations);
    }

    /** The same policy with another script. */
    public Scenario withOperations(List<Operation> newOperations) {
        return new Scenario(purgePolicy, newOperations);
    }

    /**
     * The same scenario with every aimed step ("restore the 2nd item in Trash") replaced by the concrete one
     * it picks, found by running the script on a fresh model. The model is deterministic, so the result does
     * exactly what this one does, and it stays meaningful when steps are dropped from it. Steps relative to
     * the moment ("advance to the next cleanup", "confirm the count") stay relative, for the same reason.
     */
    public Scenario resolved() {
        ReferenceTrash model = new ReferenceTrash(LiveTrash.START, purgePolicy);
        List<Operation> concrete = new java.util.ArrayList<>();
        for (Operation op : operations) {
            Operation step = op.resolve(model);
            step.applyTo(model);
            concrete.add(op instanceof Operation.Aimed ? step : op);
        }
        return new Scenario(purgePolicy, concrete);
    }

    /** The script, one numbered step a line. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("purge policy " + purgePolicy + ":");
        for (int i = 0; i < operations.size(); i++) {
            out.append(String.format("%n  %2d. %s", i + 1, operations.get(i)));
        }
        return out.toString();
    }
}

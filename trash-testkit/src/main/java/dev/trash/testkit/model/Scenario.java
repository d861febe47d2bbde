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

package dev.trash.testkit.model;

import dev.trash.PurgePolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Shortens a failing scenario further than QuickTheories' shrinking can: that one shrinks a list from its
 * end and each choice towards the first alternative, but cannot drop a step from the middle. This drops
 * single steps, and tries the ALLOWED policy, for as long as the scenario keeps failing.
 */
final class ScriptMinimizer {

    private ScriptMinimizer() {
    }

    /** The smallest failure found from {@code failure}, which {@code check} produced. */
    static ScriptFailure minimize(ScriptFailure failure, Consumer<Scenario> check) {
        ScriptFailure best = failure;
        boolean shrunk = true;
        while (shrunk) {
            shrunk = false;
            Scenario current = best.scenario();
            if (current.purgePolicy() != PurgePolicy.ALLOWED) {
                ScriptFailure f = failureOf(new Scenario(PurgePolicy.ALLOWED, current.operations()), check);
                if (f != null) {
                    best = f;
                    shrunk = true;
                    continue;
                }
            }
            for (int i = current.operations().size() - 1; i >= 0; i--) {
                List<Operation> fewer = new ArrayList<>(current.operations());
                fewer.remove(i);
                ScriptFailure f = fewer.isEmpty() ? null : failureOf(current.withOperations(fewer), check);
                if (f != null) {
                    best = f;
                    shrunk = true;
                    break;
                }
            }
        }
        return best;
    }

    private static ScriptFailure failureOf(Scenario scenario, Consumer<Scenario> check) {
        try {
            check.accept(scenario);
            return null;
        } catch (ScriptFailure f) {
            return f;
        }
    }
}

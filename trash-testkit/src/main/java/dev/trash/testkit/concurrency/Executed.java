package dev.trash.testkit.concurrency;

import dev.trash.testkit.model.Outcome;

/**
 * A step as it ran on the store: the concrete step and what it returned or threw.
 *
 * @param step the concrete step, replayable on the model
 * @param outcome what the store did
 */
public record Executed(Step step, Outcome outcome) {

    @Override
    public String toString() {
        return step + "  ->  " + outcome;
    }
}

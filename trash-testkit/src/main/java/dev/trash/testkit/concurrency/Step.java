package dev.trash.testkit.concurrency;

import dev.trash.ItemRef;
import dev.trash.testkit.model.IdSpace;
import dev.trash.testkit.model.LiveTrash;
import dev.trash.testkit.model.Operation;
import dev.trash.testkit.model.Outcome;
import dev.trash.testkit.model.ReferenceTrash;
import java.time.Duration;
import java.util.Set;

/**
 * One step of a thread's script in a concurrent history. Most steps are plain {@link Operation}s of the
 * serial model-based property; two exist only here, because what they do depends on when they run.
 */
public sealed interface Step {

    /**
     * Runs it on the store. Returns the concrete step that ran (a counted Empty Trash carries the count it
     * read), which is what the model replays, with its outcome.
     */
    Executed run(LiveTrash live);

    /** Runs the concrete step on the model. */
    Outcome applyTo(ReferenceTrash model);

    /** An operation of the serial property, unchanged. */
    record Plain(Operation operation) implements Step {

        @Override
        public Executed run(LiveTrash live) {
            return new Executed(this, operation.applyTo(live));
        }

        @Override
        public Outcome applyTo(ReferenceTrash model) {
            return operation.applyTo(model);
        }

        @Override
        public String toString() {
            return operation.toString();
        }
    }

    /**
     * Reads the Trash count and empties the Trash confirming it, as a user who clicks "Delete all N items?"
     * does. Another thread may change the Trash between the two: Empty Trash must then refuse, not purge
     * what the user never saw.
     */
    record EmptyCounted(String tenant) implements Step {

        @Override
        public Executed run(LiveTrash live) {
            Outcome counted = Outcome.of(() -> live.trash().count(live.actor(tenant), null));
            if (counted.isFailure()) {
                return new Executed(this, counted);
            }
            Operation confirmed = new Operation.EmptyTrashConfirming(tenant, (Long) counted.value(), "as counted");
            return new Executed(new Plain(confirmed), confirmed.applyTo(live));
        }

        @Override
        public Outcome applyTo(ReferenceTrash model) {
            throw new IllegalStateException("run first: the model replays the count the store showed");
        }

        @Override
        public String toString() {
            return "empty trash confirming the count just read";
        }
    }

    /**
     * Sweeps from a second Trash whose clock stands {@code offset} ahead (another instance's sweeper), while
     * every other step keeps the history's fixed time. The model moves its clock there and back around the
     * sweep, so the times it predicts stay exact.
     */
    record SweepAt(Duration offset) implements Step {

        @Override
        public Executed run(LiveTrash live) {
            return new Executed(this, new Operation.Sweep().applyTo(live.aheadBy(offset)));
        }

        @Override
        public Outcome applyTo(ReferenceTrash model) {
            return applyTo(model, Set.of());
        }

        /** The sweep on the model, not claiming the entries rooted at {@code skipped} (they were locked). */
        public Outcome applyTo(ReferenceTrash model, Set<ItemRef> skipped) {
            model.advance(offset);
            Outcome swept = model.sweepSkipping(IdSpace.T1, skipped);
            model.advance(offset.negated());
            return swept;
        }

        @Override
        public String toString() {
            return "sweep at the clock + " + offset.toDays() + "d";
        }
    }
}

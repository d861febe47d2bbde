package dev.trash.testkit.concurrency;

import dev.trash.ItemRef;
import dev.trash.testkit.model.IdSpace;
import dev.trash.testkit.model.Observation.RowView;
import dev.trash.testkit.model.Operation;
import dev.trash.testkit.model.Outcome;
import dev.trash.testkit.model.ReferenceTrash;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a racing sweep lets other steps see that no serial order of whole sweeps shows. A sweeper claims
 * due entries (with SKIP LOCKED) in one transaction and purges them in another: an entry that a racing
 * restore, purge or Empty Trash holds locked is left for the next sweep, even when that racer then fails
 * and changes nothing, so the sweep may purge any part of what is due; and in between, the claimed entries
 * are still there for other steps to meet.
 */
final class SweepRaces {

    /** Beyond this many due entries the subsets are not tried; the forest never has that many. */
    private static final int MOST_DUE = 10;

    private SweepRaces() {
    }

    /** Every non-empty set of the roots due at the sweep's clock, smallest first. */
    static List<Set<ItemRef>> candidates(ReferenceTrash model, Step.SweepAt sweep) {
        List<ItemRef> due = new ArrayList<>();
        for (RowView row : model.observe().tenants().get(IdSpace.T1).rows()) {
            if (!model.now().plus(sweep.offset()).isBefore(row.cleanupAt())) {
                due.add(row.root());
            }
        }
        List<Set<ItemRef>> subsets = new ArrayList<>();
        if (due.size() > MOST_DUE) {
            return subsets;
        }
        for (int mask = 1; mask < 1 << due.size(); mask++) {
            Set<ItemRef> skipped = new HashSet<>();
            for (int i = 0; i < due.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    skipped.add(due.get(i));
                }
            }
            subsets.add(skipped);
        }
        subsets.sort((a, b) -> Integer.compare(a.size(), b.size()));
        return subsets;
    }

    /**
     * Whether the step, which the model says should give {@code expected} here, met an entry a sweeper had
     * claimed and so did nothing: a restore fails "being purged" where the model still has the item in
     * Trash; a trash reports the claimed entry, "already in Trash", where the model has purged the item.
     */
    static boolean fitsAsNothingDone(Executed step, Outcome expected) {
        if (!(step.step() instanceof Step.Plain plain)) {
            return false;
        }
        Outcome actual = step.outcome();
        if (plain.operation() instanceof Operation.Restore) {
            return "BeingPurgedException".equals(actual.failure()) && !"NotInTrashException".equals(expected.failure());
        }
        return plain.operation() instanceof Operation.MoveToTrash && actual.value() instanceof Outcome.Trashed trashed
                && !trashed.created() && "ItemNotFoundException".equals(expected.failure());
    }

    /** Whether a step of this kind takes locks on entries that a sweeper then skips. */
    static boolean locksEntries(Step step) {
        return step instanceof Step.EmptyCounted || step instanceof Step.Plain plain
                && (plain.operation() instanceof Operation.Restore
                || plain.operation() instanceof Operation.MoveToTrash // an item already in Trash: its entry
                || plain.operation() instanceof Operation.Purge
                || plain.operation() instanceof Operation.EmptyTrashConfirming);
    }
}

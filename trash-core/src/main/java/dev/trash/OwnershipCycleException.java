package dev.trash;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The host's rows make an item its own ancestor (folder f2 in f1, then f1's parent set to f2). No move to
 * Trash, restore or purge can tell what is above or below such an item, so each refuses, changing nothing,
 * until the host fixes the parents.
 */
public class OwnershipCycleException extends ItemException {

    private final List<ItemRef> cycle;

    /**
     * Creates the exception.
     *
     * @param item the item the operation was asked to act on
     * @param cycle the items of the cycle, each the parent of the one before, the first repeated at the end
     */
    public OwnershipCycleException(ItemRef item, List<ItemRef> cycle) {
        super(item, "Cannot act on " + item + ": its ancestors form a cycle in the host's rows ("
                + cycle.stream().map(ItemRef::toString).collect(Collectors.joining(" -> "))
                + ", each the parent of the one before). Fix the parents first.");
        this.cycle = List.copyOf(cycle);
    }

    /** The items of the cycle, each the parent of the one before, the first repeated at the end. */
    public List<ItemRef> cycle() {
        return cycle;
    }
}

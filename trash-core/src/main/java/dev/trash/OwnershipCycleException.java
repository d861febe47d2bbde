package dev.trash;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The host's rows make an item its own ancestor (folder f2 in f1, then f1's parent set to f2). No move to
 * Trash, restore or purge can tell what is above or below such an item, so each refuses, changing nothing,
 * until the host fixes the parents.
 */
public class OwnershipCycleException extends ItemException {

    private final List<ItemRef> cycle;
    private final Map<ItemRef, String> names;

    /** Creates the exception when no name is known; see the constructor with names. */
    public OwnershipCycleException(ItemRef item, List<ItemRef> cycle) {
        this(item, cycle, Map.of());
    }

    /**
     * Creates the exception.
     *
     * @param item the item the operation was asked to act on
     * @param cycle the items of the cycle, each the parent of the one before, the first repeated at the end
     * @param names the names the store has of {@code item} and the cycle's items; an item missing here is
     *     named by its id
     */
    public OwnershipCycleException(ItemRef item, List<ItemRef> cycle, Map<ItemRef, String> names) {
        super(item, names.get(item), "Cannot act on " + ItemLabel.of(item, names.get(item))
                + ": its ancestors form a cycle in the host's rows ("
                + cycle.stream().map(ref -> ItemLabel.of(ref, names.get(ref))).collect(Collectors.joining(" -> "))
                + ", each the parent of the one before). Fix the parents first.");
        this.cycle = List.copyOf(cycle);
        Map<ItemRef, String> known = new HashMap<>();
        names.forEach((ref, name) -> {
            if (ItemLabel.known(name) != null) {
                known.put(ref, name);
            }
        });
        this.names = Map.copyOf(known);
    }

    /** The items of the cycle, each the parent of the one before, the first repeated at the end. */
    public List<ItemRef> cycle() {
        return cycle;
    }

    /** The name of the item or of an item of the cycle, or {@code null} when unknown. */
    public String nameOf(ItemRef ref) {
        return names.get(ref);
    }
}

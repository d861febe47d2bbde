package dev.trash;

/**
 * How every message names an item, so that the rule lives once: {@code model "detector" (1)} when the
 * store has the item's name, {@code model 1} when it does not (an item that was not found, a table mapped
 * without a name column). The id stays in both forms, since names need not be unique.
 */
final class ItemLabel {

    private ItemLabel() {
    }

    /** The item as a message names it. */
    static String of(ItemRef ref, String name) {
        String known = known(name);
        return known == null ? ref.toString() : ref.type() + " \"" + known + "\" (" + ref.id() + ")";
    }

    /** The name, or {@code null} when there is none worth showing: absent or blank. */
    static String known(String name) {
        return name == null || name.isBlank() ? null : name;
    }
}

package dev.trash;

/**
 * Names one resource inside a tenant: its registered type and its id.
 *
 * <p>The tenant is never part of a reference a caller passes in: it always comes from the {@link Actor},
 * so an item of another tenant cannot even be named.
 *
 * @param type the registered type name, such as {@code "model"}, at most {@link InputLimits#TYPE} characters
 * @param id the host's id of the resource: not blank, at most {@link InputLimits#ID} characters, without
 *     surrounding whitespace or control characters
 */
public record ItemRef(String type, String id) {

    /** Validates both parts: present, within their limits, without surrounding whitespace or control characters. */
    public ItemRef {
        Identifiers.requireKey(type, "type", InputLimits.TYPE);
        Identifiers.requireKey(id, "id", InputLimits.ID);
    }

    /** Shorthand for {@code new ItemRef(type, id)}. */
    public static ItemRef of(String type, String id) {
        return new ItemRef(type, id);
    }

    /**
     * Renders as {@code "model m1"}, the form messages use for an item whose name is unknown; an item with a
     * name reads {@code model "detector" (m1)} in them.
     */
    @Override
    public String toString() {
        return type + " " + id;
    }
}

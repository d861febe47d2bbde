package dev.trash;

/**
 * Names one resource inside a tenant: its registered type and its id.
 *
 * <p>The tenant is never part of a reference a caller passes in: it always comes from the {@link Actor},
 * so an item of another tenant cannot even be named.
 *
 * @param type the registered type name, such as {@code "model"}
 * @param id the host's id of the resource, never blank
 */
public record ItemRef(String type, String id) {

    /** Validates that both parts are present. */
    public ItemRef {
        Identifiers.requireText(type, "type");
        Identifiers.requireText(id, "id");
    }

    /** Shorthand for {@code new ItemRef(type, id)}. */
    public static ItemRef of(String type, String id) {
        return new ItemRef(type, id);
    }

    /** Renders as {@code "model m1"}, the form used in every message. */
    @Override
    public String toString() {
        return type + " " + id;
    }
}

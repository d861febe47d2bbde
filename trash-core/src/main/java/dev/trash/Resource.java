package dev.trash;

import java.util.Optional;

/**
 * A trashable resource as a host creates it.
 *
 * @param ref its type and id
 * @param name the display name, at most {@link InputLimits#NAME} characters; unique among active siblings when
 *     its type asks for it
 * @param sizeBytes the bytes it holds, counted in storage usage until purged
 * @param parentId the id of its owning parent, or {@code null}; the parent's type comes from the catalogue
 */
public record Resource(ItemRef ref, String name, long sizeBytes, String parentId) {

    /** Validates the fields. */
    public Resource {
        if (ref == null) {
            throw new InvalidRequestException("ref must not be null");
        }
        Identifiers.requireText(name, "name", InputLimits.NAME);
        Identifiers.requireNotNegative(sizeBytes, "sizeBytes");
        if (parentId != null && parentId.isBlank()) {
            throw new InvalidRequestException("parentId must be null or not blank");
        }
        if (parentId != null) {
            Identifiers.requireKey(parentId, "parentId", InputLimits.ID);
        }
    }

    /** A resource without a parent. */
    public static Resource of(String type, String id, String name, long sizeBytes) {
        return new Resource(ItemRef.of(type, id), name, sizeBytes, null);
    }

    /** A resource owned by the parent with the given id. */
    public static Resource owned(String type, String id, String name, long sizeBytes, String parentId) {
        return new Resource(ItemRef.of(type, id), name, sizeBytes, parentId);
    }

    /** The parent's id, if it has one. */
    public Optional<String> parent() {
        return Optional.ofNullable(parentId);
    }
}

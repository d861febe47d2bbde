package dev.trash;

import java.util.Optional;
import java.util.Set;

/**
 * One registered type of trashable resource.
 *
 * @param name the type name, such as {@code "model"}
 * @param parentType the type of its owning parent, or {@code null} for a top-level type; may equal
 *     {@code name} for a type that nests in itself (folders in folders)
 * @param uniqueNames whether names are unique among active items of the same tenant, type and parent
 * @param assetTypes the types of shared assets its items may reference (a dataset's images)
 */
public record ResourceType(String name, String parentType, boolean uniqueNames, Set<String> assetTypes) {

    /** Validates and copies. */
    public ResourceType {
        Identifiers.requireKey(name, "type name", InputLimits.TYPE);
        if (parentType != null) {
            Identifiers.requireKey(parentType, "parent type", InputLimits.TYPE);
        }
        assetTypes = Set.copyOf(assetTypes);
    }

    /** A top-level type. */
    public static ResourceType topLevel(String name) {
        return new ResourceType(name, null, false, Set.of());
    }

    /** A type owned by {@code parentType}. */
    public static ResourceType ownedBy(String name, String parentType) {
        return new ResourceType(name, parentType, false, Set.of());
    }

    /** A type whose items may sit in an item of the same type, or at the top. */
    public static ResourceType selfNesting(String name) {
        return new ResourceType(name, name, false, Set.of());
    }

    /** The same type, with names unique among active siblings. */
    public ResourceType withUniqueNames() {
        return new ResourceType(name, parentType, true, assetTypes);
    }

    /** The same type, referencing shared assets of the given types. */
    public ResourceType referencing(String... assetTypeNames) {
        return new ResourceType(name, parentType, uniqueNames, Set.of(assetTypeNames));
    }

    /** The owning parent's type, if any. */
    public Optional<String> parent() {
        return Optional.ofNullable(parentType);
    }

    /** Whether items of this type may reference shared assets. */
    public boolean ownsAssets() {
        return !assetTypes.isEmpty();
    }
}

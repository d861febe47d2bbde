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
 * @param purgeRecords whether a purge keeps a record per purged item of this type, listed by
 *     {@code Trash.purgedItems} until every listener has the purge (the default); a type whose purge needs no
 *     item list opts out with {@link #withoutPurgeRecords()}, and its purges then cost only their DELETEs
 */
public record ResourceType(String name, String parentType, boolean uniqueNames, Set<String> assetTypes,
                           boolean purgeRecords) {

    /** Validates and copies. */
    public ResourceType {
        Identifiers.requireKey(name, "type name", InputLimits.TYPE);
        if (parentType != null) {
            Identifiers.requireKey(parentType, "parent type", InputLimits.TYPE);
        }
        assetTypes = Set.copyOf(assetTypes);
    }

    /** A type whose purges keep a record per purged item, the default. */
    public ResourceType(String name, String parentType, boolean uniqueNames, Set<String> assetTypes) {
        this(name, parentType, uniqueNames, assetTypes, true);
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
        return new ResourceType(name, parentType, true, assetTypes, purgeRecords);
    }

    /** The same type, referencing shared assets of the given types. */
    public ResourceType referencing(String... assetTypeNames) {
        return new ResourceType(name, parentType, uniqueNames, Set.of(assetTypeNames), purgeRecords);
    }

    /**
     * The same type, with no record kept of its purged items: {@code Trash.purgedItems} lists none of them.
     * For types whose listeners need only the PURGED event's totals (a cache of thumbnails, log lines), so
     * that purging a million of them writes nothing but the DELETEs.
     */
    public ResourceType withoutPurgeRecords() {
        return new ResourceType(name, parentType, uniqueNames, assetTypes, false);
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

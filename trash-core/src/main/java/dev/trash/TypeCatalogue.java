package dev.trash;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The registered resource types and how they nest. Built once; immutable.
 *
 * <pre>{@code
 * TypeCatalogue types = TypeCatalogue.builder()
 *     .add(ResourceType.topLevel("project"))
 *     .add(ResourceType.ownedBy("model", "project").withUniqueNames())
 *     .add(ResourceType.topLevel("dataset").referencing("image"))
 *     .add(ResourceType.topLevel("image"))
 *     .build();
 * }</pre>
 */
public final class TypeCatalogue {

    private final Map<String, ResourceType> types;
    private final List<String> order;

    private TypeCatalogue(Map<String, ResourceType> types) {
        this.types = Map.copyOf(types);
        this.order = List.copyOf(types.keySet());
    }

    /** Starts a catalogue. */
    public static Builder builder() {
        return new Builder();
    }

    /** The type with this name, or {@link UnknownTypeException}. */
    public ResourceType require(String typeName) {
        ResourceType type = typeName == null ? null : types.get(typeName);
        if (type == null) {
            throw new UnknownTypeException(typeName, order);
        }
        return type;
    }

    /** Whether the name is registered. */
    public boolean contains(String typeName) {
        return types.containsKey(typeName);
    }

    /** Every type, in registration order. */
    public List<ResourceType> types() {
        return order.stream().map(types::get).toList();
    }

    /** The types whose parent type is {@code parentType} (itself included for a self-nesting type). */
    public List<ResourceType> childTypesOf(String parentType) {
        return types().stream().filter(t -> parentType.equals(t.parentType())).toList();
    }

    /** The names of every type, in registration order. */
    public Collection<String> names() {
        return order;
    }

    /** The names of the types that keep no record of their purged items ({@link ResourceType#withoutPurgeRecords}). */
    public Set<String> typesWithoutPurgeRecords() {
        return types().stream().filter(t -> !t.purgeRecords()).map(ResourceType::name)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Collects types and checks, when built, that every referenced type is registered. */
    public static final class Builder {

        private final Map<String, ResourceType> types = new LinkedHashMap<>();

        private Builder() {
        }

        /** Registers a type; a name may be registered once. */
        public Builder add(ResourceType type) {
            if (types.putIfAbsent(type.name(), type) != null) {
                throw new IllegalArgumentException("type '" + type.name() + "' is registered twice");
            }
            return this;
        }

        /** Validates the references between types and builds the catalogue. */
        public TypeCatalogue build() {
            if (types.isEmpty()) {
                throw new IllegalArgumentException("a catalogue needs at least one type");
            }
            List<String> problems = new ArrayList<>();
            for (ResourceType type : types.values()) {
                type.parent().filter(p -> !types.containsKey(p))
                        .ifPresent(p -> problems.add(type.name() + " has unknown parent type " + p));
                type.assetTypes().stream().filter(a -> !types.containsKey(a))
                        .forEach(a -> problems.add(type.name() + " references unknown asset type " + a));
            }
            rejectOwnershipCycles(problems);
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException("invalid type catalogue: " + String.join("; ", problems));
            }
            return new TypeCatalogue(types);
        }

        /** Only a type owned by itself may form a loop; a longer cycle has no top an item could sit at. */
        private void rejectOwnershipCycles(List<String> problems) {
            for (ResourceType start : types.values()) {
                String current = start.parentType();
                String previous = start.name();
                int steps = 0;
                while (current != null && !current.equals(previous) && steps++ <= types.size()) {
                    if (current.equals(start.name())) {
                        problems.add("ownership cycle through " + start.name());
                        break;
                    }
                    ResourceType next = types.get(current);
                    previous = current;
                    current = next == null ? null : next.parentType();
                }
            }
        }
    }
}

package dev.trash.jdbi.internal;

import dev.trash.ResourceType;
import dev.trash.TypeCatalogue;
import dev.trash.jdbi.AssetLinkMapping;
import dev.trash.jdbi.KeyType;
import dev.trash.jdbi.TableMapping;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The validated mapping of a whole catalogue, and the traversal orders the set-based verbs need. Built
 * once; a mistake in the mapping fails here, at startup, rather than in the first cascade.
 */
public final class Tables {

    private final Map<String, TypeTable> byType;
    private final List<TypeTable> sorted;
    private final List<LinkTable> links;
    private final TypeCatalogue catalogue;

    private Tables(TypeCatalogue catalogue, Map<String, TypeTable> byType, List<LinkTable> links) {
        this.catalogue = catalogue;
        this.byType = byType;
        this.sorted = List.copyOf(new TreeMap<>(byType).values());
        this.links = links;
    }

    /**
     * Validates the mappings against the catalogue: every type mapped once, parents and links as declared.
     * Key columns whose type the mapping does not set are looked up in {@code columns}; a column it does not
     * find is taken as text.
     */
    public static Tables of(TypeCatalogue catalogue, Collection<TableMapping> mappings,
                            Collection<AssetLinkMapping> linkMappings, Dialect dialect, ColumnTypes columns) {
        Map<String, TypeTable> byType = new TreeMap<>();
        for (TableMapping m : mappings) {
            ResourceType type = catalogue.require(m.type());
            if (type.parentType() != null && m.parentColumn() == null) {
                throw new IllegalArgumentException("type '" + m.type() + "' has parent type '" + type.parentType()
                        + "': map its parent column with .parent(...)");
            }
            if (type.parentType() == null && m.parentColumn() != null) {
                throw new IllegalArgumentException("type '" + m.type() + "' is top-level but maps parent column '"
                        + m.parentColumn() + "'");
            }
            TypeTable table = new TypeTable(m.type(), SqlNames.require(m.tableName(), "table"),
                    SqlNames.require(m.idColumn(), "id column"), SqlNames.require(m.tenantColumn(), "tenant column"),
                    m.parentColumn(), type.parentType(), SqlNames.require(m.nameColumn(), "name column"),
                    SqlNames.require(m.sizeColumn(), "size column"), SqlNames.require(m.markerColumn(), "marker column"),
                    type.uniqueNames(), key(columns, dialect, m.tableName(), m.idColumn(), m.idType()),
                    key(columns, dialect, m.tableName(), m.tenantColumn(), m.tenantType()),
                    key(columns, dialect, m.tableName(), m.parentColumn(), m.parentType()));
            if (byType.put(m.type(), table) != null) {
                throw new IllegalArgumentException("type '" + m.type() + "' is mapped twice");
            }
        }
        List<String> unmapped = catalogue.names().stream().filter(n -> !byType.containsKey(n)).toList();
        if (!unmapped.isEmpty()) {
            throw new IllegalArgumentException("types of the catalogue without a table mapping: " + unmapped);
        }
        return new Tables(catalogue, Map.copyOf(byType), links(catalogue, linkMappings, dialect, columns));
    }

    /** The column's key: as the mapping sets it, else as the database describes it, else text. */
    static Key key(ColumnTypes columns, Dialect dialect, String table, String column, KeyType given) {
        if (given != null) {
            Key described = column == null || columns == null ? null : columns.key(table, column).orElse(null);
            return new Key(given, described == null ? null : described.collation(), dialect);
        }
        if (column == null || columns == null) {
            return Key.text(dialect);
        }
        return columns.key(table, column).orElseGet(() -> Key.text(dialect));
    }

    private static List<LinkTable> links(TypeCatalogue catalogue, Collection<AssetLinkMapping> linkMappings,
                                         Dialect dialect, ColumnTypes columns) {
        Map<String, LinkTable> links = new LinkedHashMap<>();
        for (AssetLinkMapping m : linkMappings) {
            if (!catalogue.require(m.ownerType()).assetTypes().contains(m.assetType())) {
                throw new IllegalArgumentException("link table '" + m.tableName() + "': " + m.ownerType()
                        + " does not reference " + m.assetType() + " in the catalogue");
            }
            LinkTable link = new LinkTable(m.ownerType(), m.assetType(), SqlNames.require(m.tableName(), "link table"),
                    SqlNames.require(m.tenantColumn(), "link tenant column"),
                    SqlNames.require(m.ownerColumn(), "owner column"), SqlNames.require(m.assetColumn(), "asset column"),
                    key(columns, dialect, m.tableName(), m.tenantColumn(), null),
                    key(columns, dialect, m.tableName(), m.ownerColumn(), null),
                    key(columns, dialect, m.tableName(), m.assetColumn(), null));
            if (links.put(m.ownerType() + "->" + m.assetType(), link) != null) {
                throw new IllegalArgumentException("relation " + m.ownerType() + " -> " + m.assetType()
                        + " is mapped twice");
            }
        }
        for (ResourceType type : catalogue.types()) {
            for (String asset : type.assetTypes()) {
                if (!links.containsKey(type.name() + "->" + asset)) {
                    throw new IllegalArgumentException("relation " + type.name() + " -> " + asset
                            + " has no link table: add AssetLinkMapping.between(\"" + type.name() + "\", \"" + asset
                            + "\")");
                }
            }
        }
        return List.copyOf(links.values());
    }

    /** The table of a type. */
    public TypeTable of(String type) {
        return byType.get(catalogue.require(type).name());
    }

    /** Every table, sorted by type name: the order of {@code itemsOfEntry}. */
    public List<TypeTable> all() {
        return sorted;
    }

    /** The types a subtree rooted at {@code rootType} may contain, parents before children (breadth-first). */
    public List<TypeTable> subtree(String rootType) {
        List<TypeTable> order = new ArrayList<>();
        Deque<String> pending = new ArrayDeque<>(List.of(rootType));
        while (!pending.isEmpty()) {
            String type = pending.poll();
            order.add(of(type));
            catalogue.childTypesOf(type).stream().map(ResourceType::name)
                    .filter(child -> !child.equals(type)).forEach(pending::add);
        }
        return order;
    }

    /** The types the subtrees of several root types may contain, every type after its parent type. */
    public List<TypeTable> subtrees(Collection<String> rootTypes) {
        List<TypeTable> union = new ArrayList<>();
        for (String root : new TreeSet<>(rootTypes)) {
            subtree(root).stream().filter(t -> !union.contains(t)).forEach(union::add);
        }
        union.sort(Comparator.comparingInt(this::depth));
        return union;
    }

    /** How many parent types lie above a type; a self-nesting type's parent is itself and does not count. */
    private int depth(TypeTable t) {
        int depth = 0;
        for (String current = t.type(), parent = t.parentType(); parent != null && !parent.equals(current);
                current = parent, parent = of(parent).parentType()) {
            depth++;
        }
        return depth;
    }

    /** The tables of the types whose items may hold others: the parents of nested entries. */
    public List<TypeTable> parentTables() {
        return catalogue.types().stream().filter(t -> !catalogue.childTypesOf(t.name()).isEmpty())
                .map(t -> of(t.name())).toList();
    }

    /** The tables of types whose parent type is {@code type}, itself excluded. */
    public List<TypeTable> childrenOf(String type) {
        return catalogue.childTypesOf(type).stream().filter(t -> !t.name().equals(type)).map(t -> of(t.name())).toList();
    }

    /** Link tables whose owners are of one of the given types. */
    public List<LinkTable> linksOwnedBy(Set<String> ownerTypes) {
        return links.stream().filter(l -> ownerTypes.contains(l.ownerType())).toList();
    }

    /** Link tables pointing at assets of one of the given types. */
    public List<LinkTable> linksTo(Set<String> assetTypes) {
        return links.stream().filter(l -> assetTypes.contains(l.assetType())).toList();
    }

    /** Every link table. */
    public List<LinkTable> links() {
        return links;
    }
}

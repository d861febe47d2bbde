package dev.trash.jdbi.internal;

import dev.trash.InvalidRequestException;
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

    /** Validates the mappings of a repository whose tables have tenant columns; see the overload. */
    public static Tables of(TypeCatalogue catalogue, Collection<TableMapping> mappings,
                            Collection<AssetLinkMapping> linkMappings, Dialect dialect, ColumnTypes columns) {
        return of(catalogue, mappings, linkMappings, dialect, columns, null);
    }

    /**
     * Validates the mappings against the catalogue: every type mapped once, parents and links as declared,
     * tenants as the repository's tenancy allows ({@link MappingRules}). Key columns whose type the mapping
     * does not set are looked up in {@code columns}; a column it does not find is taken as text.
     *
     * @param singleTenant the one tenant of a repository without tenant columns, or {@code null}
     */
    public static Tables of(TypeCatalogue catalogue, Collection<TableMapping> mappings,
                            Collection<AssetLinkMapping> linkMappings, Dialect dialect, ColumnTypes columns,
                            String singleTenant) {
        Map<String, TableMapping> byName = new TreeMap<>();
        for (TableMapping m : mappings) {
            MappingRules.check(catalogue.require(m.type()), m, singleTenant);
            if (byName.put(m.type(), m) != null) {
                throw new IllegalArgumentException("type '" + m.type() + "' is mapped twice");
            }
        }
        List<String> unmapped = catalogue.names().stream().filter(n -> !byName.containsKey(n)).toList();
        if (!unmapped.isEmpty()) {
            throw new IllegalArgumentException("types of the catalogue without a table mapping: " + unmapped);
        }
        Map<String, TypeTable> byType = new TreeMap<>();
        for (String type : byName.keySet()) {
            resolve(type, catalogue, byName, byType, dialect, columns, singleTenant);
        }
        return new Tables(catalogue, Map.copyOf(byType),
                links(catalogue, linkMappings, dialect, columns, singleTenant));
    }

    /** The table of a type, its tenant parent's first: a table without a tenant column joins its parent's. */
    private static TypeTable resolve(String type, TypeCatalogue catalogue, Map<String, TableMapping> byName,
                                     Map<String, TypeTable> byType, Dialect dialect, ColumnTypes columns,
                                     String singleTenant) {
        TypeTable done = byType.get(type);
        if (done != null) {
            return done;
        }
        TableMapping m = byName.get(type);
        ResourceType resourceType = catalogue.require(type);
        TypeTable tenantParent = null;
        Key tenantKey = key(columns, dialect, m.tableName(), m.tenantColumn(), m.tenantType());
        if (m.isTenantFromParent()) {
            TypeTable up = resolve(resourceType.parentType(), catalogue, byName, byType, dialect, columns, singleTenant);
            boolean upHasTenant = up.tenant() != null || up.tenantParent() != null;
            tenantParent = upHasTenant ? up : null; // a single tenant's chain needs no join
            tenantKey = up.tenantKey();
        }
        TypeTable table = new TypeTable(m.type(), SqlNames.require(m.tableName(), "table"),
                SqlNames.require(m.idColumn(), "id column"), m.tenantColumn(), m.parentColumn(),
                resourceType.parentType(), m.nameColumn(), m.sizeColumn(),
                SqlNames.require(m.markerColumn(), "marker column"), resourceType.uniqueNames(),
                key(columns, dialect, m.tableName(), m.idColumn(), m.idType()), tenantKey,
                key(columns, dialect, m.tableName(), m.parentColumn(), m.parentType()), tenantParent,
                tenantParent == null && m.tenantColumn() == null ? singleTenant : null);
        byType.put(type, table);
        return table;
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
                                         Dialect dialect, ColumnTypes columns, String singleTenant) {
        Map<String, LinkTable> links = new LinkedHashMap<>();
        for (AssetLinkMapping m : linkMappings) {
            if (!catalogue.require(m.ownerType()).assetTypes().contains(m.assetType())) {
                throw new IllegalArgumentException("link table '" + m.tableName() + "': " + m.ownerType()
                        + " does not reference " + m.assetType() + " in the catalogue");
            }
            MappingRules.checkLink(m, singleTenant);
            LinkTable link = new LinkTable(m.ownerType(), m.assetType(), SqlNames.require(m.tableName(), "link table"),
                    m.tenantColumn(), SqlNames.require(m.ownerColumn(), "owner column"),
                    SqlNames.require(m.assetColumn(), "asset column"),
                    key(columns, dialect, m.tableName(), m.tenantColumn(), null),
                    key(columns, dialect, m.tableName(), m.ownerColumn(), null),
                    key(columns, dialect, m.tableName(), m.assetColumn(), null),
                    m.tenantColumn() == null ? singleTenant : null);
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

    /**
     * Refuses a tenant that a typed tenant column reads as another one's: "01" on a BIGINT column would find
     * tenant 1's rows while Trash's own tables keep it apart from "1", so it would see some of that tenant's
     * state and not the rest. A tenant that is no value of the column at all owns nothing there, and passes.
     *
     * @throws InvalidRequestException naming the tenant, its canonical form and the column
     */
    public void requireCanonicalTenant(String tenant) {
        for (TypeTable t : sorted) {
            if (t.tenant() != null) {
                requireCanonical(t.tenantKey(), tenant, t.table() + "." + t.tenant());
            }
        }
        for (LinkTable l : links) {
            if (l.tenant() != null) {
                requireCanonical(l.tenantKey(), tenant, l.table() + "." + l.tenant());
            }
        }
    }

    private static void requireCanonical(Key key, String tenant, String column) {
        key.canonical(tenant).filter(canonical -> !canonical.equals(tenant)).ifPresent(canonical -> {
            throw new InvalidRequestException("tenant '" + tenant + "' is written '" + canonical + "' in column "
                    + column + " (" + key.type() + "): use that form");
        });
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

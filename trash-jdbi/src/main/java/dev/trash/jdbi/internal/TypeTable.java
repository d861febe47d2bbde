package dev.trash.jdbi.internal;

import java.util.function.Function;

/**
 * A validated mapping of one catalogue type: every name here has passed {@link SqlNames}.
 *
 * @param type the catalogue type
 * @param table the table
 * @param id the id column
 * @param tenant the tenant column, or {@code null} when the tenant comes through the parent or is the single one
 * @param parent the parent column, or {@code null} for a top-level type
 * @param parentType the parent's catalogue type, or {@code null}
 * @param name the name column, or {@code null}: items are named by their id
 * @param size the size column, or {@code null}: items weigh 0 bytes
 * @param marker the marker column
 * @param uniqueNames whether the catalogue asks names to be unique among active siblings
 * @param idKey the id column's type
 * @param tenantKey the type of the column that holds the tenant, this table's or the one up the parent chain
 * @param parentKey the parent column's type (text when there is no parent column)
 * @param tenantParent the parent's table, whose rows give this table's rows their tenant, or {@code null}
 * @param singleTenant the one tenant of a repository without tenant columns, or {@code null}
 */
public record TypeTable(String type, String table, String id, String tenant, String parent, String parentType,
                        String name, String size, String marker, boolean uniqueNames, Key idKey, Key tenantKey,
                        Key parentKey, TypeTable tenantParent, String singleTenant) {

    /** A table with a tenant column of its own. */
    public TypeTable(String type, String table, String id, String tenant, String parent, String parentType,
                     String name, String size, String marker, boolean uniqueNames, Key idKey, Key tenantKey,
                     Key parentKey) {
        this(type, table, id, tenant, parent, parentType, name, size, marker, uniqueNames, idKey, tenantKey,
                parentKey, null, null);
    }

    /** "{@code alias.tenant = :tenant}", the tenant bound in the column's type; {@code alias} may be null. */
    public String tenantIs(String alias) {
        return tenantMatches(alias, key -> key.param("tenant"));
    }

    /**
     * "The row belongs to the tenant of {@code :tenant} and {@code markCondition} holds", for a condition on
     * the marker that names only that tenant's entries. A mark is the id of one tenant's entry, set only by
     * that entry's cascade, so where the tenant comes from the parent the mark alone picks the tenant's rows:
     * the join up the parent chain of {@link #tenantIs} would probe each ancestor table once per marked row
     * (100,000 probes of models and of projects for the totals of one project's subtree).
     *
     * @param alias the row's alias, or {@code null} in a statement on this table without one
     * @param markCondition the condition on the marker column
     * @return the condition
     */
    public String tenantMarked(String alias, String markCondition) {
        return tenant == null && tenantParent != null ? markCondition : tenantIs(alias) + " AND " + markCondition;
    }

    /**
     * "The row {@code alias} belongs to the tenant {@code value} gives": a comparison with this table's tenant
     * column; without one, an EXISTS that joins up the parent chain to the table that has it (by the parent's
     * id, which its key index serves), or in a single-tenant repository a comparison with that tenant.
     *
     * @param alias the row's alias, or {@code null} in a statement on this table without one
     * @param value the tenant as an expression comparable with a column of the given key type
     * @return the condition
     */
    public String tenantMatches(String alias, Function<Key, String> value) {
        if (tenant != null) {
            return (alias == null ? "" : alias + ".") + tenant + " = " + value.apply(tenantKey);
        }
        if (tenantParent != null) {
            String up = alias == null ? "trash_tp" : alias + "_tp";
            return "EXISTS (SELECT 1 FROM " + tenantParent.table() + " " + up + " WHERE " + up + "."
                    + tenantParent.id() + " = " + (alias == null ? table : alias) + "." + parent + " AND "
                    + tenantParent.tenantMatches(up, value) + ")";
        }
        return tenantKey.dialect().sameText(value.apply(tenantKey), SingleTenant.literal(singleTenant));
    }

    /**
     * "The row {@code alias} of this table is in the tenant of the row {@code parentAlias} of {@code parentTable}"
     * for a row directly below that one: always so without a tenant column of its own.
     */
    public String sameTenantAs(String alias, TypeTable parentTable, String parentAlias) {
        return tenant == null ? "1 = 1" : parentTable.tenantMatches(parentAlias, key -> alias + "." + tenant);
    }

    /** "{@code alias.id = :param}", the id bound in the column's type. */
    public String idIs(String alias, String param) {
        return alias + "." + id + " = " + idKey.param(param);
    }

    /** The size of a row, 0 for a table without a size column; {@code alias} may be null. */
    public String sizeOf(String alias) {
        return size == null ? "0" : (alias == null ? "" : alias + ".") + size;
    }

    /** Whether items of this type sit in items of the same type (folders in folders). */
    public boolean selfNesting() {
        return type.equals(parentType);
    }

    /** The columns read into a {@code TrashItem}, aliased so one row mapper fits every table. */
    public String itemColumns(String alias) {
        String itemName = name == null ? idKey.toText(alias + "." + id) : alias + "." + name;
        return alias + "." + id + " AS item_id, " + itemName + " AS item_name, " + sizeOf(alias)
                + " AS item_size, " + (parent == null ? "NULL" : alias + "." + parent) + " AS item_parent, "
                + alias + "." + marker + " AS item_marker";
    }

    /** Null-safe "same parent" between two aliases of this table. */
    public String sameParent(String a, String b) {
        if (parent == null) {
            return "1 = 1";
        }
        return "(" + a + "." + parent + " = " + b + "." + parent + " OR (" + a + "." + parent + " IS NULL AND "
                + b + "." + parent + " IS NULL))";
    }
}

package dev.trash.jdbi.internal;

/**
 * A validated mapping of one catalogue type: every name here has passed {@link SqlNames}.
 *
 * @param type the catalogue type
 * @param table the table
 * @param id the id column
 * @param tenant the tenant column
 * @param parent the parent column, or {@code null} for a top-level type
 * @param parentType the parent's catalogue type, or {@code null}
 * @param name the name column
 * @param size the size column
 * @param marker the marker column
 * @param uniqueNames whether the catalogue asks names to be unique among active siblings
 * @param idKey the id column's type
 * @param tenantKey the tenant column's type
 * @param parentKey the parent column's type (text when there is no parent column)
 */
public record TypeTable(String type, String table, String id, String tenant, String parent, String parentType,
                        String name, String size, String marker, boolean uniqueNames, Key idKey, Key tenantKey,
                        Key parentKey) {

    /** "{@code alias.tenant = :tenant}", the tenant bound in the column's type; {@code alias} may be null. */
    public String tenantIs(String alias) {
        return (alias == null ? "" : alias + ".") + tenant + " = " + tenantKey.param("tenant");
    }

    /** "{@code alias.id = :param}", the id bound in the column's type. */
    public String idIs(String alias, String param) {
        return alias + "." + id + " = " + idKey.param(param);
    }

    /** Whether items of this type sit in items of the same type (folders in folders). */
    public boolean selfNesting() {
        return type.equals(parentType);
    }

    /** The columns read into a {@code TrashItem}, aliased so one row mapper fits every table. */
    public String itemColumns(String alias) {
        return alias + "." + id + " AS item_id, " + alias + "." + name + " AS item_name, " + alias + "." + size
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

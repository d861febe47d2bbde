package dev.trash.jdbi;

import dev.trash.jdbi.internal.SqlNames;
import java.util.Objects;

/**
 * How one resource type of the catalogue maps onto a host table. Immutable: each setter returns a copy.
 * Every name is checked when set to be a plain SQL identifier ({@code [A-Za-z_][A-Za-z0-9_]{0,62}}); the
 * adapter splices only such names into SQL and binds every value.
 *
 * <pre>{@code
 * TableMapping.forType("model").table("models").tenant("workspace_id").parent("project_id")
 * }</pre>
 *
 * <p>Defaults: table = the type name, {@code id}, {@code tenant_id}, {@code name}, {@code size_bytes}, no
 * parent column, marker {@code trash_entry_id}. Key columns (id, parent, tenant) may be text, BIGINT, INTEGER
 * or UUID: the adapter reads each one's type from the database when the repository is built (or takes it
 * from {@link #idType} and its siblings) and binds keys in that type. The domain sees every key as text, in
 * the database's canonical form ({@code "7"}, lower-case UUIDs).
 *
 * <p>Tables without some of these columns say so: {@link #tenantFromParent()} for a child table whose tenant
 * is its parent's, {@link #noTenant()} in a single-tenant repository, {@link #noSize()} (items weigh 0 bytes)
 * and {@link #noName()} (items are named by their id; no unique-name rule).
 */
public final class TableMapping {

    /** The default marker column: {@code trash_entry_id BIGINT NULL}, NULL while the row is active. */
    public static final String DEFAULT_MARKER = "trash_entry_id";

    private final String type;
    private String table;
    private String id;
    private String tenant;
    private String parent;
    private String name;
    private String size;
    private String marker;
    private KeyType idType;
    private KeyType tenantType;
    private KeyType parentType;
    private boolean tenantFromParent;

    private TableMapping(String type) {
        this.type = type;
    }

    private TableMapping copy() {
        TableMapping c = new TableMapping(type);
        c.table = table;
        c.id = id;
        c.tenant = tenant;
        c.parent = parent;
        c.name = name;
        c.size = size;
        c.marker = marker;
        c.idType = idType;
        c.tenantType = tenantType;
        c.parentType = parentType;
        c.tenantFromParent = tenantFromParent;
        return c;
    }

    /**
     * Starts the mapping of a catalogue type, with the default column names.
     *
     * @param type the type name as registered in the catalogue
     * @return a mapping to the table named like the type
     */
    public static TableMapping forType(String type) {
        Objects.requireNonNull(type, "type");
        TableMapping m = new TableMapping(type);
        m.table = type;
        m.id = "id";
        m.tenant = "tenant_id";
        m.name = "name";
        m.size = "size_bytes";
        m.marker = DEFAULT_MARKER;
        return m;
    }

    /** @param value the table name @return a copy using it */
    public TableMapping table(String value) {
        TableMapping c = copy();
        c.table = SqlNames.require(value, "table");
        return c;
    }

    /** @param value the id column, unique within a tenant @return a copy using it */
    public TableMapping id(String value) {
        TableMapping c = copy();
        c.id = SqlNames.require(value, "id column");
        return c;
    }

    /** @param value the tenant column, which every statement filters on @return a copy using it */
    public TableMapping tenant(String value) {
        TableMapping c = copy();
        c.tenant = SqlNames.require(value, "tenant column");
        c.tenantFromParent = false;
        return c;
    }

    /**
     * The table has no tenant column: a row's tenant is its parent's, which has the column or takes it from
     * its own parent. Every statement filters the tenant through a join up that chain. For child types only
     * (not self-nesting ones, whose top-level rows have no parent), and the parent's ids must be unique across
     * tenants: the join finds the parent by its id alone.
     *
     * @return a copy without a tenant column
     */
    public TableMapping tenantFromParent() {
        TableMapping c = copy();
        c.tenant = null;
        c.tenantFromParent = true;
        return c;
    }

    /**
     * The table has no tenant column, in a repository built with {@code singleTenant(...)}: its rows belong to
     * that one tenant, and every other tenant finds none of them.
     *
     * @return a copy without a tenant column
     */
    public TableMapping noTenant() {
        TableMapping c = copy();
        c.tenant = null;
        c.tenantFromParent = false;
        return c;
    }

    /** @return a copy for a table without a size column: its items weigh 0 bytes */
    public TableMapping noSize() {
        TableMapping c = copy();
        c.size = null;
        return c;
    }

    /**
     * The table has no name column: items are named by their id in listings and messages, and the type may
     * not declare unique names.
     *
     * @return a copy without a name column
     */
    public TableMapping noName() {
        TableMapping c = copy();
        c.name = null;
        return c;
    }

    /** @param value the column holding the owning parent's id; required iff the type has a parent type @return a copy */
    public TableMapping parent(String value) {
        TableMapping c = copy();
        c.parent = SqlNames.require(value, "parent column");
        return c;
    }

    /** @param value the display-name column @return a copy using it */
    public TableMapping name(String value) {
        TableMapping c = copy();
        c.name = SqlNames.require(value, "name column");
        return c;
    }

    /** @param value the BIGINT column of bytes counted in storage usage @return a copy using it */
    public TableMapping size(String value) {
        TableMapping c = copy();
        c.size = SqlNames.require(value, "size column");
        return c;
    }

    /** @param value the marker column ({@code BIGINT NULL}) @return a copy using it */
    public TableMapping marker(String value) {
        TableMapping c = copy();
        c.marker = SqlNames.require(value, "marker column");
        return c;
    }

    /**
     * Sets the id column's type instead of reading it from the database's metadata.
     *
     * @param value the type
     * @return a copy using it
     */
    public TableMapping idType(KeyType value) {
        TableMapping c = copy();
        c.idType = Objects.requireNonNull(value, "idType");
        return c;
    }

    /**
     * Sets the tenant column's type instead of reading it from the database's metadata.
     *
     * @param value the type
     * @return a copy using it
     */
    public TableMapping tenantType(KeyType value) {
        TableMapping c = copy();
        c.tenantType = Objects.requireNonNull(value, "tenantType");
        return c;
    }

    /**
     * Sets the parent column's type instead of reading it from the database's metadata.
     *
     * @param value the type
     * @return a copy using it
     */
    public TableMapping parentType(KeyType value) {
        TableMapping c = copy();
        c.parentType = Objects.requireNonNull(value, "parentType");
        return c;
    }

    /** @return the catalogue type */
    public String type() {
        return type;
    }

    /** @return the table */
    public String tableName() {
        return table;
    }

    /** @return the id column */
    public String idColumn() {
        return id;
    }

    /** @return the tenant column, or {@code null} after {@link #tenantFromParent()} or {@link #noTenant()} */
    public String tenantColumn() {
        return tenant;
    }

    /** @return whether the table takes its tenant from its parent ({@link #tenantFromParent()}) */
    public boolean isTenantFromParent() {
        return tenantFromParent;
    }

    /** @return whether the table has no tenant of its own nor through its parent ({@link #noTenant()}) */
    public boolean isTenantless() {
        return tenant == null && !tenantFromParent;
    }

    /** @return the parent column, or {@code null} for a top-level type */
    public String parentColumn() {
        return parent;
    }

    /** @return the name column, or {@code null} after {@link #noName()} */
    public String nameColumn() {
        return name;
    }

    /** @return the size column, or {@code null} after {@link #noSize()} */
    public String sizeColumn() {
        return size;
    }

    /** @return the marker column */
    public String markerColumn() {
        return marker;
    }

    /** @return the id column's type as set with {@link #idType}, or null to read it from the database */
    public KeyType idType() {
        return idType;
    }

    /** @return the tenant column's type as set with {@link #tenantType}, or null to read it from the database */
    public KeyType tenantType() {
        return tenantType;
    }

    /** @return the parent column's type as set with {@link #parentType}, or null to read it from the database */
    public KeyType parentType() {
        return parentType;
    }

    @Override
    public String toString() {
        return "TableMapping[" + type + " -> " + table + "]";
    }
}

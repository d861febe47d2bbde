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
 * parent column, marker {@code trash_entry_id}. Id and parent columns must hold text-comparable ids (the
 * adapter binds ids as strings); a binary collation keeps listing orders equal to Java's string order.
 */
public final class TableMapping {

    /** The default marker column: {@code trash_entry_id BIGINT NULL}, NULL while the row is active. */
    public static final String DEFAULT_MARKER = "trash_entry_id";

    private final String type;
    private final String table;
    private final String id;
    private final String tenant;
    private final String parent;
    private final String name;
    private final String size;
    private final String marker;

    private TableMapping(String type, String table, String id, String tenant, String parent, String name,
                         String size, String marker) {
        this.type = type;
        this.table = table;
        this.id = id;
        this.tenant = tenant;
        this.parent = parent;
        this.name = name;
        this.size = size;
        this.marker = marker;
    }

    /**
     * Starts the mapping of a catalogue type, with the default column names.
     *
     * @param type the type name as registered in the catalogue
     * @return a mapping to the table named like the type
     */
    public static TableMapping forType(String type) {
        Objects.requireNonNull(type, "type");
        return new TableMapping(type, type, "id", "tenant_id", null, "name", "size_bytes", DEFAULT_MARKER);
    }

    /** @param value the table name @return a copy using it */
    public TableMapping table(String value) {
        return new TableMapping(type, SqlNames.require(value, "table"), id, tenant, parent, name, size, marker);
    }

    /** @param value the id column, unique within a tenant @return a copy using it */
    public TableMapping id(String value) {
        return new TableMapping(type, table, SqlNames.require(value, "id column"), tenant, parent, name, size, marker);
    }

    /** @param value the tenant column, which every statement filters on @return a copy using it */
    public TableMapping tenant(String value) {
        return new TableMapping(type, table, id, SqlNames.require(value, "tenant column"), parent, name, size, marker);
    }

    /** @param value the column holding the owning parent's id; required iff the type has a parent type @return a copy */
    public TableMapping parent(String value) {
        return new TableMapping(type, table, id, tenant, SqlNames.require(value, "parent column"), name, size, marker);
    }

    /** @param value the display-name column @return a copy using it */
    public TableMapping name(String value) {
        return new TableMapping(type, table, id, tenant, parent, SqlNames.require(value, "name column"), size, marker);
    }

    /** @param value the BIGINT column of bytes counted in storage usage @return a copy using it */
    public TableMapping size(String value) {
        return new TableMapping(type, table, id, tenant, parent, name, SqlNames.require(value, "size column"), marker);
    }

    /** @param value the marker column ({@code BIGINT NULL}) @return a copy using it */
    public TableMapping marker(String value) {
        return new TableMapping(type, table, id, tenant, parent, name, size, SqlNames.require(value, "marker column"));
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

    /** @return the tenant column */
    public String tenantColumn() {
        return tenant;
    }

    /** @return the parent column, or {@code null} for a top-level type */
    public String parentColumn() {
        return parent;
    }

    /** @return the name column */
    public String nameColumn() {
        return name;
    }

    /** @return the size column */
    public String sizeColumn() {
        return size;
    }

    /** @return the marker column */
    public String markerColumn() {
        return marker;
    }

    @Override
    public String toString() {
        return "TableMapping[" + type + " -> " + table + "]";
    }
}

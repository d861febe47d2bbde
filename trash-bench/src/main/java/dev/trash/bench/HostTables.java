package dev.trash.bench;

import dev.trash.jdbi.TableMapping;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * {@link BenchSchema#HOST}, a service's tables as they were before it adopted Trash, shaped as the adoption
 * walkthrough of docs/jdbi.md and the keyed host tables of trash-jdbi's tests have them: BIGINT primary keys
 * of their own (not per tenant), the tenant column on the projects only (models and versions are mapped
 * {@code tenantFromParent()}, so Trash reaches their tenant through the parent chain), single-column foreign
 * keys, and the indexes such a host has: one on each foreign-key column, and a single-column index on the
 * marker of every table. Adopting Trash adds what {@code TrashSchema.markerColumnDdl} prints, pasted as
 * printed into the host's migration (as docs/jdbi.md's adoption walkthrough does): on projects
 * (workspace_id, marker), beside which the host keeps its own (marker); on models and versions, which have
 * no tenant column, (marker), the single-column marker index itself, and (parent), the same columns as the
 * host's foreign-key index, which a host that pastes the printed DDL then has twice. No {@code deleted} flag: Hibernate's baseline maps only
 * {@link BenchSchema#BENCH}.
 */
final class HostTables implements BenchSchema {

    @Override
    public String name() {
        return "host";
    }

    @Override
    public List<TableMapping> mappings() {
        return List.of(
                TableMapping.forType("project").table("projects").tenant("workspace_id"),
                TableMapping.forType("model").table("models").parent("project_id").tenantFromParent(),
                TableMapping.forType("version").table("versions").parent("model_id").tenantFromParent());
    }

    @Override
    public String keyType(Database db) {
        return "BIGINT";
    }

    @Override
    public boolean hasTenant(String table) {
        return table.equals("projects");
    }

    @Override
    public boolean tenantInKey() {
        return false;
    }

    @Override
    public boolean softDeleteFlag() {
        return false;
    }

    @Override
    public String key(String prefix, String n) {
        return n;
    }

    @Override
    public String id(String prefix, long n) {
        return Long.toString(n);
    }

    @Override
    public Object bind(String id) {
        return Long.valueOf(id);
    }

    @Override
    public String keyText(String keyExpression) {
        return "'' || " + keyExpression;
    }

    @Override
    public String keyOf(Database db, String textExpression) {
        return "CAST(" + textExpression + (db.kind() == Database.Kind.MARIADB ? " AS SIGNED)" : " AS BIGINT)");
    }

    @Override
    public List<String> hostIndexes() {
        return List.of("CREATE INDEX models_project_fk_idx ON models (project_id)",
                "CREATE INDEX versions_model_fk_idx ON versions (model_id)",
                "CREATE INDEX projects_marker_idx ON projects (trash_entry_id)");
    }

    @Override
    public List<Object> rangeStarts(Handle h, String table, int rows) {
        return BenchSchema.numericRangeStarts(h, table, rows);
    }
}

package dev.trash.bench;

import dev.trash.jdbi.TableMapping;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * {@link BenchSchema#BENCH}, the tables this benchmark was first written for: every table keyed by
 * (workspace_id, id) in text ("p7", "m7", "v7", in a binary collation), a foreign key from each child to its
 * parent over both columns, and Hibernate's {@code deleted} flag beside Trash's marker. Its only indexes
 * are the keys and what {@code TrashSchema.markerColumnDdl} adds: (tenant, marker) and (tenant, parent).
 */
final class BenchTables implements BenchSchema {

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public List<TableMapping> mappings() {
        return List.of(
                TableMapping.forType("project").table("projects").tenant("workspace_id"),
                TableMapping.forType("model").table("models").tenant("workspace_id").parent("project_id"),
                TableMapping.forType("version").table("versions").tenant("workspace_id").parent("model_id"));
    }

    @Override
    public String keyType(Database db) {
        return db.idType();
    }

    @Override
    public boolean hasTenant(String table) {
        return true;
    }

    @Override
    public boolean tenantInKey() {
        return true;
    }

    @Override
    public boolean softDeleteFlag() {
        return true;
    }

    @Override
    public String key(String prefix, String n) {
        return "'" + prefix + "' || " + n;
    }

    @Override
    public String id(String prefix, long n) {
        return prefix + n;
    }

    @Override
    public Object bind(String id) {
        return id;
    }

    @Override
    public String keyText(String keyExpression) {
        return keyExpression;
    }

    @Override
    public String keyOf(Database db, String textExpression) {
        return textExpression;
    }

    @Override
    public List<String> hostIndexes() {
        return List.of();
    }

    /**
     * Text keys have no arithmetic: one pass over the primary key numbers the tenant's rows in key order and
     * keeps every {@code rows}-th.
     */
    @Override
    public List<Object> rangeStarts(Handle h, String table, int rows) {
        return h.createQuery("SELECT id FROM (SELECT id, ROW_NUMBER() OVER (ORDER BY id) AS rn FROM " + table
                        + " WHERE workspace_id = :t) r WHERE MOD(rn - 1, :n) = 0 ORDER BY id")
                .bind("t", HostSchema.TENANT).bind("n", rows).mapTo(String.class).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    }
}

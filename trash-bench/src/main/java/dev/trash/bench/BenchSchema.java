package dev.trash.bench;

import dev.trash.ResourceType;
import dev.trash.TypeCatalogue;
import dev.trash.jdbi.TableMapping;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The host tables a benchmark runs on ({@code projects}, their {@code models}, the models' {@code versions}),
 * in one of two shapes, chosen by the JMH parameter {@code schema}: {@link #BENCH}, the tables this benchmark
 * was first written for (text keys per tenant, a tenant column on every table, see {@link BenchTables}), and
 * {@link #HOST}, a service's tables as they were before it adopted Trash (BIGINT keys, the tenant on the
 * projects only, its own foreign-key and marker indexes, see {@link HostTables}). Everything that differs
 * between the two is said here, once; the generators ({@link HostSchema}) and the baselines ({@link RawSql},
 * {@link PerRowJdbi}) ask the schema instead of testing which one it is.
 */
public interface BenchSchema {

    /** Today's benchmark schema: text keys, (workspace_id, id) primary keys, a tenant column everywhere. */
    BenchSchema BENCH = new BenchTables();
    /** A host's schema: BIGINT keys, models and versions taking their tenant from the parent. */
    BenchSchema HOST = new HostTables();
    /** The host tables, parents first. */
    List<String> HOST_TABLES = List.of("projects", "models", "versions");

    /** The schema named by the JMH parameter: {@code bench} or {@code host}. */
    static BenchSchema of(String name) {
        return switch (name) {
            case "bench" -> BENCH;
            case "host" -> HOST;
            default -> throw new IllegalArgumentException("no schema '" + name + "': bench or host");
        };
    }

    /** The parameter value naming it. */
    String name();

    /** How Trash maps the catalogue onto the tables. */
    List<TableMapping> mappings();

    /** The SQL type of the tables' id and parent columns. */
    String keyType(Database db);

    /** Whether a host table has a {@code workspace_id} column. */
    boolean hasTenant(String table);

    /** Whether the tenant column is part of the primary key (keys unique per tenant, not across tenants). */
    boolean tenantInKey();

    /** Whether the tables carry Hibernate's {@code deleted} flag (only the schema Hibernate maps does). */
    boolean softDeleteFlag();

    /** The SQL expression of the key of generated row {@code n}, an expression over the series. */
    String key(String prefix, String n);

    /** The key of generated row {@code n} in the text form Trash reports and takes: "p7" or "7". */
    String id(String prefix, long n);

    /** A key in Trash's text form, as a JDBC value of the key column's type. */
    Object bind(String id);

    /** Trash's text form of a key: an SQL expression writing {@link #key} into Trash's own tables. */
    String keyText(String keyExpression);

    /** A join of a host key column to a key Trash stores as text (such as {@code trash_entry.parent_id}). */
    String keyOf(Database db, String textExpression);

    /**
     * Indexes the host had before it adopted Trash, created after {@code TrashSchema.markerColumnDdl} (which
     * adds the marker column they may cover).
     */
    List<String> hostIndexes();

    /**
     * Where each range of about {@code rows} consecutive keys of a table starts, in key order: a raw sweep by
     * primary-key range deletes {@code [start(i), start(i + 1))}, the last range open-ended.
     */
    List<Object> rangeStarts(Handle h, String table, int rows);

    /** project, its models, the models' versions, with or without a record per purged item. */
    default TypeCatalogue catalogue(boolean purgeRecords) {
        List<ResourceType> types = List.of(ResourceType.topLevel("project"), ResourceType.ownedBy("model", "project"),
                ResourceType.ownedBy("version", "model"));
        TypeCatalogue.Builder b = TypeCatalogue.builder();
        types.forEach(t -> b.add(purgeRecords ? t : t.withoutPurgeRecords()));
        return b.build();
    }

    /** {@code workspace_id = :t AND } where the table has the column, else nothing; {@code alias} may be empty. */
    default String tenantAnd(String table, String alias) {
        return hasTenant(table) ? qualified(alias) + "workspace_id = :t AND " : "";
    }

    /** {@code workspace_id = :t AND } where the table's primary key includes the tenant, else nothing. */
    default String keyTenantAnd(String table) {
        return tenantInKey() ? tenantAnd(table, "") : "";
    }

    /** {@code c.workspace_id = p.workspace_id AND } where both tables have the column, else nothing. */
    default String sameTenantAnd(String child, String childAlias, String parent, String parentAlias) {
        return hasTenant(child) && hasTenant(parent)
                ? childAlias + ".workspace_id = " + parentAlias + ".workspace_id AND " : "";
    }

    /**
     * The CREATE TABLE statements, primary keys but no foreign keys yet ({@link #foreignKeys}); the tenant
     * column is text in both schemas, so that both run as tenant {@link HostSchema#TENANT}.
     */
    default List<String> tables(Database db) {
        List<String> ddl = new ArrayList<>();
        String parentOf = null;
        for (String table : HOST_TABLES) {
            String tenant = hasTenant(table) ? "workspace_id " + db.idType() + " NOT NULL, " : "";
            String parent = parentOf == null ? "" : parentColumn(table) + " " + keyType(db) + " NOT NULL, ";
            ddl.add("CREATE TABLE " + table + " (" + tenant + "id " + keyType(db) + " NOT NULL, " + parent
                    + "name VARCHAR(255) NOT NULL, size_bytes BIGINT NOT NULL DEFAULT 0, "
                    + (softDeleteFlag() ? "deleted BOOLEAN NOT NULL DEFAULT FALSE, " : "")
                    + "PRIMARY KEY (" + (tenantInKey() ? "workspace_id, " : "") + "id))");
            parentOf = table;
        }
        return ddl;
    }

    /** The foreign keys of the models to their project and of the versions to their model, named. */
    default List<String> foreignKeys() {
        return List.of(foreignKey("models", "projects"), foreignKey("versions", "models"));
    }

    /** Drops {@link #foreignKeys}, so that a bulk load does not check them row by row. */
    default List<String> dropForeignKeys(Database db) {
        String drop = db.kind() == Database.Kind.MARIADB ? " DROP FOREIGN KEY " : " DROP CONSTRAINT ";
        return List.of("ALTER TABLE versions" + drop + "versions_parent_fk",
                "ALTER TABLE models" + drop + "models_parent_fk");
    }

    /** The parent column of a host table: {@code project_id} of models, {@code model_id} of versions. */
    static String parentColumn(String table) {
        return switch (table) {
            case "models" -> "project_id";
            case "versions" -> "model_id";
            default -> throw new IllegalArgumentException(table + " has no parent");
        };
    }

    /**
     * {@link #rangeStarts} of a numeric key: from the smallest key to the largest in steps of {@code rows}, the
     * arithmetic a hand-written cleanup job does; with dense keys each range holds {@code rows} rows.
     */
    static List<Object> numericRangeStarts(Handle h, String table, int rows) {
        long[] span = h.createQuery("SELECT MIN(id), MAX(id) FROM " + table)
                .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)}).one();
        List<Object> starts = new ArrayList<>();
        if (span[1] > 0) {
            for (long lo = span[0]; lo <= span[1]; lo += rows) {
                starts.add(lo);
            }
        }
        return starts;
    }

    private String foreignKey(String child, String parent) {
        String tenant = tenantInKey() ? "workspace_id, " : "";
        return "ALTER TABLE " + child + " ADD CONSTRAINT " + child + "_parent_fk FOREIGN KEY (" + tenant
                + parentColumn(child) + ") REFERENCES " + parent + " (" + tenant + "id)";
    }

    private static String qualified(String alias) {
        return alias.isEmpty() ? "" : alias + ".";
    }
}

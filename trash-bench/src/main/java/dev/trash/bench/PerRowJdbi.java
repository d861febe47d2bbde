package dev.trash.bench;

import static dev.trash.bench.HostSchema.TENANT;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * What a developer writes by hand with JDBI, in one transaction: select the children, then update or
 * delete each with its own statement, walking the tree, on the tables of a {@link BenchSchema}.
 */
public final class PerRowJdbi {

    private final Jdbi jdbi;
    private final BenchSchema schema;

    /** The per-row baselines on a database's tables of the given schema. */
    public PerRowJdbi(Database db, BenchSchema schema) {
        this.jdbi = RawSql.lenient(db);
        this.schema = schema;
    }

    /** Marks the project, each of its models and each of their versions, one UPDATE per row. */
    public int trash(String projectId, long marker) {
        return jdbi.inTransaction(h -> {
            int n = 0;
            for (String model : children(h, "models", projectId)) {
                for (String version : children(h, "versions", model)) {
                    n += mark(h, "versions", version, marker);
                }
                n += mark(h, "models", model, marker);
            }
            return n + mark(h, "projects", projectId, marker);
        });
    }

    /** Unmarks the project, each of its models and each of their versions, one UPDATE per row. */
    public int restore(String projectId) {
        return jdbi.inTransaction(h -> {
            int n = mark(h, "projects", projectId, null);
            for (String model : children(h, "models", projectId)) {
                n += mark(h, "models", model, null);
                for (String version : children(h, "versions", model)) {
                    n += mark(h, "versions", version, null);
                }
            }
            return n;
        });
    }

    /** Deletes every trashed project with its models, one DELETE per row, then its entry. */
    public long empty() {
        return jdbi.inTransaction(h -> {
            long n = 0;
            List<String> roots = h.createQuery("SELECT id FROM projects WHERE " + schema.tenantAnd("projects", "")
                    + "trash_entry_id IS NOT NULL").bind("t", TENANT).mapTo(String.class).list();
            for (String project : roots) {
                for (String model : children(h, "models", project)) {
                    for (String version : children(h, "versions", model)) {
                        n += delete(h, "versions", version);
                    }
                    n += delete(h, "models", model);
                }
                n += delete(h, "projects", project);
                h.createUpdate("DELETE FROM trash_entry WHERE tenant = :t AND root_type = 'project' AND root_id = :id")
                        .bind("t", TENANT).bind("id", project).execute();
            }
            return n;
        });
    }

    private List<String> children(Handle h, String table, String parentId) {
        return h.createQuery("SELECT id FROM " + table + " WHERE " + schema.tenantAnd(table, "")
                        + BenchSchema.parentColumn(table) + " = :p")
                .bind("t", TENANT).bind("p", schema.bind(parentId)).mapTo(String.class).list();
    }

    private int mark(Handle h, String table, String id, Long marker) {
        return h.createUpdate("UPDATE " + table + " SET trash_entry_id = :m WHERE " + keyed(table))
                .bind("m", marker).bind("t", TENANT).bind("id", schema.bind(id)).execute();
    }

    private int delete(Handle h, String table, String id) {
        return h.createUpdate("DELETE FROM " + table + " WHERE " + keyed(table))
                .bind("t", TENANT).bind("id", schema.bind(id)).execute();
    }

    private String keyed(String table) {
        return schema.keyTenantAnd(table) + "id = :id";
    }
}

package dev.trash.bench;

import static dev.trash.bench.HostSchema.TENANT;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * What a developer writes by hand with JDBI, in one transaction: select the children, then update or
 * delete each with its own statement, walking the tree.
 */
public final class PerRowJdbi {

    private PerRowJdbi() {
    }

    /** Marks the project, each of its models and each of their versions, one UPDATE per row. */
    public static int trash(Jdbi jdbi, String projectId, long marker) {
        return jdbi.inTransaction(h -> {
            int n = 0;
            for (String model : children(h, "models", "project_id", projectId)) {
                for (String version : children(h, "versions", "model_id", model)) {
                    n += mark(h, "versions", version, marker);
                }
                n += mark(h, "models", model, marker);
            }
            return n + mark(h, "projects", projectId, marker);
        });
    }

    /** Unmarks the project, each of its models and each of their versions, one UPDATE per row. */
    public static int restore(Jdbi jdbi, String projectId) {
        return jdbi.inTransaction(h -> {
            int n = mark(h, "projects", projectId, null);
            for (String model : children(h, "models", "project_id", projectId)) {
                n += mark(h, "models", model, null);
                for (String version : children(h, "versions", "model_id", model)) {
                    n += mark(h, "versions", version, null);
                }
            }
            return n;
        });
    }

    /** Deletes every trashed project with its models, one DELETE per row, then its entry. */
    public static long empty(Jdbi jdbi) {
        return jdbi.inTransaction(h -> {
            long n = 0;
            List<String> roots = h.createQuery("SELECT id FROM projects WHERE workspace_id = :t AND trash_entry_id "
                    + "IS NOT NULL").bind("t", TENANT).mapTo(String.class).list();
            for (String project : roots) {
                for (String model : children(h, "models", "project_id", project)) {
                    for (String version : children(h, "versions", "model_id", model)) {
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

    private static List<String> children(Handle h, String table, String parentColumn, String parentId) {
        return h.createQuery("SELECT id FROM " + table + " WHERE workspace_id = :t AND " + parentColumn + " = :p")
                .bind("t", TENANT).bind("p", parentId).mapTo(String.class).list();
    }

    private static int mark(Handle h, String table, String id, Long marker) {
        return h.createUpdate("UPDATE " + table + " SET trash_entry_id = :m WHERE workspace_id = :t AND id = :id")
                .bind("m", marker).bind("t", TENANT).bind("id", id).execute();
    }

    private static int delete(Handle h, String table, String id) {
        return h.createUpdate("DELETE FROM " + table + " WHERE workspace_id = :t AND id = :id")
                .bind("t", TENANT).bind("id", id).execute();
    }
}

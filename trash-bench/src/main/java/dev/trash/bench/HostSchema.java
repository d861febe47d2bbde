package dev.trash.bench;

import dev.trash.ResourceType;
import dev.trash.TypeCatalogue;
import dev.trash.jdbi.SqlDialect;
import dev.trash.jdbi.TableMapping;
import dev.trash.jdbi.TrashSchema;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The host's schema every approach works on: {@code projects}, their {@code models}, the models'
 * {@code versions}, keyed by (workspace_id, id) with foreign keys to the parent, as a host has them; then
 * what adopting Trash adds ({@link TrashSchema#markerColumnDdl}: the {@code trash_entry_id} marker, its
 * index and the parent index) and the adapter's own tables. Hibernate's {@code @SoftDelete} needs a column
 * of its own, {@code deleted BOOLEAN}, which the tables carry too.
 *
 * <p>Data is generated set-based ({@code INSERT ... SELECT} from a series), never row by row.
 */
public final class HostSchema {

    /** The tenant every benchmark works in. */
    public static final String TENANT = "ws1";
    /** Bytes per item, so that totals are not all zero. */
    public static final long ITEM_BYTES = 1000;
    /** The tables a scenario touches, for VACUUM. */
    public static final String[] TABLES = {"projects", "models", "versions", "trash_entry", "trash_audit",
            "trash_outbox", "trash_tombstone"};

    private HostSchema() {
    }

    /** project, its models, the models' versions. */
    public static TypeCatalogue catalogue() {
        return TypeCatalogue.builder()
                .add(ResourceType.topLevel("project"))
                .add(ResourceType.ownedBy("model", "project"))
                .add(ResourceType.ownedBy("version", "model"))
                .build();
    }

    /** How the catalogue maps onto the tables. */
    public static List<TableMapping> mappings() {
        return List.of(
                TableMapping.forType("project").table("projects").tenant("workspace_id"),
                TableMapping.forType("model").table("models").tenant("workspace_id").parent("project_id"),
                TableMapping.forType("version").table("versions").tenant("workspace_id").parent("model_id"));
    }

    /** The adapter's dialect for a database. */
    public static SqlDialect dialect(Database db) {
        return switch (db.kind()) {
            case H2 -> SqlDialect.H2;
            case POSTGRESQL -> SqlDialect.POSTGRESQL;
            case MARIADB -> SqlDialect.MARIADB;
        };
    }

    /** Creates the empty host tables (no indexes but the keys yet). */
    public static void createTables(Database db) {
        String id = db.idType();
        db.jdbi().useHandle(h -> {
            table(h, "projects", id, "");
            table(h, "models", id, ", project_id " + id + " NOT NULL, FOREIGN KEY (workspace_id, project_id) "
                    + "REFERENCES projects (workspace_id, id)");
            table(h, "versions", id, ", model_id " + id + " NOT NULL, FOREIGN KEY (workspace_id, model_id) "
                    + "REFERENCES models (workspace_id, id)");
        });
    }

    private static void table(Handle h, String name, String id, String extra) {
        h.execute("CREATE TABLE " + name + " (workspace_id " + id + " NOT NULL, id " + id + " NOT NULL, "
                + "name VARCHAR(255) NOT NULL, size_bytes BIGINT NOT NULL DEFAULT 0, "
                + "deleted BOOLEAN NOT NULL DEFAULT FALSE" + extra + ", PRIMARY KEY (workspace_id, id))");
    }

    /**
     * Creates the host tables with what adopting Trash adds to them (the marker column with its indexes)
     * and the adapter's own tables, all empty.
     */
    public static void create(Database db) {
        createTables(db);
        SqlDialect dialect = dialect(db);
        db.jdbi().useHandle(h -> TrashSchema.markerColumnDdl(dialect, catalogue(), mappings()).forEach(h::execute));
        TrashSchema.install(db.jdbi(), dialect);
    }

    /** Drops every table, so that the next iteration starts from a freshly generated schema. */
    public static void drop(Database db) {
        db.jdbi().useHandle(h -> {
            for (String t : List.of("versions", "models", "projects", "trash_entry", "trash_outbox",
                    "trash_listener_position", "trash_listener_lease", "trash_delivery", "trash_audit",
                    "trash_tombstone")) {
                h.execute("DROP TABLE IF EXISTS " + t);
            }
        });
    }

    /**
     * Scenario 1's tree: project {@code p1} with {@code children} models {@code m<i>}, each holding
     * {@code perChild} versions {@code v<j>}.
     */
    public static void subtree(Database db, int children, int perChild) {
        create(db);
        fillSubtree(db, children, perChild);
    }

    /** Generates {@link #subtree}'s rows again into its emptied tables, after a purge removed them. */
    public static void refillSubtree(Database db, int children, int perChild) {
        db.jdbi().useHandle(h -> {
            for (String t : List.of("versions", "models", "projects")) {
                h.execute("DELETE FROM " + t);
            }
        });
        fillSubtree(db, children, perChild);
    }

    private static void fillSubtree(Database db, int children, int perChild) {
        db.jdbi().useHandle(h -> {
            h.execute("INSERT INTO projects (workspace_id, id, name, size_bytes) VALUES ('" + TENANT + "', 'p1', "
                    + "'project 1', " + ITEM_BYTES + ")");
            h.execute("INSERT INTO models (workspace_id, id, name, size_bytes, project_id) SELECT '" + TENANT
                    + "', 'm' || s.x, 'model ' || s.x, " + ITEM_BYTES + ", 'p1' FROM " + db.series(children));
            h.execute("INSERT INTO versions (workspace_id, id, name, size_bytes, model_id) SELECT '" + TENANT
                    + "', 'v' || s.x, 'version ' || s.x, " + ITEM_BYTES + ", 'm' || (" + db.div("s.x - 1", perChild)
                    + " + 1) FROM " + db.series((long) children * perChild));
        });
        db.vacuum(TABLES);
    }

    /**
     * A Trash already holding {@code roots} entries, as {@link dev.trash.Trash#moveToTrash} leaves them:
     * project {@code p<i>} trashed as entry {@code i} with its {@code childrenPerRoot} models, every row
     * marked with the entry. Entry {@code i} was deleted at {@code deletedAtBase + i} seconds (so higher ids
     * are newer) and is due for cleanup at {@code cleanupAt}.
     */
    public static void trashedRoots(Database db, int roots, int childrenPerRoot, long deletedAtBaseMillis,
                                    long cleanupAtMillis) {
        create(db);
        db.jdbi().useHandle(h -> {
            h.execute("INSERT INTO projects (workspace_id, id, name, size_bytes, trash_entry_id) SELECT '" + TENANT
                    + "', 'p' || s.x, 'project ' || s.x, " + ITEM_BYTES + ", s.x FROM " + db.series(roots));
            if (childrenPerRoot > 0) {
                String root = "(" + db.div("s.x - 1", childrenPerRoot) + " + 1)";
                h.execute("INSERT INTO models (workspace_id, id, name, size_bytes, project_id, trash_entry_id) SELECT '"
                        + TENANT + "', 'm' || s.x, 'model ' || s.x, " + ITEM_BYTES + ", 'p' || " + root + ", " + root
                        + " FROM " + db.series((long) roots * childrenPerRoot));
            }
            h.execute("INSERT INTO trash_entry (id, tenant, root_type, root_id, root_name, deleted_at, deleted_by, "
                    + "scheduled_cleanup_at, size_bytes, cascaded_count, delete_exclusive_assets, status) SELECT s.x, '"
                    + TENANT + "', 'project', 'p' || s.x, 'project ' || s.x, " + deletedAtBaseMillis
                    + " + s.x * 1000, 'bench', " + cleanupAtMillis + ", " + ((childrenPerRoot + 1) * ITEM_BYTES) + ", "
                    + childrenPerRoot + ", FALSE, 'TRASHED' FROM " + db.series(roots));
            h.execute(db.restartIdentity("trash_entry", roots + 1));
        });
        db.vacuum(TABLES);
    }

    /**
     * A Trash holding {@code roots} entries whose roots have a parent: model {@code m<i>} trashed on its own
     * as entry {@code i}, under one of {@code parents} active projects, as {@link #trashedRoots} leaves them
     * otherwise. A page of them shows each parent's name.
     */
    public static void trashedChildren(Database db, int roots, int parents, long deletedAtBaseMillis,
                                       long cleanupAtMillis) {
        create(db);
        String parent = "'p' || (MOD(s.x, " + parents + ") + 1)";
        db.jdbi().useHandle(h -> {
            h.execute("INSERT INTO projects (workspace_id, id, name, size_bytes) SELECT '" + TENANT + "', 'p' || s.x, "
                    + "'project ' || s.x, " + ITEM_BYTES + " FROM " + db.series(parents));
            h.execute("INSERT INTO models (workspace_id, id, name, size_bytes, project_id, trash_entry_id) SELECT '"
                    + TENANT + "', 'm' || s.x, 'model ' || s.x, " + ITEM_BYTES + ", " + parent + ", s.x FROM "
                    + db.series(roots));
            h.execute("INSERT INTO trash_entry (id, tenant, root_type, root_id, root_name, parent_type, parent_id, "
                    + "deleted_at, deleted_by, scheduled_cleanup_at, size_bytes, cascaded_count, "
                    + "delete_exclusive_assets, status) SELECT s.x, '" + TENANT + "', 'model', 'm' || s.x, 'model ' || "
                    + "s.x, 'project', " + parent + ", " + deletedAtBaseMillis + " + s.x * 1000, 'bench', "
                    + cleanupAtMillis + ", " + ITEM_BYTES + ", 0, FALSE, 'TRASHED' FROM " + db.series(roots));
            h.execute(db.restartIdentity("trash_entry", roots + 1));
        });
        db.vacuum(TABLES);
    }

    /** Rows of a table carrying a Trash marker (or Hibernate's flag). */
    public static long marked(Database db, String table) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table
                + " WHERE trash_entry_id IS NOT NULL OR deleted").mapTo(Long.class).one());
    }

    /** Rows of a table. */
    public static long count(Database db, String table) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
    }
}

package dev.trash.bench;

import dev.trash.jdbi.SqlDialect;
import dev.trash.jdbi.TrashSchema;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleConsumer;

/**
 * The scenarios' data on the host tables of a {@link BenchSchema}: the tables, what adopting Trash adds to them
 * ({@link TrashSchema#markerColumnDdl}: the {@code trash_entry_id} marker and its indexes), the host's own
 * indexes and foreign keys, and the adapter's own tables; then the rows each scenario starts from.
 *
 * <p>Data is generated set-based ({@code INSERT ... SELECT} from a series), never row by row. On PostgreSQL
 * the foreign keys are dropped for the load and added again after it: a foreign key checks each inserted row
 * on its own, where adding it checks them all in one statement (448 s against 6 s for a million rows in an
 * earlier run; 11 s here for the sweep's 1,000,000 rows on the host schema, plans included).
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

    /** The adapter's dialect for a database. */
    public static SqlDialect dialect(Database db) {
        return switch (db.kind()) {
            case H2 -> SqlDialect.H2;
            case POSTGRESQL -> SqlDialect.POSTGRESQL;
            case MARIADB -> SqlDialect.MARIADB;
        };
    }

    /**
     * Creates the host tables with what adopting Trash adds to them (the marker column with its indexes), the
     * host's own indexes and foreign keys, and the adapter's own tables, all empty.
     */
    public static void create(Database db, BenchSchema schema) {
        db.jdbi().useHandle(h -> {
            schema.tables(db).forEach(h::execute);
            TrashSchema.markerColumnDdl(dialect(db), schema.catalogue(true), schema.mappings()).forEach(h::execute);
            schema.hostIndexes().forEach(h::execute);
            schema.foreignKeys().forEach(h::execute);
        });
        TrashSchema.install(db.jdbi(), dialect(db));
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
     * Scenario 1's tree: project 1 with {@code children} models, each holding {@code perChild} versions.
     */
    public static void subtree(Database db, BenchSchema schema, int children, int perChild) {
        create(db, schema);
        fillSubtree(db, schema, children, perChild);
    }

    /** Generates {@link #subtree}'s rows again into its emptied tables, after a purge removed them. */
    public static void refillSubtree(Database db, BenchSchema schema, int children, int perChild) {
        db.jdbi().useHandle(h -> {
            for (String t : List.of("versions", "models", "projects")) {
                h.execute("DELETE FROM " + t);
            }
        });
        fillSubtree(db, schema, children, perChild);
    }

    private static void fillSubtree(Database db, BenchSchema schema, int children, int perChild) {
        load(db, schema, h -> {
            h.execute(insert(schema, "projects", "") + "SELECT " + tenant(schema, "projects") + schema.key("p", "s.x")
                    + ", 'project ' || s.x, " + ITEM_BYTES + " FROM " + db.series(1));
            h.execute(insert(schema, "models", ", project_id") + "SELECT " + tenant(schema, "models")
                    + schema.key("m", "s.x") + ", 'model ' || s.x, " + ITEM_BYTES + ", " + schema.key("p", "1")
                    + " FROM " + db.series(children));
            h.execute(insert(schema, "versions", ", model_id") + "SELECT " + tenant(schema, "versions")
                    + schema.key("v", "s.x") + ", 'version ' || s.x, " + ITEM_BYTES + ", "
                    + schema.key("m", "(" + db.div("s.x - 1", perChild) + " + 1)") + " FROM "
                    + db.series((long) children * perChild));
        });
    }

    /**
     * A Trash already holding {@code roots} entries, as {@link dev.trash.Trash#moveToTrash} leaves them:
     * project {@code i} trashed as entry {@code i} with its {@code childrenPerRoot} models, every row
     * marked with the entry. Entry {@code i} was deleted at {@code deletedAtBase + i} seconds (so higher ids
     * are newer) and is due for cleanup at {@code cleanupAt}.
     */
    public static void trashedRoots(Database db, BenchSchema schema, int roots, int childrenPerRoot,
                                    long deletedAtBaseMillis, long cleanupAtMillis) {
        create(db, schema);
        load(db, schema, h -> {
            h.execute(insert(schema, "projects", ", trash_entry_id") + "SELECT " + tenant(schema, "projects")
                    + schema.key("p", "s.x") + ", 'project ' || s.x, " + ITEM_BYTES + ", s.x FROM " + db.series(roots));
            if (childrenPerRoot > 0) {
                String root = "(" + db.div("s.x - 1", childrenPerRoot) + " + 1)";
                h.execute(insert(schema, "models", ", project_id, trash_entry_id") + "SELECT " + tenant(schema, "models")
                        + schema.key("m", "s.x") + ", 'model ' || s.x, " + ITEM_BYTES + ", " + schema.key("p", root)
                        + ", " + root + " FROM " + db.series((long) roots * childrenPerRoot));
            }
            h.execute("INSERT INTO trash_entry (id, tenant, root_type, root_id, root_name, deleted_at, deleted_by, "
                    + "scheduled_cleanup_at, size_bytes, cascaded_count, delete_exclusive_assets, status) SELECT s.x, '"
                    + TENANT + "', 'project', " + schema.keyText(schema.key("p", "s.x")) + ", 'project ' || s.x, "
                    + deletedAtBaseMillis + " + s.x * 1000, 'bench', " + cleanupAtMillis + ", "
                    + ((childrenPerRoot + 1) * ITEM_BYTES) + ", " + childrenPerRoot + ", FALSE, 'TRASHED' FROM "
                    + db.series(roots));
            h.execute(db.restartIdentity("trash_entry", roots + 1));
        });
    }

    /**
     * A Trash holding {@code roots} entries whose roots have a parent: model {@code i} trashed on its own
     * as entry {@code i}, under one of {@code parents} active projects, as {@link #trashedRoots} leaves them
     * otherwise. A page of them shows each parent's name.
     */
    public static void trashedChildren(Database db, BenchSchema schema, int roots, int parents,
                                       long deletedAtBaseMillis, long cleanupAtMillis) {
        create(db, schema);
        String parent = schema.key("p", "(MOD(s.x, " + parents + ") + 1)");
        load(db, schema, h -> {
            h.execute(insert(schema, "projects", "") + "SELECT " + tenant(schema, "projects") + schema.key("p", "s.x")
                    + ", 'project ' || s.x, " + ITEM_BYTES + " FROM " + db.series(parents));
            h.execute(insert(schema, "models", ", project_id, trash_entry_id") + "SELECT " + tenant(schema, "models")
                    + schema.key("m", "s.x") + ", 'model ' || s.x, " + ITEM_BYTES + ", " + parent + ", s.x FROM "
                    + db.series(roots));
            h.execute("INSERT INTO trash_entry (id, tenant, root_type, root_id, root_name, parent_type, parent_id, "
                    + "deleted_at, deleted_by, scheduled_cleanup_at, size_bytes, cascaded_count, "
                    + "delete_exclusive_assets, status) SELECT s.x, '" + TENANT + "', 'model', "
                    + schema.keyText(schema.key("m", "s.x")) + ", 'model ' || s.x, 'project', " + schema.keyText(parent)
                    + ", " + deletedAtBaseMillis + " + s.x * 1000, 'bench', " + cleanupAtMillis + ", " + ITEM_BYTES
                    + ", 0, FALSE, 'TRASHED' FROM " + db.series(roots));
            h.execute(db.restartIdentity("trash_entry", roots + 1));
        });
    }

    /** Rows of a host table carrying a Trash marker (or Hibernate's flag). */
    public static long marked(Database db, BenchSchema schema, String table) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table + " WHERE "
                + markedPredicate(schema)).mapTo(Long.class).one());
    }

    /** Clears every marker (and Hibernate's flag) of the host tables, outside the measured time. */
    public static void unmarkAll(Database db, BenchSchema schema) {
        db.jdbi().useTransaction(h -> {
            for (String table : BenchSchema.HOST_TABLES) {
                h.execute("UPDATE " + table + " SET trash_entry_id = NULL" + (schema.softDeleteFlag() ? ", deleted = "
                        + "FALSE" : "") + " WHERE " + markedPredicate(schema));
            }
        });
    }

    /** Rows of a table. */
    public static long count(Database db, String table) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
    }

    private static String markedPredicate(BenchSchema schema) {
        return "trash_entry_id IS NOT NULL" + (schema.softDeleteFlag() ? " OR deleted" : "");
    }

    /** Runs a bulk load, on PostgreSQL without the foreign keys (see the class comment), then refreshes statistics. */
    private static void load(Database db, BenchSchema schema, HandleConsumer<RuntimeException> inserts) {
        boolean withoutKeys = db.kind() == Database.Kind.POSTGRESQL;
        if (withoutKeys) {
            db.jdbi().useHandle(h -> schema.dropForeignKeys(db).forEach(h::execute));
        }
        db.jdbi().useHandle(inserts);
        db.vacuum(TABLES);
        if (withoutKeys) {
            db.jdbi().useHandle(h -> schema.foreignKeys().forEach(h::execute));
        }
    }

    /** {@code INSERT INTO table ([workspace_id, ]id, name, size_bytes<more>) }. */
    private static String insert(BenchSchema schema, String table, String more) {
        return "INSERT INTO " + table + " (" + (schema.hasTenant(table) ? "workspace_id, " : "") + "id, name, size_bytes"
                + more + ") ";
    }

    /** The tenant's value where the table has the column. */
    private static String tenant(BenchSchema schema, String table) {
        return schema.hasTenant(table) ? "'" + TENANT + "', " : "";
    }
}

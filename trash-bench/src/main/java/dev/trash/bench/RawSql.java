package dev.trash.bench;

import static dev.trash.bench.HostSchema.TENANT;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatements;

/**
 * The raw SQL baselines: the change each scenario makes, hand-written in plain SQL in one transaction (the
 * sweeps: in transactions of a batch each), with nothing Trash adds (no entry, audit, outbox or tombstone
 * rows), on the tables of a {@link BenchSchema}. Two forms where the databases disagree on which is fastest:
 * set-based (the fewest statements, the rows never leave the database) and batched per row (read the ids,
 * then one JDBC batch of single-row UPDATEs per table). A table with a tenant column is filtered on it; one
 * without (the host schema's models and versions) is reached by its marker, parent or key alone, which
 * identify rows of one tenant already.
 */
public final class RawSql {

    /** Rows per JDBC batch. */
    public static final int BATCH = 1000;
    /** Rows per statement, and per transaction, of {@link #sweepByKeys}: the form. */
    public static final int KEY_RANGE = 10_000;

    private final Jdbi jdbi;
    private final BenchSchema schema;
    private final Database db;

    /** The baselines on a database's tables of the given schema. */
    public RawSql(Database db, BenchSchema schema) {
        this.jdbi = lenient(db);
        this.schema = schema;
        this.db = db;
    }

    /**
     * JDBI over the database's pool, letting a statement leave the tenant bound but unused: the tenant
     * predicate comes and goes with the table's columns ({@link BenchSchema#tenantAnd}).
     */
    static Jdbi lenient(Database db) {
        Jdbi jdbi = Jdbi.create(db.dataSource());
        jdbi.getConfig(SqlStatements.class).setUnusedBindingAllowed(true);
        return jdbi;
    }

    /**
     * The third UPDATE of a subtree trash, in its fastest form on both databases (see {@link RawForms}): a
     * correlated EXISTS. On H2 the {@code model_id IN (SELECT ...)} form the adapter uses takes about 15 times
     * as long (and longer than batched per-row UPDATEs); on PostgreSQL the forms are within noise of each other.
     */
    private String versionsOfMarkedModels() {
        return "UPDATE versions v SET trash_entry_id = :m WHERE " + schema.tenantAnd("versions", "v")
                + "v.trash_entry_id IS NULL AND EXISTS (SELECT 1 FROM models p WHERE "
                + schema.sameTenantAnd("versions", "v", "models", "p") + "p.id = v.model_id AND p.trash_entry_id = :m)";
    }

    /**
     * Marks the project's subtree with {@code marker}: three UPDATEs, the last reaching the versions through
     * the models just marked, as the adapter cascades.
     */
    public int trashSet(String projectId, long marker) {
        Object project = schema.bind(projectId);
        return jdbi.inTransaction(h -> {
            int n = h.createUpdate("UPDATE projects SET trash_entry_id = :m WHERE " + schema.tenantAnd("projects", "")
                    + "id = :p AND trash_entry_id IS NULL").bind("m", marker).bind("t", TENANT).bind("p", project)
                    .execute();
            n += h.createUpdate("UPDATE models SET trash_entry_id = :m WHERE " + schema.tenantAnd("models", "")
                    + "project_id = :p AND trash_entry_id IS NULL").bind("m", marker).bind("t", TENANT)
                    .bind("p", project).execute();
            n += h.createUpdate(versionsOfMarkedModels()).bind("m", marker).bind("t", TENANT).execute();
            return n;
        });
    }

    /** Unmarks everything {@code marker} marks: one UPDATE per table, on the marker index. */
    public int restoreSet(long marker) {
        return jdbi.inTransaction(h -> {
            int n = 0;
            for (String table : List.of("versions", "models", "projects")) {
                n += h.createUpdate("UPDATE " + table + " SET trash_entry_id = NULL WHERE " + schema.tenantAnd(table, "")
                        + "trash_entry_id = :m").bind("m", marker).bind("t", TENANT).execute();
            }
            return n;
        });
    }

    /**
     * Marks the project's subtree row by row in JDBC batches: the ids of its models and of their versions
     * are read (two queries on the parent indexes), then one batch of single-row UPDATEs per table.
     */
    public int trashBatched(String projectId, long marker) {
        Object project = schema.bind(projectId);
        return jdbi.inTransaction(h -> {
            List<String> models = h.createQuery("SELECT id FROM models WHERE " + schema.tenantAnd("models", "")
                    + "project_id = :p AND trash_entry_id IS NULL").bind("t", TENANT).bind("p", project)
                    .mapTo(String.class).list();
            List<String> versions = h.createQuery("SELECT v.id FROM versions v JOIN models m ON "
                            + schema.sameTenantAnd("versions", "v", "models", "m") + "m.id = v.model_id WHERE "
                            + schema.tenantAnd("models", "m") + "m.project_id = :p AND v.trash_entry_id IS NULL")
                    .bind("t", TENANT).bind("p", project).mapTo(String.class).list();
            int n = setMarker(h, "versions", versions, marker);
            n += setMarker(h, "models", models, marker);
            n += setMarker(h, "projects", List.of(projectId), marker);
            return n;
        });
    }

    /** Unmarks row by row in JDBC batches: the ids marked, then one batch of single-row UPDATEs per table. */
    public int restoreBatched(long marker) {
        return jdbi.inTransaction(h -> {
            int n = 0;
            for (String table : List.of("versions", "models", "projects")) {
                List<String> ids = h.createQuery("SELECT id FROM " + table + " WHERE " + schema.tenantAnd(table, "")
                        + "trash_entry_id = :m").bind("t", TENANT).bind("m", marker).mapTo(String.class).list();
                n += setMarker(h, table, ids, null);
            }
            return n;
        });
    }

    private int setMarker(Handle h, String table, List<String> ids, Long marker) {
        Connection c = h.getConnection();
        boolean tenant = !schema.keyTenantAnd(table).isEmpty();
        int n = 0;
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET trash_entry_id = ? WHERE "
                + (tenant ? "workspace_id = ? AND " : "") + "id = ?")) {
            int pending = 0;
            for (String id : ids) {
                if (marker == null) {
                    ps.setNull(1, java.sql.Types.BIGINT);
                } else {
                    ps.setLong(1, marker);
                }
                if (tenant) {
                    ps.setString(2, TENANT);
                }
                ps.setObject(tenant ? 3 : 2, schema.bind(id));
                ps.addBatch();
                if (++pending == BATCH) {
                    n += sum(ps.executeBatch());
                    pending = 0;
                }
            }
            if (pending > 0) {
                n += sum(ps.executeBatch());
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return n;
    }

    private static int sum(int[] counts) {
        int n = 0;
        for (int c : counts) {
            n += c < 0 ? 1 : c;
        }
        return n;
    }

    /**
     * Deletes every due entry's rows by marker, the way a cleanup job that knows Trash's entries does: the
     * due entries' id range is read once, then per {@code batch} entries one transaction of one DELETE per
     * table, children first,
     * {@code DELETE FROM t WHERE [workspace_id = ? AND] trash_entry_id BETWEEN ? AND ?} on the marker index
     * ((tenant, marker), or the marker alone where the table has no tenant column), then
     * {@code DELETE FROM trash_entry WHERE id BETWEEN ? AND ? AND scheduled_cleanup_at <= ?} on its primary
     * key. With 100 entries of a project and 99 models: 9,900 model rows, 100 project rows and 100 entries a
     * transaction.
     *
     * @return rows of host tables deleted
     */
    public long sweepByMarker(long nowMillis, int batch) {
        long[] range = jdbi.withHandle(h -> h.createQuery("SELECT MIN(id), MAX(id) FROM trash_entry WHERE "
                        + "scheduled_cleanup_at <= :now").bind("now", nowMillis)
                .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)}).one());
        long deleted = 0;
        for (long from = range[0]; from <= range[1] && range[1] > 0; from += batch) {
            long lo = from;
            long hi = Math.min(from + batch - 1, range[1]);
            deleted += jdbi.inTransaction(h -> {
                long n = 0;
                for (String table : List.of("versions", "models", "projects")) {
                    n += h.createUpdate(markerDelete(table)).bind("t", TENANT).bind("lo", lo).bind("hi", hi).execute();
                }
                h.createUpdate("DELETE FROM trash_entry WHERE id BETWEEN :lo AND :hi AND scheduled_cleanup_at <= :now")
                        .bind("lo", lo).bind("hi", hi).bind("now", nowMillis).execute();
                return n;
            });
        }
        return deleted;
    }

    /**
     * Deletes every due row by primary-key range, the form of a cleanup job
     * ({@code DELETE FROM image WHERE id >= ? AND id < ? AND trashed_at < ?}): per table, children first,
     * ranges of {@link #KEY_RANGE} consecutive keys, each range one statement in a transaction of its own,
     * {@code DELETE FROM t WHERE [workspace_id = ? AND] id >= ? AND id < ? AND trash_entry_id <= ?} on the
     * primary key (the tenant where the key includes it). The cutoff is the row's own column, as
     * {@code trashed_at < ?} is: the last due entry's id, read once, since entry ids grow with their time of
     * deletion (and every entry here has the same retention), so a row marked by a later entry, or not marked
     * (NULL), stays. The range starts come from {@link BenchSchema#rangeStarts}: arithmetic over BIGINT keys;
     * over text keys one pass numbering them. Then the entries the same way, on their BIGINT key,
     * {@code DELETE FROM trash_entry WHERE id >= ? AND id < ? AND scheduled_cleanup_at <= ?}.
     *
     * @return rows of host tables deleted
     */
    public long sweepByKeys(long nowMillis) {
        long lastDue = jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(MAX(id), 0) FROM trash_entry WHERE "
                + "scheduled_cleanup_at <= :now").bind("now", nowMillis).mapTo(Long.class).one());
        long deleted = 0;
        for (String table : List.of("versions", "models", "projects")) {
            deleted += deleteRanges(table, jdbi.withHandle(h -> schema.rangeStarts(h, table, KEY_RANGE)), lastDue);
        }
        deleteRanges("trash_entry", jdbi.withHandle(h -> BenchSchema.numericRangeStarts(h, "trash_entry", KEY_RANGE)),
                nowMillis);
        return deleted;
    }

    private long deleteRanges(String table, List<Object> starts, long cutoff) {
        long deleted = 0;
        for (int i = 0; i < starts.size(); i++) {
            Object lo = starts.get(i);
            Object hi = i + 1 < starts.size() ? starts.get(i + 1) : null;
            deleted += jdbi.inTransaction(h -> h.createUpdate(keysDelete(table, hi != null)).bind("t", TENANT)
                    .bind("lo", lo).bind("hi", hi).bind("cutoff", cutoff).execute());
        }
        return deleted;
    }

    /** {@link #sweepByMarker}'s DELETE of a host table: {@code :t}, {@code :lo}, {@code :hi}. */
    String markerDelete(String table) {
        return "DELETE FROM " + table + " WHERE " + schema.tenantAnd(table, "") + "trash_entry_id BETWEEN :lo AND :hi";
    }

    /**
     * {@link #sweepByKeys}'s DELETE of a table: {@code :t}, {@code :lo}, {@code :hi} (when {@code bounded}) and
     * {@code :cutoff}, the last due entry's id for a host table, the time for the entries.
     */
    String keysDelete(String table, boolean bounded) {
        boolean entries = table.equals("trash_entry");
        return "DELETE FROM " + table + " WHERE " + (entries ? "" : schema.keyTenantAnd(table)) + "id >= :lo"
                + (bounded ? " AND id < :hi" : "") + " AND " + (entries ? "scheduled_cleanup_at" : "trash_entry_id")
                + " <= :cutoff";
    }

    /**
     * Empties the tenant's Trash set-based: one DELETE per table of every marked row, children first, then
     * the entries.
     *
     * @return rows of host tables deleted
     */
    public long emptySet() {
        return jdbi.inTransaction(h -> {
            long n = 0;
            for (String table : List.of("versions", "models", "projects")) {
                n += h.createUpdate("DELETE FROM " + table + " WHERE " + schema.tenantAnd(table, "")
                        + "trash_entry_id IS NOT NULL").bind("t", TENANT).execute();
            }
            h.createUpdate("DELETE FROM trash_entry WHERE tenant = :t").bind("t", TENANT).execute();
            return n;
        });
    }

    /** Purges what {@code marker} marks: one DELETE per table on the marker index, children first. */
    public int purgeSet(long marker) {
        return jdbi.inTransaction(h -> {
            int n = 0;
            for (String table : List.of("versions", "models", "projects")) {
                n += h.createUpdate("DELETE FROM " + table + " WHERE " + schema.tenantAnd(table, "")
                        + "trash_entry_id = :m").bind("t", TENANT).bind("m", marker).execute();
            }
            return n;
        });
    }

    /** One row of a listing: what a Trash page shows of an entry. */
    public record Row(long id, String type, String rootId, String name, long deletedAt, String deletedBy,
                      long cleanupAt, long sizeBytes, long cascaded) {
    }

    /**
     * A page newest first from a keyset position ({@code afterId < 0} for the first page), in the bounded
     * form {@code deleted_at <= ? AND (deleted_at < ? OR id < ?)} that an index seeks to; with the bare OR
     * form PostgreSQL reads the index from its first row and filters, a cost that grows with the depth.
     */
    public List<Row> pageKeyset(long afterDeletedAt, long afterId, int limit) {
        return unchecked(() -> jdbi.withHandle(h -> {
            Connection c = h.getConnection();
            String sql = "SELECT id, root_type, root_id, root_name, deleted_at, deleted_by, scheduled_cleanup_at, "
                    + "size_bytes, cascaded_count FROM trash_entry WHERE tenant = ?"
                    + (afterId < 0 ? "" : " AND deleted_at <= ? AND (deleted_at < ? OR id < ?)")
                    + " ORDER BY deleted_at DESC, id DESC LIMIT ?";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                ps.setString(i++, TENANT);
                if (afterId >= 0) {
                    ps.setLong(i++, afterDeletedAt);
                    ps.setLong(i++, afterDeletedAt);
                    ps.setLong(i++, afterId);
                }
                ps.setInt(i, limit);
                return rows(ps);
            }
        }));
    }

    /**
     * The first page newest first with each root's parent name: the keyset page left-joined to the parent
     * table on its primary key, one prepared statement, what a hand-written Trash page of models does.
     *
     * @return each row's root name and parent name
     */
    public List<String> firstPageWithParents(int limit) {
        return unchecked(() -> jdbi.withHandle(h -> {
            try (PreparedStatement ps = h.getConnection().prepareStatement("SELECT e.id, e.root_type, e.root_id, "
                    + "e.root_name, e.deleted_at, e.deleted_by, e.scheduled_cleanup_at, e.size_bytes, e.cascaded_count, "
                    + "p.name FROM trash_entry e LEFT JOIN projects p ON p.workspace_id = e.tenant AND p.id = "
                    + schema.keyOf(db, "e.parent_id") + " "
                    + "WHERE e.tenant = ? ORDER BY e.deleted_at DESC, e.id DESC LIMIT ?")) {
                ps.setString(1, TENANT);
                ps.setInt(2, limit);
                List<String> names = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        names.add(rs.getString(4) + " in " + rs.getString(10));
                    }
                }
                return names;
            }
        }));
    }

    /** A page newest first by OFFSET, what a listing without cursors does. */
    public List<Row> pageOffset(int offset, int limit) {
        return unchecked(() -> jdbi.withHandle(h -> {
            try (PreparedStatement ps = h.getConnection().prepareStatement("SELECT id, root_type, root_id, root_name, "
                    + "deleted_at, deleted_by, scheduled_cleanup_at, size_bytes, cascaded_count FROM trash_entry "
                    + "WHERE tenant = ? ORDER BY deleted_at DESC, id DESC LIMIT ? OFFSET ?")) {
                ps.setString(1, TENANT);
                ps.setInt(2, limit);
                ps.setInt(3, offset);
                return rows(ps);
            }
        }));
    }

    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    private static <T> T unchecked(SqlWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Row> rows(PreparedStatement ps) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                        rs.getString(6), rs.getLong(7), rs.getLong(8), rs.getLong(9)));
            }
        }
        return rows;
    }
}

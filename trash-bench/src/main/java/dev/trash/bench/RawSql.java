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

/**
 * The raw SQL baselines: the change each scenario makes, hand-written in plain JDBC in one transaction,
 * with nothing Trash adds (no entry, audit, outbox or tombstone rows). Two forms where the databases
 * disagree on which is fastest: set-based (the fewest statements, the rows never leave the database) and
 * batched per row (read the ids, then one JDBC batch of single-row UPDATEs per table).
 */
public final class RawSql {

    /** Rows per JDBC batch. */
    public static final int BATCH = 1000;

    private RawSql() {
    }

    /**
     * The third UPDATE of a subtree trash, in its fastest form on both databases (see {@link RawForms}): a
     * correlated EXISTS. On H2 the {@code model_id IN (SELECT ...)} form the adapter uses takes about 15 times
     * as long (and longer than batched per-row UPDATEs); on PostgreSQL the forms are within noise of each other.
     */
    static final String VERSIONS_OF_MARKED_MODELS = "UPDATE versions v SET trash_entry_id = :m WHERE v.workspace_id = :t "
            + "AND v.trash_entry_id IS NULL AND EXISTS (SELECT 1 FROM models p WHERE p.workspace_id = v.workspace_id "
            + "AND p.id = v.model_id AND p.trash_entry_id = :m)";

    /**
     * Marks the project's subtree with {@code marker}: three UPDATEs, the last reaching the versions through
     * the models just marked, as the adapter cascades.
     */
    public static int trashSet(Jdbi jdbi, String projectId, long marker) {
        return jdbi.inTransaction(h -> {
            int n = h.createUpdate("UPDATE projects SET trash_entry_id = :m WHERE workspace_id = :t AND id = :p "
                    + "AND trash_entry_id IS NULL").bind("m", marker).bind("t", TENANT).bind("p", projectId).execute();
            n += h.createUpdate("UPDATE models SET trash_entry_id = :m WHERE workspace_id = :t AND project_id = :p "
                    + "AND trash_entry_id IS NULL").bind("m", marker).bind("t", TENANT).bind("p", projectId).execute();
            n += h.createUpdate(VERSIONS_OF_MARKED_MODELS).bind("m", marker).bind("t", TENANT).execute();
            return n;
        });
    }

    /** Unmarks everything {@code marker} marks: one UPDATE per table, on the marker index. */
    public static int restoreSet(Jdbi jdbi, long marker) {
        return jdbi.inTransaction(h -> {
            int n = 0;
            for (String table : List.of("versions", "models", "projects")) {
                n += h.createUpdate("UPDATE " + table + " SET trash_entry_id = NULL WHERE workspace_id = :t AND "
                        + "trash_entry_id = :m").bind("m", marker).bind("t", TENANT).execute();
            }
            return n;
        });
    }

    /**
     * Marks the project's subtree row by row in JDBC batches: the ids of its models and of their versions
     * are read (two queries on the parent indexes), then one batch of single-row UPDATEs per table.
     */
    public static int trashBatched(Jdbi jdbi, String projectId, long marker) {
        return jdbi.inTransaction(h -> {
            List<String> models = h.createQuery("SELECT id FROM models WHERE workspace_id = :t AND project_id = :p "
                    + "AND trash_entry_id IS NULL").bind("t", TENANT).bind("p", projectId).mapTo(String.class).list();
            List<String> versions = h.createQuery("SELECT v.id FROM versions v JOIN models m ON m.workspace_id = "
                            + "v.workspace_id AND m.id = v.model_id WHERE m.workspace_id = :t AND m.project_id = :p "
                            + "AND v.trash_entry_id IS NULL")
                    .bind("t", TENANT).bind("p", projectId).mapTo(String.class).list();
            int n = setMarker(h, "versions", versions, marker);
            n += setMarker(h, "models", models, marker);
            n += setMarker(h, "projects", List.of(projectId), marker);
            return n;
        });
    }

    /** Unmarks row by row in JDBC batches: the ids marked, then one batch of single-row UPDATEs per table. */
    public static int restoreBatched(Jdbi jdbi, long marker) {
        return jdbi.inTransaction(h -> {
            int n = 0;
            for (String table : List.of("versions", "models", "projects")) {
                List<String> ids = h.createQuery("SELECT id FROM " + table + " WHERE workspace_id = :t AND "
                        + "trash_entry_id = :m").bind("t", TENANT).bind("m", marker).mapTo(String.class).list();
                n += setMarker(h, table, ids, null);
            }
            return n;
        });
    }

    private static int setMarker(Handle h, String table, List<String> ids, Long marker) {
        Connection c = h.getConnection();
        int n = 0;
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET trash_entry_id = ? WHERE "
                + "workspace_id = ? AND id = ?")) {
            int pending = 0;
            for (String id : ids) {
                if (marker == null) {
                    ps.setNull(1, java.sql.Types.BIGINT);
                } else {
                    ps.setLong(1, marker);
                }
                ps.setString(2, TENANT);
                ps.setString(3, id);
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
     * Deletes every due entry's rows the way a hand-written cleanup job does: in transactions of
     * {@code batch} entries, each a DELETE per table over a range of entry ids on the marker index.
     *
     * @return rows of host tables deleted
     */
    public static long sweepByRanges(Jdbi jdbi, long nowMillis, int batch) {
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
                    n += h.createUpdate("DELETE FROM " + table + " WHERE workspace_id = :t AND trash_entry_id "
                            + "BETWEEN :lo AND :hi").bind("t", TENANT).bind("lo", lo).bind("hi", hi).execute();
                }
                h.createUpdate("DELETE FROM trash_entry WHERE id BETWEEN :lo AND :hi AND scheduled_cleanup_at <= :now")
                        .bind("lo", lo).bind("hi", hi).bind("now", nowMillis).execute();
                return n;
            });
        }
        return deleted;
    }

    /**
     * Empties the tenant's Trash set-based: one DELETE per table of every marked row, children first, then
     * the entries.
     *
     * @return rows of host tables deleted
     */
    public static long emptySet(Jdbi jdbi) {
        return jdbi.inTransaction(h -> {
            long n = 0;
            for (String table : List.of("versions", "models", "projects")) {
                n += h.createUpdate("DELETE FROM " + table + " WHERE workspace_id = :t AND trash_entry_id IS NOT NULL")
                        .bind("t", TENANT).execute();
            }
            h.createUpdate("DELETE FROM trash_entry WHERE tenant = :t").bind("t", TENANT).execute();
            return n;
        });
    }

    /** Purges what {@code marker} marks: one DELETE per table on the marker index, children first. */
    public static int purgeSet(Jdbi jdbi, long marker) {
        return jdbi.inTransaction(h -> {
            int n = 0;
            for (String table : List.of("versions", "models", "projects")) {
                n += h.createUpdate("DELETE FROM " + table + " WHERE workspace_id = :t AND trash_entry_id = :m")
                        .bind("t", TENANT).bind("m", marker).execute();
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
    public static List<Row> pageKeyset(Jdbi jdbi, long afterDeletedAt, long afterId, int limit) {
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
    public static List<String> firstPageWithParents(Jdbi jdbi, int limit) {
        return unchecked(() -> jdbi.withHandle(h -> {
            try (PreparedStatement ps = h.getConnection().prepareStatement("SELECT e.id, e.root_type, e.root_id, "
                    + "e.root_name, e.deleted_at, e.deleted_by, e.scheduled_cleanup_at, e.size_bytes, e.cascaded_count, "
                    + "p.name FROM trash_entry e LEFT JOIN projects p ON p.workspace_id = e.tenant AND p.id = e.parent_id "
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
    public static List<Row> pageOffset(Jdbi jdbi, int offset, int limit) {
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

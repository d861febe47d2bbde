package dev.trash.jdbi.migration;

import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** Rows in Trash's V1 tables, written before an upgrade and read back after it. */
final class SchemaRows {

    /** What {@link #v1Rows} reads after {@link #insertV1Rows}. */
    static final List<String> EXPECTED_V1_ROWS = List.of(
            "entry ws1 project p1 Road signs 1000 2",
            "event e-1 TRASHED ws1 project p1 1000",
            "audit TRASHED ws1 project p1 1000",
            "tombstone ws1 7 model m1 5");

    private SchemaRows() {
    }

    static void insertV1Rows(Jdbi jdbi) {
        jdbi.useHandle(h -> {
            h.execute("INSERT INTO trash_entry (tenant, root_type, root_id, root_name, deleted_at, deleted_by, "
                    + "scheduled_cleanup_at, size_bytes, cascaded_count) VALUES ('ws1', 'project', 'p1', 'Road signs', "
                    + "1000, 'alice', 2000, 10, 2)");
            h.execute("INSERT INTO trash_outbox (event_id, kind, tenant, entry_id, root_type, root_id, actor, "
                    + "occurred_at, item_count, size_bytes, asset_count) VALUES ('e-1', 'TRASHED', 'ws1', 1, 'project', "
                    + "'p1', 'alice', 1000, 3, 10, 0)");
            h.execute("INSERT INTO trash_audit (operation, tenant, actor, entry_id, root_type, root_id, item_count, "
                    + "size_bytes, occurred_at) VALUES ('TRASHED', 'ws1', 'alice', 1, 'project', 'p1', 3, 10, 1000)");
            h.execute("INSERT INTO trash_tombstone (tenant, entry_id, item_type, item_id, size_bytes, is_asset) "
                    + "VALUES ('ws1', 7, 'model', 'm1', 5, FALSE)");
        });
    }

    static List<String> v1Rows(Jdbi jdbi) {
        return jdbi.withHandle(h -> {
            List<String> rows = new ArrayList<>();
            rows.addAll(h.createQuery("SELECT tenant, root_type, root_id, root_name, deleted_at, cascaded_count "
                    + "FROM trash_entry").map((rs, c) -> "entry " + rs.getString(1) + " " + rs.getString(2) + " "
                    + rs.getString(3) + " " + rs.getString(4) + " " + rs.getLong(5) + " " + rs.getLong(6)).list());
            rows.addAll(h.createQuery("SELECT event_id, kind, tenant, root_type, root_id, occurred_at FROM trash_outbox")
                    .map((rs, c) -> "event " + rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " "
                            + rs.getString(4) + " " + rs.getString(5) + " " + rs.getLong(6)).list());
            rows.addAll(h.createQuery("SELECT operation, tenant, root_type, root_id, occurred_at FROM trash_audit")
                    .map((rs, c) -> "audit " + rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " "
                            + rs.getString(4) + " " + rs.getLong(5)).list());
            rows.addAll(h.createQuery("SELECT tenant, entry_id, item_type, item_id, size_bytes FROM trash_tombstone")
                    .map((rs, c) -> "tombstone " + rs.getString(1) + " " + rs.getLong(2) + " " + rs.getString(3) + " "
                            + rs.getString(4) + " " + rs.getLong(5)).list());
            return rows;
        });
    }
}

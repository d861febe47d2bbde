package dev.trash.jdbi.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** H2 2.x: no partial indexes, so unique names use a generated column that is NULL once trashed. */
public final class H2Dialect implements Dialect {

    @Override
    public String folder() {
        return "h2";
    }

    /**
     * H2 prefers the (tenant, marker) index for "IS NULL", which matches every active row, and then rescans
     * them once per row of the working table; an expression it cannot index keeps the join on the parent
     * index. Entry ids start at 1, so 0 is never a mark.
     */
    @Override
    public String activeInRecursion(String marker) {
        return "COALESCE(" + marker + ", 0) = 0";
    }

    /** H2 re-runs an UPDATE's IN subquery for every row; MERGE runs its source once and probes the key. */
    @Override
    public String markIds(TypeTable t, String ids) {
        return "MERGE INTO " + t.table() + " t USING (" + ids + ") s ON t." + t.tenant() + " = :tenant AND t." + t.id()
                + " = s.id AND t." + t.marker() + " IS NULL WHEN MATCHED THEN UPDATE SET " + t.marker() + " = :entry";
    }

    @Override
    public String upsert(String table, List<String> keys, List<String> values) {
        List<String> all = Upserts.concat(keys, values);
        return "MERGE INTO " + table + " (" + String.join(", ", all) + ") KEY (" + String.join(", ", keys)
                + ") VALUES (" + Upserts.params(all) + ")";
    }

    @Override
    public boolean isUniqueViolation(SQLException e) {
        return "23505".equals(e.getSQLState());
    }

    @Override
    public List<String> markerDdl(TypeTable t) {
        List<String> ddl = new ArrayList<>();
        ddl.add("ALTER TABLE " + t.table() + " ADD COLUMN IF NOT EXISTS " + t.marker() + " BIGINT NULL");
        ddl.add(Dialect.markerIndex(t));
        if (t.parent() != null) {
            ddl.add(Dialect.parentIndex(t));
        }
        if (t.uniqueNames()) {
            String active = t.marker() + "_active_name";
            ddl.add("ALTER TABLE " + t.table() + " ADD COLUMN IF NOT EXISTS " + active
                    + " VARCHAR(1000) GENERATED ALWAYS AS (CASE WHEN " + t.marker() + " IS NULL THEN " + t.name()
                    + " END)");
            ddl.add("CREATE UNIQUE INDEX IF NOT EXISTS " + t.table() + "_active_name_uq ON " + t.table() + " ("
                    + Dialect.uniqueKey(t, active) + ")");
        }
        return ddl;
    }
}

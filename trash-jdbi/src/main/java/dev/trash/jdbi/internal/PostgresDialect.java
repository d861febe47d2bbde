package dev.trash.jdbi.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** PostgreSQL 12+: partial unique indexes and SKIP LOCKED. */
public final class PostgresDialect implements Dialect {

    @Override
    public String folder() {
        return "postgresql";
    }

    @Override
    public String upsert(String table, List<String> keys, List<String> values) {
        List<String> all = Upserts.concat(keys, values);
        return "INSERT INTO " + table + " (" + String.join(", ", all) + ") VALUES (" + Upserts.params(all)
                + ") ON CONFLICT (" + String.join(", ", keys) + ") DO UPDATE SET "
                + Upserts.assignments(values, c -> "EXCLUDED." + c);
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
            ddl.add("CREATE UNIQUE INDEX IF NOT EXISTS " + t.table() + "_active_name_uq ON " + t.table() + " ("
                    + Dialect.uniqueKey(t, t.name()) + ") WHERE " + t.marker() + " IS NULL");
        }
        return ddl;
    }
}

package dev.trash.jdbi.internal;

import java.sql.SQLException;
import java.util.List;

/** PostgreSQL 12+: partial unique indexes and SKIP LOCKED. */
public final class PostgresDialect implements Dialect {

    @Override
    public String folder() {
        return "postgresql";
    }

    @Override
    public boolean bindsArrays() {
        return true;
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

    /** A partial unique index over the active rows, the parent as an expression that is never NULL. */
    @Override
    public List<String> uniqueActiveNameDdl(TypeTable t) {
        return List.of("CREATE UNIQUE INDEX IF NOT EXISTS " + t.table() + "_active_name_uq ON " + t.table() + " ("
                + Dialect.uniqueKey(t, Dialect.parentKeyExpression(t), t.name()) + ") WHERE " + t.marker() + " IS NULL");
    }

    /**
     * UPDATE ... FROM a derived table, not IN (subquery): right after a bulk load, before autovacuum has
     * analyzed the table, the planner believes it holds one row and turns IN into a nested-loop semi join
     * that rescans the whole cascade for every row (minutes at 100,000 rows); a join stays linear.
     */
    @Override
    public String markIds(TypeTable t, String ids) {
        return "UPDATE " + t.table() + " AS t SET " + t.marker() + " = :entry FROM (" + ids + ") AS s WHERE t."
                + t.tenant() + " = :tenant AND t." + t.marker() + " IS NULL AND t." + t.id() + " = s.id";
    }
}

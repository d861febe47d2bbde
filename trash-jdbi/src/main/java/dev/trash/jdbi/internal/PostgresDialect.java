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
    public String collate(String trashExpression, String collation) {
        return collation == null ? trashExpression : trashExpression + " COLLATE " + quotedCollation(collation);
    }

    /** Trash's text columns are in "C". */
    @Override
    public String asTrashText(String hostExpression, String collation) {
        return collation == null ? hostExpression : hostExpression + " COLLATE \"C\"";
    }

    @Override
    public String columnCollationQuery() {
        return "SELECT collation_name FROM information_schema.columns WHERE table_schema = current_schema() AND "
                + "table_name = :table AND column_name = :column";
    }

    /**
     * Only nondeterministic collations (ICU with {@code deterministic = false}, case- or accent-insensitive):
     * under a deterministic one, PostgreSQL tells every two distinct strings apart.
     */
    @Override
    public String keyCollationQuery() {
        return "SELECT co.collname AS collation_name, format_type(a.atttypid, a.atttypmod) AS column_type, "
                + "CASE WHEN a.attnotnull THEN 'NO' ELSE 'YES' END AS is_nullable FROM pg_attribute a "
                + "JOIN pg_class c ON c.oid = a.attrelid JOIN pg_collation co ON co.oid = a.attcollation "
                + "WHERE c.relnamespace = current_schema()::regnamespace AND c.relname = :table "
                + "AND a.attname = :column AND NOT co.collisdeterministic";
    }

    /** {@link #keyCollationQuery} finds only the collations that make distinct keys equal. */
    @Override
    public boolean distinguishesKeys(String collation) {
        return false;
    }

    /** "C" compares byte by byte, as Trash's own text columns do. */
    @Override
    public String binaryKeyDdl(String table, String column, String columnType, boolean nullable) {
        return "ALTER TABLE " + table + " ALTER COLUMN " + column + " TYPE " + columnType + " COLLATE \"C\"";
    }

    /** A collation name from the catalogue, quoted; only names of letters, digits, "-", "_", "." and "@". */
    private static String quotedCollation(String collation) {
        if (!collation.matches("[A-Za-z0-9_.@-]{1,128}")) {
            throw new IllegalArgumentException("unsupported collation name '" + collation + "'");
        }
        return "\"" + collation + "\"";
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
    public String indexTableQuery() {
        return "SELECT tablename FROM pg_indexes WHERE schemaname = current_schema() AND indexname = :index";
    }

    @Override
    public String partialIndexConditionQuery() {
        return "SELECT pg_get_expr(i.indpred, i.indrelid) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                + "WHERE c.relnamespace = current_schema()::regnamespace AND c.relname = :index";
    }

    /** The parent enters as an expression that contains the parent column. */
    @Override
    public List<String> uniqueNameIndexColumns(TypeTable t) {
        return Dialect.uniqueNameIndexColumns(t, t.parent(), t.name());
    }

    /** A partial unique index over the active rows, the parent as an expression that is never NULL. */
    @Override
    public List<String> uniqueActiveNameDdl(TypeTable t) {
        return List.of("CREATE UNIQUE INDEX IF NOT EXISTS " + Dialect.uniqueNameIndexName(t) + " ON " + t.table() + " ("
                + Dialect.uniqueKey(t, Dialect.parentKeyExpression(t, textType()), t.name()) + ") WHERE " + t.marker() + " IS NULL");
    }

    /**
     * The ids gathered into one array first, then probed on the primary key: right after a bulk load, before
     * autovacuum has analysed the table, the planner believes it holds one row, and turned IN (subquery) into
     * a semi join rescanning the cascade per row, and UPDATE ... FROM into a nested loop from the (tenant,
     * marker) index under "marker IS NULL" (every active row) against the whole cascade: minutes at 100,000
     * rows. "Not marked" is worded so that no index serves it, which leaves the primary key.
     */
    @Override
    public String markIds(TypeTable t, String ids) {
        return "UPDATE " + t.table() + " AS t SET " + t.marker() + " = :entry WHERE " + t.tenantIs("t") + " AND "
                + activeInRecursion("t." + t.marker()) + " AND t." + t.id() + " = ANY(ARRAY(" + ids + "))";
    }

    @Override
    public boolean recursesLaterally() {
        return true;
    }
}

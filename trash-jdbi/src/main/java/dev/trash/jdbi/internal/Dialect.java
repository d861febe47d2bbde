package dev.trash.jdbi.internal;

import dev.trash.jdbi.KeyType;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;

/**
 * Everything that differs between the supported databases, in one place per database. The verbs build
 * portable SQL and ask the dialect only for these fragments, so no caller tests which database it is on.
 */
public interface Dialect {

    /** The folder of the versioned schema files under {@code db/trash/}. */
    String folder();

    /** Appended to a SELECT that locks the rows it reads until the transaction ends. */
    default String forUpdate() {
        return " FOR UPDATE";
    }

    /** Appended to a SELECT that locks what it reads and skips rows another transaction holds. */
    default String forUpdateSkipLocked() {
        return " FOR UPDATE SKIP LOCKED";
    }

    /**
     * Wraps a subquery returning one {@code id} column that reads the table an UPDATE or DELETE writes.
     * MySQL-family databases reject that (error 1093) unless the subquery is materialized as a derived table.
     */
    default String sameTableIds(String subquery) {
        return subquery;
    }

    /**
     * "Not marked" in the recursive step of a cascade. H2 and MariaDB prefer the (tenant, marker) index for
     * "IS NULL", which matches every active row, and rescan them once per row of the working table; an
     * expression they cannot index keeps the join on the parent index. Entry ids start at 1: 0 is no mark.
     *
     * @param marker the qualified marker column
     * @return the condition
     */
    default String activeInRecursion(String marker) {
        return "COALESCE(" + marker + ", 0) = 0";
    }

    /**
     * Marks with {@code :entry} the active rows of {@code t} (in tenant {@code :tenant}) whose ids a subquery
     * of the same table returns.
     *
     * @param t the table
     * @param ids a subquery returning one column named {@code id}
     * @return the statement
     */
    default String markIds(TypeTable t, String ids) {
        return "UPDATE " + t.table() + " SET " + t.marker() + " = :entry WHERE " + t.tenantIs(null) + " AND "
                + t.marker() + " IS NULL AND " + t.id() + " IN (" + sameTableIds(ids) + ")";
    }

    /**
     * The head of a DELETE from {@code table} that finds its rows through {@code index}: {@code DELETE FROM
     * table} where the planner picks the index by itself. InnoDB may plan a small table's IN list as a full
     * scan, which still waits for every row it reads, so two sweepers purging neighbouring batches deadlocked;
     * MariaDB names the index instead.
     *
     * @param table the table
     * @param index the secondary index the WHERE clause is written for
     * @return the statement up to its WHERE clause
     */
    default String deleteThrough(String table, String index) {
        return "DELETE FROM " + table;
    }

    /**
     * A table reference that reads {@code table} through {@code index}, for a join step whose index the
     * planner may not see: {@code table alias} where the planner picks the index by itself.
     *
     * @param table the table
     * @param alias its alias in the statement
     * @param index the index the join condition is written for
     * @return the table reference
     */
    default String readThrough(String table, String alias, String index) {
        return table + " " + alias;
    }

    /**
     * A DELETE from one of Trash's tables of the rows whose entry id column is one of {@code entryIds}, bound
     * with {@link Marks#bind}, and (when {@code tenantColumn} is not null) whose tenant is {@code :tenant}.
     * The two columns lead the table's primary key; the entry ids are worded as {@link Marks} words them.
     *
     * @param table the table
     * @param tenantColumn the tenant column, or null to match the ids alone
     * @param entryColumn the entry id column
     * @param entryIds the ids
     * @return the statement
     */
    default String deleteByEntryIds(String table, String tenantColumn, String entryColumn, List<Long> entryIds) {
        return "DELETE FROM " + table + " WHERE " + (tenantColumn == null ? "" : tenantColumn + " = :tenant AND ")
                + Marks.among(this, entryColumn, entryIds);
    }

    /**
     * Marks with {@code :entry} the active rows of {@code child} (in tenant {@code :tenant}) whose parent is
     * among the ids a subquery of the parent table returns.
     *
     * @param child the child table
     * @param parentIds a subquery returning one column named {@code id}
     * @return the statement
     */
    default String markChildren(TypeTable child, String parentIds) {
        return "UPDATE " + child.table() + " SET " + child.marker() + " = :entry WHERE " + child.tenantIs(null)
                + " AND " + child.marker() + " IS NULL AND " + child.parent() + " IN (" + parentIds + ")";
    }

    /**
     * Whether a condition "marker IN (list)" also gets the range of the list. H2 uses an IN list only on an
     * index's first column: with (tenant, marker) it read every row of the tenant for each statement of a
     * sweep batch (a sweep of 1,000,000 items took 230 s against 7 s raw). A range on the second column it
     * seeks; the rows of other entries inside the range are filtered, and only trashed rows are ever in it.
     */
    default boolean boundsMarkLists() {
        return false;
    }

    /**
     * A statement with a recursive query, run so that the recursion may go as deep as the data: a chain of
     * folders has no depth limit, and neither may the cascade that walks it.
     */
    default String unboundedRecursion(String statement) {
        return statement;
    }

    /**
     * How many internal temporary tables of the session have spilled to disk so far, where a spill can make a
     * recursive query leave rows out (see MariaDB's dialect); 0 where it cannot, read without a round trip.
     */
    default long spilledTemporaryTables(Handle handle) {
        return 0;
    }

    /**
     * Whether the recursive step of a cascade down a self-nesting type is a LATERAL subquery per row rather
     * than a join. PostgreSQL plans a join with a table it has never analysed (a host's fresh bulk load) as a
     * scan of the whole tenant per level: minutes for a chain of folders.
     */
    default boolean recursesLaterally() {
        return false;
    }

    /**
     * Whether a list of entry ids goes as one array parameter ({@code = ANY(?)}) rather than one parameter per
     * id. A sweep batch repeats its list once per table: 10,000 entries over seven tables are 70,000
     * parameters, past PostgreSQL's protocol limit of 65,535.
     */
    default boolean bindsArrays() {
        return false;
    }

    /** What follows a table-less SELECT that has a WHERE clause ({@code FROM DUAL} where one is required). */
    default String fromNoTable() {
        return "";
    }

    /**
     * An insert-or-replace of one row by its key.
     *
     * @param table the table
     * @param keys the key columns
     * @param values the other columns; each column {@code c} is bound as {@code :c}
     * @return the statement
     */
    String upsert(String table, List<String> keys, List<String> values);

    /** The SQL type a text value is cast to for a host key column of a type: {@code CAST(:id AS BIGINT)}. */
    default String keyType(KeyType type) {
        return switch (type) {
            case TEXT -> "VARCHAR";
            case BIGINT -> "BIGINT";
            case INTEGER -> "INTEGER";
            case UUID -> "UUID";
        };
    }

    /** The type a host key is cast to on its way into Trash's text columns. */
    default String textType() {
        return "VARCHAR";
    }

    /**
     * Text of Trash's tables, compared with a host text column of the given collation. PostgreSQL refuses to
     * compare two columns of different explicit column collations; the host's collation keeps its index.
     *
     * @param trashExpression the text expression
     * @param collation the host column's collation, null for the default
     * @return the expression to compare
     */
    default String collate(String trashExpression, String collation) {
        return trashExpression;
    }

    /** A host text key of the given collation, compared with or written into Trash's text columns. */
    default String asTrashText(String hostExpression, String collation) {
        return hostExpression;
    }

    /**
     * A query of the collation of a column ({@code :table}, {@code :column}) of the current schema, for
     * dialects that compare text keys under an explicit collation; null for the others.
     */
    default String columnCollationQuery() {
        return null;
    }

    /**
     * "Two texts are equal", byte for byte: the bound tenant against a single-tenant repository's own, where a
     * case- or pad-insensitive comparison would let {@code 'ACME'} in.
     *
     * @param a an expression
     * @param b another
     * @return the condition
     */
    default String sameText(String a, String b) {
        return a + " = " + b;
    }

    /** Whether the exception reports a unique-constraint violation. */
    boolean isUniqueViolation(SQLException e);

    /**
     * The DDL a host adds to a mapped table: the marker column, its index, and when names are unique among
     * active siblings a unique index that ignores trashed rows.
     */
    default List<String> markerDdl(TypeTable t) {
        List<String> ddl = new ArrayList<>();
        ddl.add(markerColumn(t));
        ddl.add(markerIndex(t));
        if (t.parent() != null) {
            ddl.add(parentIndex(t));
        }
        if (t.uniqueNames()) {
            ddl.addAll(uniqueActiveNameDdl(t));
        }
        return ddl;
    }

    /** The unique index over active rows' names among siblings, the one part of the DDL each database words its own way. */
    List<String> uniqueActiveNameDdl(TypeTable t);

    /** The marker column, NULL while the row is active. */
    static String markerColumn(TypeTable t) {
        return "ALTER TABLE " + t.table() + " ADD COLUMN IF NOT EXISTS " + t.marker() + " BIGINT NULL";
    }

    /** The name of the marker column's index. */
    static String markerIndexName(TypeTable t) {
        return t.table() + "_trash_idx";
    }

    /** The name of the cascade's parent index. */
    static String parentIndexName(TypeTable t) {
        return t.table() + "_trash_parent_idx";
    }

    /** The name of the unique index over active names. */
    static String uniqueNameIndexName(TypeTable t) {
        return t.table() + "_active_name_uq";
    }

    /** The index of the marker column, shared by every dialect. */
    static String markerIndex(TypeTable t) {
        return "CREATE INDEX IF NOT EXISTS " + markerIndexName(t) + " ON " + t.table() + " (" + tenantFirst(t)
                + t.marker() + ")";
    }

    /** The index the cascade uses to find children by parent, for hosts that do not have one yet. */
    static String parentIndex(TypeTable t) {
        return "CREATE INDEX IF NOT EXISTS " + parentIndexName(t) + " ON " + t.table() + " (" + tenantFirst(t)
                + t.parent() + ")";
    }

    /** "{@code tenant, }" to lead an index's columns, or nothing for a table without a tenant column. */
    private static String tenantFirst(TypeTable t) {
        return t.tenant() == null ? "" : t.tenant() + ", ";
    }

    /**
     * Drops a host's unique constraint (or unique index) by name: what stands in the way of names reused
     * after trashing once the unique index over active rows is there.
     *
     * @param table the table
     * @param constraint the constraint's name
     * @return the statement
     */
    default String dropUniqueConstraint(String table, String constraint) {
        return "ALTER TABLE " + table + " DROP CONSTRAINT " + constraint;
    }

    /**
     * A query of the name of the constraint that owns a unique index ({@code :table}, {@code :index}) of the
     * current schema, for databases where the two names differ; null where the index has the constraint's name.
     */
    default String constraintOfIndexQuery() {
        return null;
    }

    /**
     * A query of the condition of a partial index ({@code :index}) of the current schema, on databases where
     * Trash's unique index over active names is partial and the JDBC metadata leaves the condition out; null
     * for the others.
     */
    default String partialIndexConditionQuery() {
        return null;
    }

    /**
     * A query of the table that holds an index of a name ({@code :index}) in the current schema, on databases
     * whose index names are unique per schema rather than per table; null for the others.
     */
    default String indexTableQuery() {
        return null;
    }

    /** Renames a host index, so that Trash's index can take its name. */
    default String renameIndex(String table, String index, String newName) {
        return "ALTER INDEX " + index + " RENAME TO " + newName;
    }

    /**
     * A query of a host text column's collation, SQL type and nullability ({@code collation_name},
     * {@code column_type}, {@code is_nullable}) for {@code :table} and {@code :column} of the current schema,
     * on databases whose collations may make two distinct keys equal; null for the others.
     */
    default String keyCollationQuery() {
        return null;
    }

    /** Whether a key column of this collation tells every two distinct keys apart. */
    default boolean distinguishesKeys(String collation) {
        return true;
    }

    /**
     * The DDL that makes a text key column compare byte by byte, without padding.
     *
     * @param table the table
     * @param column the column
     * @param columnType its SQL type, as the database reports it
     * @param nullable whether it is nullable
     * @return the statement
     */
    default String binaryKeyDdl(String table, String column, String columnType, boolean nullable) {
        throw new UnsupportedOperationException("no key collation check on " + folder());
    }

    /**
     * The key columns of the unique-name index: tenant, the parent's key when there is a parent column, then
     * the given name. A table without a tenant column is scoped by its parent alone, whose ids are unique
     * across tenants (or by nothing more in a single-tenant repository). Top-level rows have a NULL parent, and NULLs never collide in a unique index, so the
     * parent goes in as a key that is never NULL: the empty string, which no id can be, at the top level.
     *
     * @param t the table
     * @param parentKey the parent column, or an expression or generated column that is never NULL
     * @param nameColumn the name column, or a generated column that is NULL once the row is trashed
     * @return the columns
     */
    static String uniqueKey(TypeTable t, String parentKey, String nameColumn) {
        return tenantFirst(t) + (t.parent() == null ? "" : parentKey + ", ") + nameColumn;
    }

    /**
     * The parent made never NULL, as {@link #uniqueKey} wants it; null for a table without a parent column.
     * The parent goes in as text, so the same DDL fits a parent column of any key type.
     *
     * @param t the table
     * @param textType the dialect's {@link #textType()}
     */
    static String parentKeyExpression(TypeTable t, String textType) {
        return t.parent() == null ? null : "COALESCE(CAST(" + t.parent() + " AS " + textType + "), '')";
    }

    /**
     * The columns of the unique index over active names, in order, as the metadata lists them: plain columns
     * by name, an expression by a column it contains. By default those of {@link #generatedUniqueNameDdl}.
     */
    default List<String> uniqueNameIndexColumns(TypeTable t) {
        return uniqueNameIndexColumns(t, t.parent() == null ? null : parentKeyColumn(t), activeNameColumn(t));
    }

    /** The tenant column where the table has one, the parent's column where it has a parent, then the name's. */
    static List<String> uniqueNameIndexColumns(TypeTable t, String parentColumn, String nameColumn) {
        List<String> columns = new ArrayList<>();
        if (t.tenant() != null) {
            columns.add(t.tenant());
        }
        if (parentColumn != null) {
            columns.add(parentColumn);
        }
        columns.add(nameColumn);
        return columns;
    }

    /** The generated column that holds the name while the row is active. */
    static String activeNameColumn(TypeTable t) {
        return t.marker() + "_active_name";
    }

    /** The generated column that holds the parent key, never NULL. */
    static String parentKeyColumn(TypeTable t) {
        return t.marker() + "_parent_key";
    }

    /**
     * The unique-name DDL for databases with neither partial nor expression indexes (H2, MariaDB): a generated
     * column that holds the name while the row is active and is NULL once trashed, another that holds the
     * parent key, and a unique index over them.
     *
     * @param t the table
     * @param type the generated columns' SQL type
     * @param generated how the database words a generated column around its expression
     * @param textType the dialect's {@link #textType()}
     * @return the statements
     */
    static List<String> generatedUniqueNameDdl(TypeTable t, String type, UnaryOperator<String> generated,
                                               String textType) {
        String active = activeNameColumn(t);
        String parentKey = parentKeyColumn(t);
        List<String> ddl = new ArrayList<>();
        ddl.add("ALTER TABLE " + t.table() + " ADD COLUMN IF NOT EXISTS " + active + " " + type + " "
                + generated.apply("CASE WHEN " + t.marker() + " IS NULL THEN " + t.name() + " END"));
        if (t.parent() != null) {
            ddl.add("ALTER TABLE " + t.table() + " ADD COLUMN IF NOT EXISTS " + parentKey + " " + type + " "
                    + generated.apply(parentKeyExpression(t, textType)));
        }
        ddl.add("CREATE UNIQUE INDEX IF NOT EXISTS " + uniqueNameIndexName(t) + " ON " + t.table() + " ("
                + uniqueKey(t, parentKey, active) + ")");
        return ddl;
    }
}

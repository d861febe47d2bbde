package dev.trash.jdbi.internal;

import dev.trash.jdbi.KeyType;
import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** MariaDB 10.6+: SKIP LOCKED, no partial indexes, and the error 1093 rule on same-table subqueries. */
public final class MariaDbDialect implements Dialect {

    private static final int DUPLICATE_KEY = 1062;
    private static final String TRASH_COLLATION = "utf8mb4_nopad_bin";

    /** What a recursive statement's temporary tables may hold in memory: 256 MiB. */
    static final long RECURSION_MEMORY_BYTES = 256L << 20;

    private final long recursionMemoryBytes;

    /** The dialect as the adapter uses it. */
    public MariaDbDialect() {
        this(RECURSION_MEMORY_BYTES);
    }

    /** A dialect whose recursive statements move their temporary tables to disk sooner, for tests. */
    MariaDbDialect(long recursionMemoryBytes) {
        this.recursionMemoryBytes = recursionMemoryBytes;
    }

    @Override
    public String folder() {
        return "mariadb";
    }

    @Override
    public String sameTableIds(String subquery) {
        // a derived table is materialized before the UPDATE reads it, which is what error 1093 asks for;
        // MariaDB 10.3+ often copes without it, MySQL and older MariaDB do not
        return "SELECT id FROM (" + subquery + ") trash_same_table";
    }

    /**
     * A join with the derived table, which MariaDB materializes once; as an IN subquery it was re-run for
     * every candidate row, quadratic in the size of a subtree.
     */
    @Override
    public String markIds(TypeTable t, String ids) {
        return "UPDATE " + t.table() + " t JOIN (" + ids + ") s ON t." + t.id() + " = s.id SET t." + t.marker()
                + " = :entry WHERE " + t.tenantIs("t") + " AND t." + t.marker() + " IS NULL";
    }

    /**
     * MariaDB stops a recursive CTE after max_recursive_iterations (1,000 by default) rounds, one per level.
     * Its working tables may also take more memory than the server's default 16 MiB before they move to disk,
     * where a row can be lost (see {@link #spilledTemporaryTables}): a level of about 250,000 text keys.
     */
    @Override
    public String unboundedRecursion(String statement) {
        return "SET STATEMENT max_recursive_iterations = 4294967295, max_heap_table_size = " + recursionMemoryBytes
                + ", tmp_table_size = " + recursionMemoryBytes + " FOR " + statement;
    }

    /** MariaDB casts to SIGNED, not BIGINT; its UUID type (10.7+) takes text as CAST(... AS UUID). */
    @Override
    public String keyType(KeyType type) {
        return type == KeyType.BIGINT || type == KeyType.INTEGER ? "SIGNED" : Dialect.super.keyType(type);
    }

    @Override
    public String textType() {
        return "CHAR";
    }

    /**
     * MariaDB refuses "=" between two columns of different collations of the same derivation ("Illegal mix
     * of collations"); the host's collation, made explicit on Trash's side, keeps the host's index.
     */
    @Override
    public String collate(String trashExpression, String collation) {
        return collation == null ? trashExpression : trashExpression + " COLLATE " + collationName(collation);
    }

    /** Trash's text columns are in utf8mb4_nopad_bin. */
    @Override
    public String asTrashText(String hostExpression, String collation) {
        return collation == null ? hostExpression : hostExpression + " COLLATE " + TRASH_COLLATION;
    }

    /** Only utf8mb4 collations other than Trash's own: COLLATE cannot change the character set. */
    @Override
    public String columnCollationQuery() {
        return "SELECT collation_name FROM information_schema.columns WHERE table_schema = DATABASE() AND "
                + "table_name = :table AND column_name = :column AND collation_name LIKE 'utf8mb4%' AND "
                + "collation_name <> '" + TRASH_COLLATION + "'";
    }

    private static String collationName(String collation) {
        if (!collation.matches("[A-Za-z0-9_]{1,64}")) {
            throw new IllegalArgumentException("unsupported collation name '" + collation + "'");
        }
        return collation;
    }

    /** Binary strings compare byte for byte and without padding, whatever the connection's collation. */
    @Override
    public String sameText(String a, String b) {
        return "CAST(" + a + " AS BINARY) = CAST(" + b + " AS BINARY)";
    }

    /**
     * A single-table DELETE takes no index hint (error 1064); the multi-table form of the same table does, and
     * deletes the same rows.
     */
    @Override
    public String deleteThrough(String table, String index) {
        return "DELETE " + table + " FROM " + table + " FORCE INDEX (" + index + ")";
    }

    /**
     * The recursive step of a folder cascade joins the rows found so far to their children. With the working
     * table's size unknown, MariaDB 10.11 may read each step's children through the primary key's tenant
     * prefix, every row of the tenant per row found: a 100,000-folder tree took more than 10 minutes.
     */
    /**
     * MariaDB 10.11 (up to at least 10.11.19) drops a row from a recursive query when the query's working
     * table outgrows {@code tmp_table_size} and moves to disk, silently, and with it every row the recursion
     * would have reached from it (MDEV-40803): a cascade over a level of about 16,000 folders left some of
     * their children active. The session's count of temporary tables moved to disk tells whether it can
     * have happened.
     */
    @Override
    public long spilledTemporaryTables(Handle handle) {
        return handle.createQuery("SHOW SESSION STATUS LIKE 'Created_tmp_disk_tables'")
                .map((rs, ctx) -> rs.getLong(2)).one();
    }

    @Override
    public String readThrough(String table, String alias, String index) {
        return table + " " + alias + " FORCE INDEX (" + index + ")";
    }

    /**
     * The ids as a table, joined to the primary key: one lookup each. An IN list on a small table was planned
     * as a scan that waits on every row it reads, and {@code FORCE INDEX (PRIMARY)} does not prevent that, a
     * scan of the clustered index being a scan of the primary key.
     */
    @Override
    public String deleteByEntryIds(String table, String tenantColumn, String entryColumn, List<Long> entryIds) {
        return "DELETE x FROM JSON_TABLE(JSON_ARRAY(" + InList.params("entry", entryIds.size()) + "), '$[*]' COLUMNS "
                + "(id BIGINT PATH '$')) ids STRAIGHT_JOIN " + table + " x ON "
                + (tenantColumn == null ? "" : "x." + tenantColumn + " = :tenant AND ") + "x." + entryColumn + " = ids.id";
    }

    @Override
    public String fromNoTable() {
        return " FROM DUAL";
    }

    @Override
    public String upsert(String table, List<String> keys, List<String> values) {
        List<String> all = Upserts.concat(keys, values);
        return "INSERT INTO " + table + " (" + String.join(", ", all) + ") VALUES (" + Upserts.params(all)
                + ") ON DUPLICATE KEY UPDATE " + Upserts.assignments(values, c -> "VALUES(" + c + ")");
    }

    @Override
    public boolean isUniqueViolation(SQLException e) {
        return e.getErrorCode() == DUPLICATE_KEY || "23505".equals(e.getSQLState());
    }

    /** A UNIQUE constraint is an index of the table. */
    @Override
    public String dropUniqueConstraint(String table, String constraint) {
        return "ALTER TABLE " + table + " DROP INDEX " + constraint;
    }

    @Override
    public String renameIndex(String table, String index, String newName) {
        return "ALTER TABLE " + table + " RENAME INDEX " + index + " TO " + newName;
    }

    @Override
    public String keyCollationQuery() {
        return "SELECT collation_name, column_type, is_nullable FROM information_schema.columns WHERE table_schema = "
                + "DATABASE() AND table_name = :table AND column_name = :column AND collation_name IS NOT NULL";
    }

    /**
     * Only a binary collation without padding tells every two ids apart: under a case-insensitive one 'WS1'
     * finds ws1's rows, and under PAD SPACE (every collation whose name lacks "nopad", utf8mb4_bin too)
     * 'ws1 ' does.
     */
    @Override
    public boolean distinguishesKeys(String collation) {
        return collation.endsWith("_nopad_bin");
    }

    @Override
    public String binaryKeyDdl(String table, String column, String columnType, boolean nullable) {
        return "ALTER TABLE " + table + " MODIFY " + column + " " + columnType + " CHARACTER SET utf8mb4 COLLATE "
                + TRASH_COLLATION + (nullable ? " NULL" : " NOT NULL");
    }

    /** MariaDB has no partial index: generated columns hold the active name and the parent key. */
    @Override
    public List<String> uniqueActiveNameDdl(TypeTable t) {
        return Dialect.generatedUniqueNameDdl(t, "VARCHAR(255)", e -> "AS (" + e + ") VIRTUAL", textType());
    }
}

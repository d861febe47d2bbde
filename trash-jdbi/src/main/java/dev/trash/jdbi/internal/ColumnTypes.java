package dev.trash.jdbi.internal;

import dev.trash.jdbi.KeyType;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Reads a host column's type from the JDBC metadata of the connection's current schema: what the adapter
 * needs to bind keys in the column's own type. One lookup per mapped column, once, when the repository
 * is built.
 */
public final class ColumnTypes {

    private final Handle handle;
    private final Dialect dialect;

    /** Reads through {@code handle}, which stays open while the lookups run. */
    public ColumnTypes(Handle handle, Dialect dialect) {
        this.handle = handle;
        this.dialect = dialect;
    }

    /**
     * The key type of a column, with its collation where the dialect compares under it.
     *
     * @param table the table
     * @param column the column
     * @return the key, or empty when the column does not exist or holds no supported key type
     */
    public Optional<Key> key(String table, String column) {
        return type(table, column).map(type -> new Key(type, type == KeyType.TEXT ? collation(table, column) : null,
                dialect));
    }

    /** The column's key type, or empty when the metadata does not list it or lists another type. */
    public Optional<KeyType> type(String table, String column) {
        try {
            Connection c = handle.getConnection();
            DatabaseMetaData meta = c.getMetaData();
            String escape = meta.getSearchStringEscape();
            for (String t : TableMetadata.spellings(table)) {
                for (String col : TableMetadata.spellings(column)) {
                    try (ResultSet rs = meta.getColumns(c.getCatalog(), c.getSchema(), TableMetadata.literal(t, escape),
                            TableMetadata.literal(col, escape))) {
                        if (rs.next()) {
                            return keyType(rs.getInt("DATA_TYPE"), rs.getString("TYPE_NAME"));
                        }
                    }
                }
            }
            return Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the type of column " + table + "." + column, e);
        }
    }

    private String collation(String table, String column) {
        String query = dialect.columnCollationQuery();
        if (query == null) {
            return null;
        }
        return handle.createQuery(query).bind("table", table).bind("column", column).mapTo(String.class)
                .findFirst().orElse(null);
    }

    /** The key type of a column of a JDBC type, or empty for a type that cannot hold keys. */
    static Optional<KeyType> keyType(int sqlType, String typeName) {
        if (typeName != null && typeName.toLowerCase(Locale.ROOT).contains("uuid")) {
            return Optional.of(KeyType.UUID);
        }
        return switch (sqlType) {
            case Types.BIGINT -> Optional.of(KeyType.BIGINT);
            case Types.INTEGER, Types.SMALLINT, Types.TINYINT -> Optional.of(KeyType.INTEGER);
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR,
                 Types.CLOB -> Optional.of(KeyType.TEXT);
            default -> Optional.empty();
        };
    }
}

package dev.trash.jdbi.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One table of the connection's current schema as the JDBC metadata describes it: its columns and its
 * indexes, read once. Names are kept in lower case, whatever case the database stores them in.
 */
public final class TableMetadata {

    /**
     * A column.
     *
     * @param name the name, lower case
     * @param sqlType its {@link java.sql.Types} code
     * @param typeName the database's name of its type
     */
    public record Column(String name, int sqlType, String typeName) {
    }

    /**
     * An index.
     *
     * @param name the name, lower case
     * @param unique whether it is unique
     * @param columns its columns or expressions in order, lower case
     * @param filter the condition of a partial index, or null
     */
    public record Index(String name, boolean unique, List<String> columns, String filter) {
    }

    private final String name;
    private final Map<String, Column> columns;
    private final Map<String, Index> indexes;

    private TableMetadata(String name, Map<String, Column> columns, Map<String, Index> indexes) {
        this.name = name;
        this.columns = columns;
        this.indexes = indexes;
    }

    /**
     * Reads a table of the current schema.
     *
     * @param connection an open connection
     * @param table the table's name as the mapping spells it
     * @return the table, or empty when the schema has no such table
     */
    public static Optional<TableMetadata> read(Connection connection, String table) {
        try {
            DatabaseMetaData meta = connection.getMetaData();
            for (String spelling : spellings(table)) {
                Map<String, Column> columns = new LinkedHashMap<>();
                try (ResultSet rs = meta.getColumns(connection.getCatalog(), connection.getSchema(),
                        literal(spelling, meta.getSearchStringEscape()), null)) {
                    while (rs.next()) {
                        String column = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                        columns.put(column, new Column(column, rs.getInt("DATA_TYPE"), rs.getString("TYPE_NAME")));
                    }
                }
                if (!columns.isEmpty()) {
                    return Optional.of(new TableMetadata(table, columns, indexes(connection, meta, spelling)));
                }
            }
            return Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the metadata of table " + table, e);
        }
    }

    private static Map<String, Index> indexes(Connection connection, DatabaseMetaData meta, String table)
            throws SQLException {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        Map<String, Boolean> unique = new LinkedHashMap<>();
        Map<String, String> filters = new LinkedHashMap<>();
        try (ResultSet rs = meta.getIndexInfo(connection.getCatalog(), connection.getSchema(), table, false, false)) {
            while (rs.next()) {
                String index = rs.getString("INDEX_NAME");
                String column = rs.getString("COLUMN_NAME");
                if (index == null || column == null) {
                    continue; // the table's statistics row
                }
                String key = index.toLowerCase(Locale.ROOT);
                columns.computeIfAbsent(key, k -> new ArrayList<>()).add(normalized(column));
                unique.put(key, !rs.getBoolean("NON_UNIQUE"));
                String filter = rs.getString("FILTER_CONDITION");
                if (filter != null && !filter.isBlank()) {
                    filters.put(key, normalized(filter));
                }
            }
        }
        Map<String, Index> indexes = new LinkedHashMap<>();
        columns.forEach((index, cols) -> indexes.put(index, new Index(index, unique.get(index), List.copyOf(cols),
                filters.get(index))));
        return indexes;
    }

    /** Lower case, without quotes: PostgreSQL quotes some names in the expressions it prints. */
    private static String normalized(String text) {
        return text.replace("\"", "").replace("`", "").toLowerCase(Locale.ROOT).strip();
    }

    /** The table's name as the mapping spells it. */
    public String name() {
        return name;
    }

    /** The column, if the table has it. */
    public Optional<Column> column(String column) {
        return Optional.ofNullable(columns.get(column.toLowerCase(Locale.ROOT)));
    }

    /** The index of that name on this table, if there is one. */
    public Optional<Index> index(String index) {
        return Optional.ofNullable(indexes.get(index.toLowerCase(Locale.ROOT)));
    }

    /** Every index of the table. */
    public List<Index> indexes() {
        return List.copyOf(indexes.values());
    }

    /** A name as a metadata search pattern that matches only itself: "_" is a wildcard there. */
    static String literal(String name, String escape) {
        return escape == null || escape.isEmpty() ? name : name.replace("_", escape + "_");
    }

    /** Unquoted names are stored upper case by H2, lower case by PostgreSQL, as written by MariaDB. */
    static Set<String> spellings(String name) {
        Set<String> s = new LinkedHashSet<>();
        s.add(name);
        s.add(name.toUpperCase(Locale.ROOT));
        s.add(name.toLowerCase(Locale.ROOT));
        return s;
    }
}

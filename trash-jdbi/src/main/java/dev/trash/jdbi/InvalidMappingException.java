package dev.trash.jdbi;

/**
 * A table mapping that cannot work with the catalogue or with the repository's tenancy, found when the
 * repository (or the DDL) is built: it names the type, the table and the column involved, so the host fixes
 * the mapping rather than meeting the mistake as a SQL error in its first cascade.
 */
public final class InvalidMappingException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String type;
    private final String table;
    private final String column;

    /**
     * Creates the exception.
     *
     * @param type the catalogue type, or {@code null} for a link table
     * @param table the mapped table
     * @param column the column concerned, or {@code null} when a column is missing from the mapping
     * @param message what is wrong and how to fix it
     */
    public InvalidMappingException(String type, String table, String column, String message) {
        super(message);
        this.type = type;
        this.table = table;
        this.column = column;
    }

    /** @return the catalogue type, or {@code null} for a link table */
    public String type() {
        return type;
    }

    /** @return the mapped table */
    public String table() {
        return table;
    }

    /** @return the column concerned, or {@code null} */
    public String column() {
        return column;
    }
}

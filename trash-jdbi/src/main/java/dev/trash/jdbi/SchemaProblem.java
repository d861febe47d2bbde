package dev.trash.jdbi;

/**
 * One difference between the mapping and the database that {@link JdbiTrashRepository#validate()} found.
 *
 * @param table the table, as the mapping or Trash's schema names it
 * @param column the column or index concerned, or null when the whole table is
 * @param problem what is wrong
 * @param fix the DDL that fixes it, or what to change where no DDL can
 */
public record SchemaProblem(String table, String column, String problem, String fix) {

    @Override
    public String toString() {
        return table + (column == null ? "" : "." + column) + ": " + problem + "; fix: " + fix;
    }
}

package dev.trash.jdbi;

import dev.trash.jdbi.internal.SqlNames;

/**
 * SQL fragments for a host's own queries, so that trashed rows stay hidden everywhere without each query
 * repeating the rule. A row is visible when its marker is NULL: a cascade marks every descendant, so no
 * join to the parents is needed.
 *
 * <pre>{@code
 * handle.createQuery("SELECT m.* FROM models m WHERE m.workspace_id = :ws AND " + TrashFilters.visible("m"))
 * }</pre>
 *
 * <p>Aliases and columns are validated as plain SQL identifiers, so a fragment can be concatenated safely;
 * never build one from request input anyway.
 */
public final class TrashFilters {

    private TrashFilters() {
    }

    /**
     * The condition "not in Trash" on the default marker column.
     *
     * @param alias the table alias (or table name) in the host's query
     * @return {@code alias.trash_entry_id IS NULL}
     * @throws IllegalArgumentException when the alias is not a plain identifier
     */
    public static String visible(String alias) {
        return visible(alias, TableMapping.DEFAULT_MARKER);
    }

    /**
     * The condition "not in Trash" on a custom marker column.
     *
     * @param alias the table alias (or table name) in the host's query
     * @param markerColumn the marker column, as mapped with {@link TableMapping#marker}
     * @return {@code alias.markerColumn IS NULL}
     */
    public static String visible(String alias, String markerColumn) {
        return SqlNames.require(alias, "alias") + "." + SqlNames.require(markerColumn, "marker column") + " IS NULL";
    }

    /**
     * The condition "in Trash" (trashed itself or with an ancestor), for admin views.
     *
     * @param alias the table alias (or table name) in the host's query
     * @return {@code alias.trash_entry_id IS NOT NULL}
     */
    public static String trashed(String alias) {
        return SqlNames.require(alias, "alias") + "." + TableMapping.DEFAULT_MARKER + " IS NOT NULL";
    }
}

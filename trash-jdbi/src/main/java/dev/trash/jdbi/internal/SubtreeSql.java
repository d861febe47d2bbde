package dev.trash.jdbi.internal;

import dev.trash.ItemRef;
import dev.trash.TrashEntry;
import dev.trash.spi.SubtreeTotals;
import java.util.List;
import java.util.StringJoiner;

/**
 * Marks and finds subtrees with a fixed number of statements per type of the hierarchy: the rows never
 * travel to the JVM, so a cascade over a million rows costs what a cascade over ten does in round trips.
 */
final class SubtreeSql {

    private final Session s;

    SubtreeSql(Session session) {
        this.s = session;
    }

    SubtreeTotals markActiveSubtree(String tenant, ItemRef root, long entryId) {
        List<TypeTable> types = s.tables().subtree(root.type());
        TypeTable top = types.get(0);
        s.handle().createUpdate("UPDATE " + top.table() + " SET " + top.marker() + " = :entry WHERE " + top.tenant()
                        + " = :tenant AND " + top.id() + " = :id AND " + top.marker() + " IS NULL")
                .bind("entry", entryId).bind("tenant", tenant).bind("id", root.id()).execute();
        for (TypeTable t : types) {
            if (t.selfNesting()) {
                markNestedDescendants(t, tenant, entryId);
            }
            for (TypeTable child : s.tables().childrenOf(t.type())) {
                s.handle().createUpdate(s.dialect().markChildren(child, markedIds(t, "p")))
                        .bind("entry", entryId).bind("tenant", tenant).execute();
            }
        }
        new AssetWatch(s).forgetMarked(types, tenant, entryId);
        return totals(types, tenant, entryId);
    }

    /** Every active item of a self-nesting type below the marked ones, at any depth, in one statement. */
    private void markNestedDescendants(TypeTable t, String tenant, long entryId) {
        String below = "WITH RECURSIVE below (id) AS (SELECT c." + t.id() + " FROM " + t.table() + " c WHERE c."
                + t.tenant() + " = :tenant AND c." + t.marker() + " IS NULL AND c." + t.parent() + " IN ("
                + markedIds(t, "p") + ") UNION ALL SELECT c." + t.id() + " FROM " + t.table() + " c JOIN below b ON c."
                + t.parent() + " = b.id WHERE c." + t.tenant() + " = :tenant AND "
                + s.dialect().activeInRecursion("c." + t.marker()) + ") SELECT id FROM below";
        s.handle().createUpdate(s.dialect().unboundedRecursion(s.dialect().markIds(t, below))).bind("entry", entryId)
                .bind("tenant", tenant).execute();
    }

    /** The ids of a table's rows that carry the entry's mark, as a subquery with one column named id. */
    static String markedIds(TypeTable t, String alias) {
        return "SELECT " + alias + "." + t.id() + " AS id FROM " + t.table() + " " + alias + " WHERE " + alias + "."
                + t.tenant() + " = :tenant AND " + alias + "." + t.marker() + " = :entry";
    }

    /** Count and bytes of everything the entry marks, one aggregate per table in a single statement. */
    SubtreeTotals totals(List<TypeTable> types, String tenant, long entryId) {
        StringJoiner union = new StringJoiner(" UNION ALL ");
        for (TypeTable t : types) {
            union.add("SELECT COUNT(*) AS n, COALESCE(SUM(" + t.size() + "), 0) AS b FROM " + t.table() + " WHERE "
                    + t.tenant() + " = :tenant AND " + t.marker() + " = :entry");
        }
        return s.handle().createQuery("SELECT COALESCE(SUM(n), 0) AS n, COALESCE(SUM(b), 0) AS b FROM (" + union
                        + ") totals")
                .bind("tenant", tenant).bind("entry", entryId)
                .map((rs, ctx) -> new SubtreeTotals(rs.getLong("n"), Rows.bytes(rs, "b"))).one();
    }

    /**
     * Entries trashed on their own inside these ones: their recorded parent carries one of these entries'
     * marks. Driven from the marked parent rows into the entries' (tenant, parent) index, one join per parent
     * table: as "parent_id IN (subquery)" H2 re-ran the subquery for every entry, entries times entries per
     * sweep.
     */
    List<TrashEntry> entriesNestedIn(String tenant, List<Long> entryIds) {
        List<TypeTable> parents = s.tables().parentTables();
        if (parents.isEmpty() || entryIds.isEmpty()) {
            return List.of();
        }
        StringJoiner union = new StringJoiner(" UNION ALL ");
        for (int i = 0; i < parents.size(); i++) {
            TypeTable p = parents.get(i);
            union.add("SELECT e.* FROM " + p.table() + " p JOIN trash_entry e ON e.tenant = p." + p.tenant()
                    + " AND e.parent_type = :type" + i + " AND e.parent_id = p." + p.id() + " WHERE p." + p.tenant()
                    + " = :tenant AND " + Marks.among(s.dialect(), "p." + p.marker(), entryIds) + " AND e.id <> p." + p.marker());
        }
        var query = Marks.bind(s.dialect(), s.handle().createQuery("SELECT " + Rows.ENTRY_COLUMNS + " FROM (" + union
                        + ") nested ORDER BY id"), entryIds)
                .bind("tenant", tenant);
        for (int i = 0; i < parents.size(); i++) {
            query.bind("type" + i, parents.get(i).type());
        }
        return query.map((rs, ctx) -> Rows.entry(rs)).list();
    }
}

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
                s.handle().createUpdate("UPDATE " + child.table() + " SET " + child.marker() + " = :entry WHERE "
                                + child.tenant() + " = :tenant AND " + child.marker() + " IS NULL AND " + child.parent()
                                + " IN (" + markedIds(t, "p") + ")")
                        .bind("entry", entryId).bind("tenant", tenant).execute();
            }
        }
        return totals(types, tenant, entryId);
    }

    /** Every active item of a self-nesting type below the marked ones, at any depth, in one statement. */
    private void markNestedDescendants(TypeTable t, String tenant, long entryId) {
        String below = "WITH RECURSIVE below (id) AS (SELECT c." + t.id() + " FROM " + t.table() + " c WHERE c."
                + t.tenant() + " = :tenant AND c." + t.marker() + " IS NULL AND c." + t.parent() + " IN ("
                + markedIds(t, "p") + ") UNION ALL SELECT c." + t.id() + " FROM " + t.table() + " c JOIN below b ON c."
                + t.parent() + " = b.id WHERE c." + t.tenant() + " = :tenant AND "
                + s.dialect().activeInRecursion("c." + t.marker()) + ") SELECT id FROM below";
        s.handle().createUpdate(s.dialect().markIds(t, below)).bind("entry", entryId).bind("tenant", tenant).execute();
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
                .map((rs, ctx) -> new SubtreeTotals(rs.getLong("n"), rs.getLong("b"))).one();
    }

    /** Entries trashed on their own inside this one: their recorded parent carries this entry's mark. */
    List<TrashEntry> entriesNestedIn(String tenant, long entryId) {
        List<TypeTable> parents = s.tables().parentTables();
        if (parents.isEmpty()) {
            return List.of();
        }
        StringJoiner anyParent = new StringJoiner(" OR ", "(", ")");
        for (int i = 0; i < parents.size(); i++) {
            TypeTable p = parents.get(i);
            anyParent.add("(parent_type = :type" + i + " AND parent_id IN (" + markedIds(p, "p") + "))");
        }
        var query = s.handle().createQuery("SELECT " + Rows.ENTRY_COLUMNS + " FROM trash_entry WHERE tenant = :tenant"
                        + " AND id <> :entry AND " + anyParent + " ORDER BY id")
                .bind("tenant", tenant).bind("entry", entryId);
        for (int i = 0; i < parents.size(); i++) {
            query.bind("type" + i, parents.get(i).type());
        }
        return query.map((rs, ctx) -> Rows.entry(rs)).list();
    }
}

package dev.trash.jdbi.internal;

import dev.trash.ItemRef;
import dev.trash.TrashEntry;
import dev.trash.jdbi.KeyType;
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
        KeyParams.bind(KeyParams.bind(s.handle().createUpdate("UPDATE " + top.table() + " SET " + top.marker()
                        + " = :entry WHERE " + top.tenantIs(null) + " AND " + top.id() + " = " + top.idKey().param("id")
                        + " AND " + top.marker() + " IS NULL").bind("entry", entryId), "tenant", tenant), "id", root.id())
                .execute();
        for (TypeTable t : types) {
            if (t.selfNesting()) {
                markNestedDescendants(t, tenant, entryId);
            }
            for (TypeTable child : s.tables().childrenOf(t.type())) {
                KeyParams.bind(s.handle().createUpdate(s.dialect().markChildren(child, markedIds(t, "p")))
                        .bind("entry", entryId), "tenant", tenant).execute();
            }
        }
        new AssetWatch(s).forgetMarked(types, tenant, entryId);
        return totals(types, tenant, entryId);
    }

    /** Every active item of a self-nesting type below the marked ones, at any depth, in one statement. */
    void markNestedDescendants(TypeTable t, String tenant, long entryId) {
        String below = s.dialect().recursesLaterally() ? lateralBelow(t) : "WITH RECURSIVE below (id) AS (SELECT c." + t.id() + " FROM " + t.table() + " c WHERE "
                + t.tenantIs("c") + " AND c." + t.marker() + " IS NULL AND c." + t.parent() + " IN ("
                + markedIds(t, "p") + ") UNION ALL SELECT c." + t.id() + " FROM "
                + s.dialect().readThrough(t.table(), "c", Dialect.parentIndexName(t)) + " JOIN below b ON c."
                + t.parent() + " = b.id WHERE " + t.tenantIs("c") + " AND "
                + s.dialect().activeInRecursion("c." + t.marker()) + ") SELECT id FROM below";
        String statement = s.dialect().unboundedRecursion(s.dialect().markIds(t, below));
        // a run that spilled may have missed the subtree of a row (see Dialect.spilledTemporaryTables); its
        // anchor is every active child of a marked row, so the next run starts from whatever was missed, and
        // a run that finds nothing more ends it (a run loses at most a row per spill, never all it finds)
        long before;
        long after = s.dialect().spilledTemporaryTables(s.handle());
        int marked;
        do {
            before = after;
            marked = KeyParams.bind(s.handle().createUpdate(statement).bind("entry", entryId), "tenant", tenant)
                    .execute();
            after = s.dialect().spilledTemporaryTables(s.handle());
        } while (after != before && marked > 0);
    }

    /**
     * The recursion of {@link #markNestedDescendants} with each step a LATERAL subquery per row of the working
     * table, fenced by OFFSET 0 so that it is not flattened into a join: one (tenant, parent) index probe per
     * row, whatever the planner believes of a table it has never analysed.
     */
    private String lateralBelow(TypeTable t) {
        String children = "CROSS JOIN LATERAL (SELECT c." + t.id() + " AS id FROM " + t.table() + " c WHERE "
                + t.tenantIs("c") + " AND c." + t.parent() + " = %s AND " + s.dialect().activeInRecursion("c." + t.marker())
                + " OFFSET 0) c";
        return "WITH RECURSIVE below (id) AS (SELECT c.id FROM " + t.table() + " p " + children.formatted("p." + t.id())
                + " WHERE " + t.tenantIs("p") + " AND p." + t.marker() + " = :entry UNION ALL SELECT c.id FROM below b "
                + children.formatted("b.id") + ") SELECT id FROM below";
    }

    /** The ids of a table's rows that carry the entry's mark, as a subquery with one column named id. */
    static String markedIds(TypeTable t, String alias) {
        return "SELECT " + alias + "." + t.id() + " AS id FROM " + t.table() + " " + alias + " WHERE "
                + t.tenantMarked(alias, alias + "." + t.marker() + " = :entry");
    }

    /** Count and bytes of everything the entry marks, one aggregate per table in a single statement. */
    SubtreeTotals totals(List<TypeTable> types, String tenant, long entryId) {
        StringJoiner union = new StringJoiner(" UNION ALL ");
        for (TypeTable t : types) {
            union.add("SELECT COUNT(*) AS n, COALESCE(SUM(" + t.sizeOf(null) + "), 0) AS b FROM " + t.table() + " WHERE "
                    + t.tenantMarked(null, t.marker() + " = :entry"));
        }
        return KeyParams.bind(s.handle().createQuery("SELECT COALESCE(SUM(n), 0) AS n, COALESCE(SUM(b), 0) AS b FROM ("
                        + union + ") totals"), "tenant", tenant).bind("entry", entryId)
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
            // Trash's text meets the host key cast to its type, guarded: other parent types' ids may not cast
            String parentId = p.idKey().type() == KeyType.TEXT ? "e.parent_id"
                    : "CASE WHEN e.parent_type = :type" + i + " THEN e.parent_id END";
            union.add("SELECT e.* FROM " + p.table() + " p JOIN trash_entry e ON e.tenant = :tenant"
                    + " AND e.parent_type = :type" + i + " AND p." + p.id() + " = " + p.idKey().fromText(parentId)
                    + " WHERE " + p.tenantIs("p")
                    + " AND " + Marks.among(s.dialect(), "p." + p.marker(), entryIds) + " AND e.id <> p." + p.marker());
        }
        var query = KeyParams.bind(Marks.bind(s.dialect(), s.handle().createQuery("SELECT " + Rows.ENTRY_COLUMNS
                        + " FROM (" + union + ") nested ORDER BY id"), entryIds), "tenant", tenant);
        for (int i = 0; i < parents.size(); i++) {
            query.bind("type" + i, parents.get(i).type());
        }
        return query.map((rs, ctx) -> Rows.entry(rs)).list();
    }
}

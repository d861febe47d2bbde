package dev.trash.jdbi.internal;

import dev.trash.TrashEntry;
import dev.trash.spi.PurgeTotals;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Removes purged entries' rows with a fixed number of statements per type, whatever the number of rows or
 * of entries: tombstones are copied with INSERT ... SELECT, links and rows go with set DELETEs, children
 * before parents so a host's foreign keys hold at every step. The tombstones double as the work list, so
 * the totals come from one aggregate.
 */
final class PurgeSql {

    private static final PurgeTotals NOTHING = new PurgeTotals(0, 0, 0, 0);

    private final Session s;
    private final ExclusiveAssets assets;

    PurgeSql(Session session) {
        this.s = session;
        this.assets = new ExclusiveAssets(session);
    }

    PurgeTotals purgeSubtree(String tenant, TrashEntry entry, Set<String> unrecordedTypes) {
        return PurgeFailures.translate(entry.root(), entry.rootName(), entry.id(),
                () -> purgeOne(tenant, entry, unrecordedTypes));
    }

    private PurgeTotals purgeOne(String tenant, TrashEntry entry, Set<String> unrecordedTypes) {
        List<Long> marks = List.of(entry.id());
        List<TypeTable> parentsFirst = s.tables().subtree(entry.root().type());
        Set<String> types = parentsFirst.stream().map(TypeTable::type).collect(Collectors.toSet());
        PurgeTotals items = markedTotals(parentsFirst, tenant, marks).getOrDefault(entry.id(), NOTHING);
        tombstoneMarked(recorded(parentsFirst, unrecordedTypes), tenant, marks);
        if (entry.deleteExclusiveAssets()) {
            // the asset tombstones are the work list of the deletion: those of unrecorded types go after it
            assets.tombstoneOrphans(types, tenant, entry.id());
        }
        deleteMarked(parentsFirst, tenant, marks);
        if (!entry.deleteExclusiveAssets()) {
            return items;
        }
        assets.deleteTombstoned(types, tenant, entry.id());
        PurgeTotals withAssets = tombstoneTotals(tenant, entry.id());
        forgetUnrecordedAssets(tenant, entry.id(), unrecordedTypes);
        return new PurgeTotals(items.itemCount(), items.sizeBytes(), withAssets.assetCount(), withAssets.assetBytes());
    }

    private static List<TypeTable> recorded(List<TypeTable> tables, Set<String> unrecordedTypes) {
        return tables.stream().filter(t -> !unrecordedTypes.contains(t.type())).toList();
    }

    private void forgetUnrecordedAssets(String tenant, long entryId, Set<String> unrecordedTypes) {
        if (unrecordedTypes.isEmpty()) {
            return;
        }
        List<String> types = List.copyOf(unrecordedTypes);
        InList.bind(s.handle().createUpdate("DELETE FROM trash_tombstone WHERE tenant = :tenant AND entry_id = :entry"
                        + " AND item_type IN (" + InList.params("type", types.size()) + ")"), "type", types)
                .bind("tenant", tenant).bind("entry", entryId).execute();
    }

    /**
     * Purges entries none of which takes its exclusive assets along, and removes their rows: one statement
     * per table for the whole batch.
     */
    List<PurgeTotals> purgeEntries(String tenant, List<TrashEntry> entries, EntrySql entryRows,
                                   Set<String> unrecordedTypes) {
        List<Long> marks = entries.stream().map(TrashEntry::id).toList();
        if (marks.isEmpty()) {
            return List.of();
        }
        List<TypeTable> parentsFirst = s.tables().subtrees(entries.stream().map(e -> e.root().type()).toList());
        Map<Long, PurgeTotals> totals = markedTotals(parentsFirst, tenant, marks);
        tombstoneMarked(recorded(parentsFirst, unrecordedTypes), tenant, marks);
        deleteMarked(parentsFirst, tenant, marks);
        entryRows.deleteAll(marks);
        return marks.stream().map(id -> totals.getOrDefault(id, NOTHING)).toList();
    }

    /**
     * Items and bytes per entry, from the marked rows on the host tables' marker indexes. Not from the
     * tombstones just written: within the transaction PostgreSQL has no statistics for them and scanned the
     * whole table against the IN list, a quarter of a second per batch.
     */
    private Map<Long, PurgeTotals> markedTotals(List<TypeTable> tables, String tenant, List<Long> marks) {
        StringJoiner union = new StringJoiner(" UNION ALL ");
        for (TypeTable t : tables) {
            union.add("SELECT x." + t.marker() + " AS mark, COUNT(*) AS n, COALESCE(SUM(" + t.sizeOf("x") + "), 0) AS b"
                    + " FROM " + t.table() + " x WHERE " + marked(t, "x", marks) + " GROUP BY x." + t.marker());
        }
        Map<Long, PurgeTotals> totals = new HashMap<>();
        bind(s.handle().createQuery("SELECT mark, SUM(n) AS n, SUM(b) AS b FROM (" + union + ") per_table GROUP BY mark"),
                tenant, marks)
                .map((rs, ctx) -> Map.entry(rs.getLong("mark"), new PurgeTotals(rs.getLong("n"), Rows.bytes(rs, "b"), 0, 0)))
                .forEach(e -> totals.put(e.getKey(), e.getValue()));
        return totals;
    }

    /** A tombstone per marked row, under the entry whose mark the row carries. */
    private void tombstoneMarked(List<TypeTable> tables, String tenant, List<Long> marks) {
        for (TypeTable t : tables) {
            bind(s.handle().createUpdate("INSERT INTO trash_tombstone (tenant, entry_id, item_type, item_id, size_bytes,"
                            + " is_asset) SELECT :tenant, x." + t.marker() + ", :type, " + t.idKey().toText("x." + t.id())
                            + ", " + t.sizeOf("x")
                            + ", :asset FROM " + t.table() + " x WHERE " + marked(t, "x", marks)), tenant, marks)
                    .bind("type", t.type()).bind("asset", false).execute();
        }
    }

    /** The marked rows' links, then the rows themselves, children first. */
    private void deleteMarked(List<TypeTable> parentsFirst, String tenant, List<Long> marks) {
        Set<String> types = parentsFirst.stream().map(TypeTable::type).collect(Collectors.toSet());
        for (LinkTable l : s.tables().linksOwnedBy(types)) {
            deleteLinks(l, l.owner(), s.tables().of(l.ownerType()), tenant, marks);
        }
        for (LinkTable l : s.tables().linksTo(types)) {
            deleteLinks(l, l.asset(), s.tables().of(l.assetType()), tenant, marks);
        }
        List<TypeTable> childrenFirst = new ArrayList<>(parentsFirst);
        Collections.reverse(childrenFirst);
        for (TypeTable t : childrenFirst) {
            if (t.selfNesting()) {
                detachNested(t, tenant, marks);
            }
            bind(s.handle().createUpdate(s.dialect().deleteThrough(t.table(), Dialect.markerIndexName(t)) + " WHERE "
                    + marked(t, null, marks)), tenant, marks).execute();
        }
    }

    /**
     * Clears the parent of the marked rows of a self-nesting table before they go. H2 and InnoDB check a
     * self-referencing foreign key row by row inside one DELETE, so a folder deleted before its subfolder
     * fails it; no order of a set DELETE is guaranteed, and a loop by depth would cost one statement per
     * level. Every row detached here is deleted by the next statement. The top-level rows of a self-nesting
     * type have no parent, so its parent column takes NULL.
     */
    private void detachNested(TypeTable t, String tenant, List<Long> marks) {
        bind(s.handle().createUpdate("UPDATE " + t.table() + " SET " + t.parent() + " = NULL WHERE "
                + marked(t, null, marks) + " AND " + t.parent() + " IS NOT NULL"), tenant, marks).execute();
    }

    private void deleteLinks(LinkTable l, String column, TypeTable side, String tenant, List<Long> marks) {
        bind(s.handle().createUpdate("DELETE FROM " + l.table() + " WHERE " + l.tenantIs(null) + " AND " + column
                        + " IN (SELECT m." + side.id() + " FROM " + side.table() + " m WHERE " + marked(side, "m", marks)
                        + ")"), tenant, marks)
                .execute();
    }

    /** Assets and asset bytes of a flagged entry, read back from the tombstones just written. */
    private PurgeTotals tombstoneTotals(String tenant, long entryId) {
        long[] t = new long[4];
        s.handle().createQuery("SELECT is_asset, COUNT(*) AS n, COALESCE(SUM(size_bytes), 0) AS b FROM trash_tombstone"
                        + " WHERE tenant = :tenant AND entry_id = :entry GROUP BY is_asset")
                .bind("tenant", tenant).bind("entry", entryId)
                .map((rs, ctx) -> new long[] {rs.getBoolean("is_asset") ? 2 : 0, rs.getLong("n"), Rows.bytes(rs, "b")})
                .forEach(row -> {
                    t[(int) row[0]] = row[1];
                    t[(int) row[0] + 1] = row[2];
                });
        return new PurgeTotals(t[0], t[1], t[2], t[3]);
    }

    /** Rows of the tenant that carry one of the marks; {@code alias} may be null. */
    private String marked(TypeTable t, String alias, List<Long> marks) {
        String prefix = alias == null ? "" : alias + ".";
        return t.tenantMarked(alias, Marks.among(s.dialect(), prefix + t.marker(), marks));
    }

    private <S extends SqlStatement<S>> S bind(S statement, String tenant, List<Long> marks) {
        return KeyParams.bind(Marks.bind(s.dialect(), statement, marks), "tenant", tenant);
    }
}

package dev.trash.jdbi.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * The ids a purge of some entries is about to delete, per type, for the core's purge hooks: one query over
 * every table, each part on the table's (tenant, marker) index.
 */
final class PurgedIdsSql {

    private final Session s;

    PurgedIdsSql(Session session) {
        this.s = session;
    }

    Map<String, List<String>> idsOf(String tenant, List<Long> entryIds) {
        Map<String, List<String>> ids = new TreeMap<>();
        if (entryIds.isEmpty()) {
            return ids;
        }
        List<TypeTable> tables = s.tables().all();
        StringJoiner union = new StringJoiner(" UNION ALL ");
        for (int i = 0; i < tables.size(); i++) {
            TypeTable t = tables.get(i);
            union.add("SELECT " + i + " AS table_no, " + t.idKey().toText("x." + t.id()) + " AS item_id FROM "
                    + t.table() + " x WHERE " + t.tenantMarked("x", Marks.among(s.dialect(), "x." + t.marker(),
                    entryIds)));
        }
        KeyParams.bind(Marks.bind(s.dialect(), s.handle().createQuery(union.toString()), entryIds), "tenant", tenant)
                .map((rs, ctx) -> Map.entry(tables.get(rs.getInt("table_no")).type(), rs.getString("item_id")))
                .forEach(e -> ids.computeIfAbsent(e.getKey(), type -> new ArrayList<>()).add(e.getValue()));
        return ids;
    }
}

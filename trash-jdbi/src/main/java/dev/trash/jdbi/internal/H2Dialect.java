package dev.trash.jdbi.internal;

import java.sql.SQLException;
import java.util.List;

/** H2 2.x: no partial indexes, so unique names use a generated column that is NULL once trashed. */
public final class H2Dialect implements Dialect {

    @Override
    public String folder() {
        return "h2";
    }

    /** H2 re-runs an UPDATE's IN subquery for every row; MERGE runs its source once and probes the key. */
    @Override
    public String markIds(TypeTable t, String ids) {
        return "MERGE INTO " + t.table() + " t USING (" + ids + ") s ON " + t.tenantIs("t") + " AND t." + t.id()
                + " = s.id AND t." + t.marker() + " IS NULL WHEN MATCHED THEN UPDATE SET " + t.marker() + " = :entry";
    }

    /**
     * MERGE from the marked parents into the children's (tenant, parent) index: the cost follows the
     * subtree. The UPDATE ... IN form ran about ten times slower at 100,000 rows, and a correlated EXISTS,
     * fast when the table holds little else, reads every active row of the tenant. "Not marked" is worded so
     * that no index serves it: as "marker IS NULL" it let H2 read a host's marker index (or the (tenant,
     * marker) one) under every active row instead of the parent index, growing with the number of parents.
     */
    @Override
    public String markChildren(TypeTable child, String parentIds) {
        return "MERGE INTO " + child.table() + " t USING (" + parentIds + ") s ON " + child.tenantIs("t") + " AND t."
                + child.parent() + " = s.id AND " + activeInRecursion("t." + child.marker())
                + " WHEN MATCHED THEN UPDATE SET " + child.marker() + " = :entry";
    }

    @Override
    public boolean boundsMarkLists() {
        return true;
    }

    @Override
    public String upsert(String table, List<String> keys, List<String> values) {
        List<String> all = Upserts.concat(keys, values);
        return "MERGE INTO " + table + " (" + String.join(", ", all) + ") KEY (" + String.join(", ", keys)
                + ") VALUES (" + Upserts.params(all) + ")";
    }

    @Override
    public boolean isUniqueViolation(SQLException e) {
        return "23505".equals(e.getSQLState());
    }

    @Override
    public String indexTableQuery() {
        return "SELECT table_name FROM information_schema.indexes WHERE table_schema = SCHEMA() AND "
                + "UPPER(index_name) = UPPER(:index)";
    }

    /** A UNIQUE constraint's index is named CONSTRAINT_INDEX_..., the constraint CONSTRAINT_... . */
    @Override
    public String constraintOfIndexQuery() {
        return "SELECT constraint_name FROM information_schema.table_constraints WHERE table_schema = SCHEMA() AND "
                + "UPPER(table_name) = UPPER(:table) AND UPPER(index_name) = UPPER(:index) AND constraint_type = 'UNIQUE'";
    }

    /** H2 has no partial index: generated columns hold the active name and the parent key. */
    @Override
    public List<String> uniqueActiveNameDdl(TypeTable t) {
        return Dialect.generatedUniqueNameDdl(t, "VARCHAR(1000)", e -> "GENERATED ALWAYS AS (" + e + ")", textType());
    }
}

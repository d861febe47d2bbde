package dev.trash.jdbi.internal;

import dev.trash.jdbi.KeyType;
import dev.trash.jdbi.SchemaProblem;
import java.sql.Connection;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * Compares the mapping with the database: every mapped table and column, the marker and Trash's indexes on
 * the host tables, the host's own unique constraints over names, key collations, and Trash's own tables.
 * Collects every problem, each with the DDL that fixes it; the DDL comes from the same helpers as
 * {@code TrashSchema.markerColumnDdl}, so the two never disagree.
 */
public final class SchemaCheck {

    private final Handle handle;
    private final Tables tables;
    private final Dialect dialect;
    private final List<SchemaProblem> problems = new ArrayList<>();

    /** A check through {@code handle}, which stays open while it runs. */
    public SchemaCheck(Handle handle, Tables tables, Dialect dialect) {
        this.handle = handle;
        this.tables = tables;
        this.dialect = dialect;
    }

    /**
     * Runs the check.
     *
     * @param trashTables the names of Trash's own tables
     * @return every problem found, host tables in type order, then link tables, then Trash's tables
     */
    public List<SchemaProblem> problems(Collection<String> trashTables) {
        problems.clear();
        tables.all().forEach(this::checkTypeTable);
        tables.links().forEach(this::checkLinkTable);
        for (String table : trashTables) {
            if (read(table).isEmpty()) {
                problems.add(new SchemaProblem(table, null, "Trash's table does not exist",
                        "run Trash's migrations: TrashFlyway.migrate(dataSource, dialect), the Liquibase changelog "
                                + "db/trash/changelog/trash-changelog.xml, or TrashSchema.install(jdbi, dialect)"));
            }
        }
        return List.copyOf(problems);
    }

    private Optional<TableMetadata> read(String table) {
        Connection connection = handle.getConnection();
        return TableMetadata.read(connection, table);
    }

    private void checkTypeTable(TypeTable t) {
        Optional<TableMetadata> found = read(t.table());
        if (found.isEmpty()) {
            problems.add(new SchemaProblem(t.table(), null, "table does not exist (mapped for type '" + t.type() + "')",
                    "create it, or map the type to its table: TableMapping.forType(\"" + t.type() + "\").table(...)"));
            return;
        }
        TableMetadata table = found.get();
        String mapping = "TableMapping.forType(\"" + t.type() + "\")";
        keyColumn(table, t.id(), "id", mapping + ".id(...)", t.idKey(), mapping + ".idType");
        if (t.tenant() != null) {
            keyColumn(table, t.tenant(), "tenant", mapping + ".tenant(...)", t.tenantKey(), mapping + ".tenantType");
        }
        if (t.parent() != null) {
            keyColumn(table, t.parent(), "parent", mapping + ".parent(...)", t.parentKey(), mapping + ".parentType");
        }
        if (t.name() != null) {
            column(table, t.name(), "name", mapping + ".name(...)");
        }
        if (t.size() != null) {
            column(table, t.size(), "size", mapping + ".size(...)");
        }
        boolean marked = marker(table, t);
        index(table, Dialect.markerIndexName(t), tenantFirst(t, t.marker()), null, List.of(Dialect.markerIndex(t)));
        if (t.parent() != null) {
            index(table, Dialect.parentIndexName(t), tenantFirst(t, t.parent()), null,
                    List.of(Dialect.parentIndex(t)));
        }
        if (t.uniqueNames()) {
            List<String> ddl = new ArrayList<>(marked ? List.of() : List.of(Dialect.markerColumn(t)));
            ddl.addAll(dialect.uniqueActiveNameDdl(t));
            index(table, Dialect.uniqueNameIndexName(t), dialect.uniqueNameIndexColumns(t), t.marker(), ddl);
            hostUniqueNames(table, t);
        }
        keyCollation(t.table(), t.id());
        if (t.tenant() != null) {
            keyCollation(t.table(), t.tenant());
        }
        if (t.parent() != null) {
            keyCollation(t.table(), t.parent());
        }
    }

    /** The index columns Trash creates: the tenant first where the table has one. */
    private static List<String> tenantFirst(TypeTable t, String column) {
        return t.tenant() == null ? List.of(column) : List.of(t.tenant(), column);
    }

    private void checkLinkTable(LinkTable link) {
        Optional<TableMetadata> found = read(link.table());
        String mapping = "AssetLinkMapping.between(\"" + link.ownerType() + "\", \"" + link.assetType() + "\")";
        if (found.isEmpty()) {
            problems.add(new SchemaProblem(link.table(), null, "link table does not exist (mapped for "
                    + link.ownerType() + " -> " + link.assetType() + ")", "create it, or map it: " + mapping + ".table(...)"));
            return;
        }
        keyColumn(found.get(), link.tenant(), "tenant", mapping + ".tenant(...)", link.tenantKey(), null);
        keyColumn(found.get(), link.owner(), "owner", mapping + ".owner(...)", link.ownerKey(), null);
        keyColumn(found.get(), link.asset(), "asset", mapping + ".asset(...)", link.assetKey(), null);
        for (String column : List.of(link.tenant(), link.owner(), link.asset())) {
            keyCollation(link.table(), column);
        }
    }

    /** A text key column whose collation makes two distinct keys equal. */
    private void keyCollation(String table, String column) {
        String query = dialect.keyCollationQuery();
        if (query == null) {
            return;
        }
        handle.createQuery(query).bind("table", table).bind("column", column).mapToMap().findFirst()
                .ifPresent(row -> {
                    String collation = String.valueOf(row.get("collation_name"));
                    if (!dialect.distinguishesKeys(collation)) {
                        problems.add(new SchemaProblem(table, column, "key column in collation " + collation
                                + ", under which distinct ids compare equal (case- or pad-insensitive: 'WS1 ' finds"
                                + " the rows of 'ws1')", dialect.binaryKeyDdl(table, column,
                                String.valueOf(row.get("column_type")), "YES".equals(row.get("is_nullable")))));
                    }
                });
    }

    private Optional<TableMetadata.Column> column(TableMetadata table, String column, String role, String mapping) {
        Optional<TableMetadata.Column> found = table.column(column);
        if (found.isEmpty()) {
            problems.add(new SchemaProblem(table.name(), column, "the " + role + " column does not exist",
                    "map the table's " + role + " column with " + mapping));
        }
        return found;
    }

    /**
     * A key column that is missing, holds no key, or is bound as another type than it has.
     *
     * @param declare the mapping's setter of the column's type, null when the mapping has none
     */
    private void keyColumn(TableMetadata table, String column, String role, String mapping, Key bound,
                           String declare) {
        column(table, column, role, mapping).ifPresent(c -> {
            Optional<KeyType> type = ColumnTypes.keyType(c.sqlType(), c.typeName());
            if (type.isEmpty()) {
                problems.add(new SchemaProblem(table.name(), column, "the " + role + " column has type " + c.typeName()
                        + ", which holds no key: keys are text, BIGINT, INTEGER or UUID",
                        "map a key column of one of those types with " + mapping));
            } else if (!bindsAs(bound.type(), type.get())) {
                problems.add(new SchemaProblem(table.name(), column, "the " + role + " column has type " + c.typeName()
                        + " but the repository binds its keys as " + bound.type() + ": it was built before the column"
                        + " existed (a column it cannot find is taken as text), or its mapping declares that type",
                        "build the repository after the host's migrations have run"
                                + (declare == null ? "" : ", or declare the type: " + declare + "(KeyType." + type.get()
                                + ")")));
            }
        });
    }

    /** Whether keys bound as {@code bound} compare with a column of type {@code actual}: integers are interchangeable. */
    private static boolean bindsAs(KeyType bound, KeyType actual) {
        return bound == actual || integral(bound) && integral(actual);
    }

    private static boolean integral(KeyType type) {
        return type == KeyType.BIGINT || type == KeyType.INTEGER;
    }

    /** Returns whether the marker column is there. */
    private boolean marker(TableMetadata table, TypeTable t) {
        Optional<TableMetadata.Column> marker = table.column(t.marker());
        if (marker.isEmpty()) {
            problems.add(new SchemaProblem(t.table(), t.marker(), "the marker column does not exist",
                    Dialect.markerColumn(t)));
            return false;
        }
        int type = marker.get().sqlType();
        if (type != Types.BIGINT) {
            problems.add(new SchemaProblem(t.table(), t.marker(), "the marker column has type "
                    + marker.get().typeName() + ", Trash's entry ids need BIGINT",
                    "ALTER TABLE " + t.table() + " DROP COLUMN " + t.marker() + "; " + Dialect.markerColumn(t)));
        }
        return true;
    }

    /**
     * Trash's index by name: missing, or taken by an index of another definition, which IF NOT EXISTS skips.
     *
     * @param marker for a unique index, the marker column a partial index may filter on; null for a plain index
     */
    private void index(TableMetadata table, String name, List<String> columns, String marker, List<String> ddl) {
        boolean unique = marker != null;
        Optional<TableMetadata.Index> found = table.index(name);
        String create = String.join("; ", ddl);
        if (found.isEmpty()) {
            Optional<String> elsewhere = tableOfIndex(name);
            if (elsewhere.isPresent()) {
                problems.add(new SchemaProblem(table.name(), name, "the name of Trash's index is taken by an index "
                        + "of table " + elsewhere.get() + ", and CREATE INDEX IF NOT EXISTS skips it",
                        dialect.renameIndex(elsewhere.get(), name, name + "_host") + "; " + create));
            } else {
                problems.add(new SchemaProblem(table.name(), name, "Trash's index does not exist", create));
            }
        } else if (!matches(withCondition(found.get()), columns, marker)) {
            TableMetadata.Index index = withCondition(found.get());
            problems.add(new SchemaProblem(table.name(), name, "an index of this name exists with another definition, "
                    + (index.unique() ? "unique " : "") + "on (" + String.join(", ", index.columns())
                    + ")" + (index.filter() == null ? "" : " where " + index.filter()) + "; Trash's is "
                    + (unique ? "unique " : "") + "on (" + String.join(", ", columns)
                    + ") and CREATE INDEX IF NOT EXISTS skips it", dialect.renameIndex(table.name(), name,
                    name + "_host") + "; " + create));
        }
    }

    /** The table that holds an index of this name, where index names are unique per schema. */
    private Optional<String> tableOfIndex(String index) {
        String query = dialect.indexTableQuery();
        if (query == null) {
            return Optional.empty();
        }
        return handle.createQuery(query).bind("index", index).mapTo(String.class).findFirst()
                .map(t -> t.toLowerCase(Locale.ROOT));
    }

    /** The index with its partial condition where the metadata leaves it out. */
    private TableMetadata.Index withCondition(TableMetadata.Index index) {
        String query = dialect.partialIndexConditionQuery();
        if (query == null || index.filter() != null) {
            return index;
        }
        String condition = handle.createQuery(query).bind("index", index.name()).mapTo(String.class).findFirst()
                .map(c -> c.toLowerCase(Locale.ROOT)).orElse(null);
        return new TableMetadata.Index(index.name(), index.unique(), index.columns(), condition);
    }

    /**
     * Whether the index has Trash's definition: the columns in order (an expression counts as the column it
     * contains), unique for the unique index, which where the dialect makes it partial filters on the marker.
     */
    private boolean matches(TableMetadata.Index index, List<String> columns, String marker) {
        if (index.unique() != (marker != null) || index.columns().size() != columns.size()) {
            return false;
        }
        for (int i = 0; i < columns.size(); i++) {
            String actual = index.columns().get(i);
            String expected = columns.get(i).toLowerCase(Locale.ROOT);
            boolean expression = !actual.matches("[a-z0-9_]+");
            if (!actual.equals(expected) && !(expression && actual.matches(".*\\b" + expected + "\\b.*"))) {
                return false;
            }
        }
        boolean partial = marker != null && dialect.partialIndexConditionQuery() != null;
        return partial ? index.filter() != null && index.filter().contains(marker.toLowerCase(Locale.ROOT))
                : index.filter() == null;
    }

    /**
     * A host unique constraint over (tenant, parent, name) on every row, trashed ones too: it rejects a name
     * reused after its item was trashed, which Trash's index over active rows allows.
     */
    private void hostUniqueNames(TableMetadata table, TypeTable t) {
        Set<String> names = new HashSet<>(List.of(t.name().toLowerCase(Locale.ROOT)));
        if (t.tenant() != null) {
            names.add(t.tenant().toLowerCase(Locale.ROOT));
        }
        if (t.parent() != null) {
            names.add(t.parent().toLowerCase(Locale.ROOT));
        }
        for (TableMetadata.Index index : table.indexes()) {
            if (index.unique() && index.filter() == null && !index.name().equals(Dialect.uniqueNameIndexName(t))
                    && new HashSet<>(index.columns()).equals(names) && index.columns().size() == names.size()) {
                problems.add(new SchemaProblem(t.table(), index.name(), "a unique constraint on (" + String.join(", ",
                        index.columns()) + ") over trashed rows too rejects a name reused after trashing",
                        "once Trash's unique index over active names is there: "
                                + dialect.dropUniqueConstraint(t.table(), constraintOf(t.table(), index.name()))));
            }
        }
    }

    private String constraintOf(String table, String index) {
        String query = dialect.constraintOfIndexQuery();
        if (query == null) {
            return index;
        }
        return handle.createQuery(query).bind("table", table).bind("index", index).mapTo(String.class).findFirst()
                .map(name -> name.toLowerCase(Locale.ROOT)).orElse(index);
    }
}

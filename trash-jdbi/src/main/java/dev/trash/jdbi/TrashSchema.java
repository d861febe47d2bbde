package dev.trash.jdbi;

import dev.trash.ResourceType;
import dev.trash.TypeCatalogue;
import dev.trash.jdbi.internal.Key;
import dev.trash.jdbi.internal.MappingRules;
import dev.trash.jdbi.internal.SqlNames;
import dev.trash.jdbi.internal.TypeTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;

/**
 * The adapter's DDL. Its own tables ship as versioned files, {@code db/trash/<dialect>/V1__trash_tables.sql},
 * {@code V2__trash_cleanup_indexes.sql} and so on, that Flyway (in a history table of their own, see
 * {@link TrashFlyway}) or Liquibase ({@code db/trash/changelog/trash-changelog.xml}) run unchanged;
 * {@link #install} runs the same files for hosts without a migration tool. A released file never changes:
 * each change to Trash's tables comes as a new version. {@link #markerColumnDdl} prints what a host adds to
 * its own tables.
 */
public final class TrashSchema {

    /** The versioned files of every dialect's folder, in version order; a test checks it against the folders. */
    private static final List<String> VERSIONS = List.of("V1__trash_tables.sql", "V2__trash_cleanup_indexes.sql");

    private TrashSchema() {
    }

    /**
     * Brings the adapter's tables and indexes to the latest version: runs every versioned file in order, each
     * statement of which is idempotent (IF NOT EXISTS), so it is safe to call on every start and upgrades a
     * database installed by an earlier version.
     *
     * @param jdbi the database
     * @param dialect its dialect
     */
    public static void install(Jdbi jdbi, SqlDialect dialect) {
        List<String> statements = statements(dialect);
        jdbi.useHandle(h -> statements.forEach(h::execute));
    }

    /**
     * The classpath resources of the dialect's versioned schema files, in version order.
     *
     * @param dialect the dialect
     * @return e.g. {@code db/trash/postgresql/V1__trash_tables.sql}, then V2 and so on
     */
    public static List<String> versionedFiles(SqlDialect dialect) {
        return VERSIONS.stream().map(file -> dialect.schemaLocation() + "/" + file).toList();
    }

    /**
     * The statements of every versioned schema file of the dialect, in order, without comments.
     *
     * @param dialect the dialect
     * @return the statements, in order
     */
    public static List<String> statements(SqlDialect dialect) {
        return statements(dialect, VERSIONS.size());
    }

    /**
     * The statements of the dialect's versioned schema files up to a version, in order, without comments: a
     * database as an earlier release of the adapter left it, for upgrade tests.
     *
     * @param dialect the dialect
     * @param throughVersion the last version to include, from 1
     * @return the statements, in order
     */
    public static List<String> statements(SqlDialect dialect, int throughVersion) {
        if (throughVersion < 1 || throughVersion > VERSIONS.size()) {
            throw new IllegalArgumentException("no schema version " + throughVersion + ": versions are 1 to "
                    + VERSIONS.size());
        }
        List<String> statements = new ArrayList<>();
        versionedFiles(dialect).subList(0, throughVersion).forEach(file -> statements.addAll(statementsOf(file)));
        return statements;
    }

    private static List<String> statementsOf(String resource) {
        String script;
        try (InputStream in = TrashSchema.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder code = new StringBuilder();
        for (String line : script.split("\n")) {
            if (!line.strip().startsWith("--")) {
                code.append(line).append('\n');
            }
        }
        // the files hold no string literal with a semicolon, so splitting on it is exact
        return Arrays.stream(code.toString().split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * The DDL that prepares host tables: {@code ALTER TABLE ... ADD COLUMN trash_entry_id BIGINT NULL}, an
     * index on (tenant, marker), an index on (tenant, parent) for the cascade, and for unique-name types a
     * unique index over active rows only: a partial index on PostgreSQL; on H2 and MariaDB, which have none,
     * a generated column that is the name while active and NULL once trashed, with a unique index on it.
     * The parent enters the index as {@code COALESCE(parent, '')} (a generated column on H2 and MariaDB), so
     * top-level rows, whose parent is NULL, collide too. A table without a tenant column (tenant from the
     * parent, or a single tenant) leaves the tenant out of every index: the parent, whose ids are unique across
     * tenants, scopes its names.
     *
     * @param dialect the dialect
     * @param catalogue the types, which say which names are unique
     * @param mappings the host tables
     * @return one statement per element, each idempotent (IF NOT EXISTS)
     * @throws InvalidMappingException for a mapping that cannot work with the catalogue
     */
    public static List<String> markerColumnDdl(SqlDialect dialect, TypeCatalogue catalogue, List<TableMapping> mappings) {
        List<String> ddl = new ArrayList<>();
        for (TableMapping m : mappings) {
            ddl.addAll(dialect.sql().markerDdl(typeTable(dialect, catalogue, m)));
        }
        return ddl;
    }

    /**
     * The migration that replaces a host's unique constraint over names, such as {@code UNIQUE (workspace_id,
     * name)}, with Trash's unique index over active rows, so that a new item may take the name of a trashed
     * one while two active siblings still may not share a name: the table's {@link #markerColumnDdl} (marker
     * column, indexes, the unique index over active names), then the drop of the host's constraint. Run it in
     * one migration; the active rows never go without a unique index, because Trash's comes first.
     *
     * @param dialect the dialect
     * @param catalogue the types; the mapped type must have unique names
     * @param mapping the host table
     * @param constraint the name of the host's unique constraint ({@code projects_workspace_id_name_key} as
     *     PostgreSQL names {@code UNIQUE (workspace_id, name)} of {@code projects}; on MariaDB the unique
     *     index's name, by default its first column's; on H2 the constraint's, {@code CONSTRAINT_...} unless
     *     named); {@link JdbiTrashRepository#validate()} reports it by name
     * @return the statements, in order
     * @throws IllegalArgumentException if the type's names are not unique, or the constraint is no plain name
     */
    public static List<String> uniqueConstraintReplacementDdl(SqlDialect dialect, TypeCatalogue catalogue,
                                                              TableMapping mapping, String constraint) {
        TypeTable table = typeTable(dialect, catalogue, mapping);
        if (!table.uniqueNames()) {
            throw new IllegalArgumentException("type '" + mapping.type() + "' has no unique names: Trash adds no unique "
                    + "index to replace the host's constraint with");
        }
        List<String> ddl = new ArrayList<>(dialect.sql().markerDdl(table));
        ddl.add(dialect.sql().dropUniqueConstraint(table.table(), SqlNames.require(constraint, "constraint")));
        return ddl;
    }

    /** The names of Trash's own tables, as the latest schema creates them. */
    static List<String> trashTables(SqlDialect dialect) {
        Pattern create = Pattern.compile("CREATE TABLE IF NOT EXISTS (\\w+)", Pattern.CASE_INSENSITIVE);
        List<String> tables = new ArrayList<>();
        for (String statement : statements(dialect)) {
            Matcher m = create.matcher(statement);
            if (m.lookingAt()) {
                tables.add(m.group(1));
            }
        }
        return tables;
    }

    /** The DDL's view of a mapping: keys as text, which the DDL casts where it needs to. */
    private static TypeTable typeTable(SqlDialect dialect, TypeCatalogue catalogue, TableMapping m) {
        ResourceType type = catalogue.require(m.type());
        MappingRules.checkColumns(type, m);
        return new TypeTable(m.type(), SqlNames.require(m.tableName(), "table"),
                SqlNames.require(m.idColumn(), "id column"), m.tenantColumn(), m.parentColumn(), null,
                m.nameColumn(), m.sizeColumn(), SqlNames.require(m.markerColumn(), "marker column"),
                type.uniqueNames(), Key.text(dialect.sql()), Key.text(dialect.sql()), Key.text(dialect.sql()));
    }
}

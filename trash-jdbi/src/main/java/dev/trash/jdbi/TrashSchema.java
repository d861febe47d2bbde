package dev.trash.jdbi;

import dev.trash.TypeCatalogue;
import dev.trash.jdbi.internal.Key;
import dev.trash.jdbi.internal.SqlNames;
import dev.trash.jdbi.internal.TypeTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * The adapter's DDL. Its own tables ship as versioned files, {@code db/trash/<dialect>/V1__trash_tables.sql},
 * that Flyway or Liquibase run unchanged; {@link #install} runs the same file for hosts without a migration
 * tool. {@link #markerColumnDdl} prints what a host adds to its own tables.
 */
public final class TrashSchema {

    private TrashSchema() {
    }

    /**
     * Creates the adapter's tables and indexes if they do not exist; safe to call on every start.
     *
     * @param jdbi the database
     * @param dialect its dialect
     */
    public static void install(Jdbi jdbi, SqlDialect dialect) {
        List<String> statements = statements(dialect);
        jdbi.useHandle(h -> statements.forEach(h::execute));
    }

    /**
     * The statements of the dialect's versioned schema file, without comments.
     *
     * @param dialect the dialect
     * @return the statements, in order
     */
    public static List<String> statements(SqlDialect dialect) {
        String script;
        try (InputStream in = TrashSchema.class.getClassLoader().getResourceAsStream(dialect.schemaResource())) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + dialect.schemaResource());
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
     * top-level rows, whose parent is NULL, collide too.
     *
     * @param dialect the dialect
     * @param catalogue the types, which say which names are unique
     * @param mappings the host tables
     * @return one statement per element, each idempotent (IF NOT EXISTS)
     */
    public static List<String> markerColumnDdl(SqlDialect dialect, TypeCatalogue catalogue, List<TableMapping> mappings) {
        List<String> ddl = new ArrayList<>();
        for (TableMapping m : mappings) {
            boolean unique = catalogue.require(m.type()).uniqueNames();
            ddl.addAll(dialect.sql().markerDdl(new TypeTable(m.type(), SqlNames.require(m.tableName(), "table"),
                    SqlNames.require(m.idColumn(), "id column"), SqlNames.require(m.tenantColumn(), "tenant column"),
                    m.parentColumn(), null, SqlNames.require(m.nameColumn(), "name column"),
                    SqlNames.require(m.sizeColumn(), "size column"), SqlNames.require(m.markerColumn(), "marker column"),
                    unique, Key.text(dialect.sql()), Key.text(dialect.sql()), Key.text(dialect.sql()))));
        }
        return ddl;
    }
}

package dev.trash.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trash.ResourceType;
import dev.trash.TypeCatalogue;
import dev.trash.jdbi.fixture.HostTables;
import dev.trash.jdbi.fixture.Schema;
import dev.trash.jdbi.fixture.TestDatabase;
import dev.trash.jdbi.fixture.keyed.KeyedHostTables;
import dev.trash.testkit.ContractTypes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link JdbiTrashRepository#validate()} on each database: every kind of mapping mistake is reported in one
 * exception, with its message, and running the fixes it prints makes the schema valid.
 */
class SchemaValidationTest {

    private static final TypeCatalogue TYPES = TypeCatalogue.builder()
            .add(ResourceType.topLevel("project").withUniqueNames())
            .add(ResourceType.ownedBy("model", "project").withUniqueNames())
            .build();
    private static final TableMapping PROJECTS = TableMapping.forType("project").table("projects").tenant("workspace_id");
    private static final TableMapping MODELS = TableMapping.forType("model").table("models").tenant("workspace_id")
            .parent("project_id");

    private final List<Schema> schemas = new ArrayList<>();

    @AfterEach
    void dropSchemas() {
        schemas.forEach(Schema::close);
    }

    private Schema schema(TestDatabase database) {
        database.assumeEnabled();
        Schema schema = database.create();
        schemas.add(schema);
        return schema;
    }

    /** The host's tables before Trash: keys, names and sizes, nothing of Trash's. */
    private static void hostTables(Schema schema, String projectsExtra) {
        schema.jdbi().useHandle(h -> {
            h.execute("CREATE TABLE projects (workspace_id VARCHAR(64) NOT NULL, id VARCHAR(64) NOT NULL, name "
                    + "VARCHAR(255) NOT NULL, size_bytes BIGINT NOT NULL DEFAULT 0" + projectsExtra
                    + ", PRIMARY KEY (workspace_id, id))");
            modelsTable(h);
        });
    }

    private static void modelsTable(Handle h) {
        h.execute("CREATE TABLE models (workspace_id VARCHAR(64) NOT NULL, id VARCHAR(64) NOT NULL, project_id "
                + "VARCHAR(64) NOT NULL, name VARCHAR(255) NOT NULL, size_bytes BIGINT NOT NULL DEFAULT 0, "
                + "PRIMARY KEY (workspace_id, id))");
    }

    /** What the docs tell a host to run: the marker DDL of both tables and Trash's own tables. */
    private static void adoptTrash(Schema schema) {
        SqlDialect dialect = schema.database().dialect();
        schema.jdbi().useHandle(h -> TrashSchema.markerColumnDdl(dialect, TYPES, List.of(PROJECTS, MODELS))
                .forEach(h::execute));
        TrashSchema.install(schema.jdbi(), dialect);
    }

    private static JdbiTrashRepository repository(Schema schema, TableMapping... mappings) {
        return JdbiTrashRepository.builder(schema.jdbi(), TYPES).map(mappings).build();
    }

    private static List<SchemaProblem> problems(JdbiTrashRepository repository) {
        try {
            repository.validate();
            return List.of();
        } catch (SchemaValidationException e) {
            assertThat(e.getMessage()).contains(e.problems().size() + (e.problems().size() == 1 ? " problem" : " problems"));
            e.problems().forEach(p -> assertThat(e.getMessage()).contains(p.toString()));
            return e.problems();
        }
    }

    /** Runs every fix the problems print, statement by statement. */
    private static void applyFixes(Jdbi jdbi, List<SchemaProblem> problems) {
        jdbi.useHandle(h -> problems.forEach(p -> Arrays.stream(p.fix().split("; ")).forEach(h::execute)));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theContractSchemaIsValid(TestDatabase database) {
        Schema schema = schema(database);
        HostTables.create(schema);
        JdbiTrashRepository repository = JdbiTrashRepository.builder(schema.jdbi(), ContractTypes.catalogue())
                .map(HostTables.mappings().toArray(new TableMapping[0])).links(HostTables.datasetImages()).build();

        assertThatCode(repository::validate).doesNotThrowAnyException();
    }

    /**
     * The second host schema, BIGINT and UUID keys: valid, but on MariaDB, whose text keys it keeps in
     * utf8mb4_bin, a PAD SPACE collation under which 'ws1 ' finds the rows of 'ws1'.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theKeyedSchemaIsValidButForItsPadSpaceKeysOnMariaDb(TestDatabase database) {
        Schema schema = schema(database);
        KeyedHostTables keyed = new KeyedHostTables();
        keyed.create(schema);
        JdbiTrashRepository repository = keyed.map(JdbiTrashRepository.builder(schema.jdbi(), ContractTypes.catalogue()))
                .build();

        List<SchemaProblem> problems = problems(repository);

        if (database == TestDatabase.MARIADB) {
            assertThat(problems).isNotEmpty().allSatisfy(p -> {
                assertThat(p.problem()).startsWith("key column in collation utf8mb4_bin, under which distinct ids");
                assertThat(p.fix()).contains("COLLATE utf8mb4_nopad_bin");
            });
            assertThat(problems).extracting(p -> p.table() + "." + p.column()).contains("projects.workspace_id",
                    "folders.parent_id", "dataset_images.workspace_id");
        } else {
            assertThat(problems).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void listsEveryMissingMarkerIndexAndTrashTableWithTheDdlThatAddsIt(TestDatabase database) {
        Schema schema = schema(database);
        hostTables(schema, "");
        JdbiTrashRepository repository = repository(schema, PROJECTS, MODELS);
        List<String> markerDdl = TrashSchema.markerColumnDdl(database.dialect(), TYPES, List.of(PROJECTS, MODELS));

        List<SchemaProblem> problems = problems(repository);

        assertThat(problems).contains(
                new SchemaProblem("projects", "trash_entry_id", "the marker column does not exist",
                        "ALTER TABLE projects ADD COLUMN IF NOT EXISTS trash_entry_id BIGINT NULL"),
                new SchemaProblem("projects", "projects_trash_idx", "Trash's index does not exist",
                        "CREATE INDEX IF NOT EXISTS projects_trash_idx ON projects (workspace_id, trash_entry_id)"),
                new SchemaProblem("models", "models_trash_parent_idx", "Trash's index does not exist",
                        "CREATE INDEX IF NOT EXISTS models_trash_parent_idx ON models (workspace_id, project_id)"));
        assertThat(problems).filteredOn(p -> p.column() != null && p.column().endsWith("_active_name_uq"))
                .extracting(SchemaProblem::table).containsExactlyInAnyOrder("projects", "models");
        // every fix statement is one of the marker DDL's: one set of helpers, not two
        assertThat(problems).filteredOn(p -> !p.table().startsWith("trash_"))
                .flatExtracting(p -> List.of(p.fix().split("; "))).isSubsetOf(markerDdl);
        assertThat(problems).filteredOn(p -> p.table().startsWith("trash_")).extracting(SchemaProblem::table)
                .contains("trash_entry", "trash_outbox", "trash_tombstone").allSatisfy(table -> assertThat(problems)
                        .contains(new SchemaProblem(table, null, "Trash's table does not exist",
                                "run Trash's migrations: TrashFlyway.migrate(dataSource, dialect), the Liquibase "
                                        + "changelog db/trash/changelog/trash-changelog.xml, or "
                                        + "TrashSchema.install(jdbi, dialect)")));

        applyFixes(schema.jdbi(), problems.stream().filter(p -> !p.table().startsWith("trash_")).toList());
        TrashSchema.install(schema.jdbi(), database.dialect());
        assertThatCode(repository::validate).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void namesMissingTablesAndColumnsAndKeysOfTypesThatHoldNoKey(TestDatabase database) {
        Schema schema = schema(database);
        schema.jdbi().useHandle(h -> h.execute("CREATE TABLE projects (workspace_id VARCHAR(64) NOT NULL, id DATE NOT "
                + "NULL, title VARCHAR(255) NOT NULL, trash_entry_id VARCHAR(20) NULL)"));
        TrashSchema.install(schema.jdbi(), database.dialect());
        JdbiTrashRepository repository = repository(schema, PROJECTS.tenant("tenant"), MODELS.table("model_table"));

        List<SchemaProblem> problems = problems(repository);

        assertThat(problems).contains(
                new SchemaProblem("model_table", null, "table does not exist (mapped for type 'model')",
                        "create it, or map the type to its table: TableMapping.forType(\"model\").table(...)"),
                new SchemaProblem("projects", "tenant", "the tenant column does not exist",
                        "map the table's tenant column with TableMapping.forType(\"project\").tenant(...)"),
                new SchemaProblem("projects", "name", "the name column does not exist",
                        "map the table's name column with TableMapping.forType(\"project\").name(...)"),
                new SchemaProblem("projects", "size_bytes", "the size column does not exist",
                        "map the table's size column with TableMapping.forType(\"project\").size(...)"));
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.table() + "." + p.column()).isEqualTo("projects.id");
            assertThat(p.problem()).startsWith("the id column has type ").endsWith(", which holds no key: keys are "
                    + "text, BIGINT, INTEGER or UUID");
            assertThat(p.fix()).isEqualTo("map a key column of one of those types with "
                    + "TableMapping.forType(\"project\").id(...)");
        });
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.table() + "." + p.column()).isEqualTo("projects.trash_entry_id");
            assertThat(p.problem()).startsWith("the marker column has type ").endsWith(", Trash's entry ids need BIGINT");
            assertThat(p.fix()).isEqualTo("ALTER TABLE projects DROP COLUMN trash_entry_id; ALTER TABLE projects ADD "
                    + "COLUMN IF NOT EXISTS trash_entry_id BIGINT NULL");
        });
    }

    /**
     * A repository built before the host's migrations ran (a Spring bean created before Flyway, say) took its
     * BIGINT key columns for text, and PostgreSQL would refuse every comparison of them with its parameters.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void reportsKeysBoundAsAnotherTypeThanTheirColumnsWithTheWayOut(TestDatabase database) {
        Schema schema = schema(database);
        JdbiTrashRepository builtTooEarly = repository(schema, PROJECTS, MODELS);
        schema.jdbi().useHandle(h -> {
            h.execute("CREATE TABLE projects (workspace_id VARCHAR(64) NOT NULL, id BIGINT NOT NULL PRIMARY KEY, name "
                    + "VARCHAR(255) NOT NULL, size_bytes BIGINT NOT NULL DEFAULT 0)");
            h.execute("CREATE TABLE models (workspace_id VARCHAR(64) NOT NULL, id BIGINT NOT NULL PRIMARY KEY, "
                    + "project_id BIGINT NOT NULL, name VARCHAR(255) NOT NULL, size_bytes BIGINT NOT NULL DEFAULT 0)");
        });
        adoptTrash(schema);

        List<SchemaProblem> early = boundAsAnotherType(builtTooEarly);
        assertThat(early).extracting(p -> p.table() + "." + p.column())
                .containsExactlyInAnyOrder("projects.id", "models.id", "models.project_id");
        SchemaProblem parent = early.stream().filter(p -> p.column().equals("project_id")).findFirst().orElseThrow();
        assertThat(parent.problem()).startsWith("the parent column has type ").endsWith(" but the repository binds"
                + " its keys as TEXT: it was built before the column existed (a column it cannot find is taken as text),"
                + " or its mapping declares that type");
        assertThat(parent.fix()).isEqualTo("build the repository after the host's migrations have run, or declare"
                + " the type: TableMapping.forType(\"model\").parentType(KeyType.BIGINT)");

        assertThat(boundAsAnotherType(repository(schema, PROJECTS, MODELS))).isEmpty();
        assertThat(boundAsAnotherType(repository(schema, PROJECTS.idType(KeyType.INTEGER), MODELS))).isEmpty();
        assertThat(boundAsAnotherType(repository(schema, PROJECTS, MODELS.parentType(KeyType.UUID))))
                .singleElement().satisfies(p -> {
                    assertThat(p.problem()).contains(" but the repository binds its keys as UUID");
                    assertThat(p.fix()).endsWith("TableMapping.forType(\"model\").parentType(KeyType.BIGINT)");
                });
    }

    private static List<SchemaProblem> boundAsAnotherType(JdbiTrashRepository repository) {
        return problems(repository).stream().filter(p -> p.problem().contains(" but the repository binds")).toList();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void reportsAnIndexOfTrashsNameWithAnotherDefinition(TestDatabase database) {
        Schema schema = schema(database);
        hostTables(schema, "");
        schema.jdbi().useHandle(h -> h.execute("CREATE INDEX projects_trash_idx ON projects (name)"));
        adoptTrash(schema);
        JdbiTrashRepository repository = repository(schema, PROJECTS, MODELS);

        List<SchemaProblem> problems = problems(repository);

        String rename = switch (database) {
            case MARIADB -> "ALTER TABLE projects RENAME INDEX projects_trash_idx TO projects_trash_idx_host";
            default -> "ALTER INDEX projects_trash_idx RENAME TO projects_trash_idx_host";
        };
        assertThat(problems).containsExactly(new SchemaProblem("projects", "projects_trash_idx",
                "an index of this name exists with another definition, on (name); Trash's is on (workspace_id, "
                        + "trash_entry_id) and CREATE INDEX IF NOT EXISTS skips it", rename
                        + "; CREATE INDEX IF NOT EXISTS projects_trash_idx ON projects (workspace_id, trash_entry_id)"));
        applyFixes(schema.jdbi(), problems);
        assertThatCode(repository::validate).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.class, names = {"H2", "POSTGRESQL"})
    void reportsAnIndexOfAnotherTableThatHoldsTrashsIndexName(TestDatabase database) {
        Schema schema = schema(database);
        hostTables(schema, "");
        schema.jdbi().useHandle(h -> {
            h.execute("CREATE TABLE audit (name VARCHAR(255))");
            h.execute("CREATE INDEX projects_trash_idx ON audit (name)");
        });
        adoptTrash(schema);
        JdbiTrashRepository repository = repository(schema, PROJECTS, MODELS);

        List<SchemaProblem> problems = problems(repository);

        assertThat(problems).containsExactly(new SchemaProblem("projects", "projects_trash_idx", "the name of Trash's "
                + "index is taken by an index of table audit, and CREATE INDEX IF NOT EXISTS skips it",
                "ALTER INDEX projects_trash_idx RENAME TO projects_trash_idx_host; CREATE INDEX IF NOT EXISTS "
                        + "projects_trash_idx ON projects (workspace_id, trash_entry_id)"));
        applyFixes(schema.jdbi(), problems);
        assertThatCode(repository::validate).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void reportsTheHostsUniqueConstraintOverNamesWithTheStatementThatDropsIt(TestDatabase database) {
        Schema schema = schema(database);
        hostTables(schema, ", CONSTRAINT projects_name_uq UNIQUE (workspace_id, name)");
        adoptTrash(schema);
        JdbiTrashRepository repository = repository(schema, PROJECTS, MODELS);

        List<SchemaProblem> problems = problems(repository);

        String drop = database == TestDatabase.MARIADB ? "ALTER TABLE projects DROP INDEX projects_name_uq"
                : "ALTER TABLE projects DROP CONSTRAINT projects_name_uq";
        assertThat(problems).hasSize(1).allSatisfy(p -> {
            assertThat(p.table()).isEqualTo("projects");
            assertThat(p.problem()).matches("a unique constraint on \\((workspace_id, name|name, workspace_id)\\) over "
                    + "trashed rows too rejects a name reused after trashing");
            assertThat(p.fix()).isEqualTo("once Trash's unique index over active names is there: " + drop);
        });
        schema.jdbi().useHandle(h -> h.execute(drop));
        assertThatCode(repository::validate).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aUniqueIndexOfTrashsNameOverEveryRowIsAnotherDefinition(TestDatabase database) {
        Schema schema = schema(database);
        hostTables(schema, "");
        schema.jdbi().useHandle(h -> h.execute("CREATE UNIQUE INDEX projects_active_name_uq ON projects (workspace_id, "
                + "name)"));
        adoptTrash(schema);
        JdbiTrashRepository repository = repository(schema, PROJECTS, MODELS);

        List<SchemaProblem> problems = problems(repository);

        assertThat(problems).extracting(SchemaProblem::column).contains("projects_active_name_uq");
        assertThat(problems).filteredOn(p -> "projects_active_name_uq".equals(p.column())).singleElement()
                .satisfies(p -> assertThat(p.problem()).startsWith("an index of this name exists with another "
                        + "definition, unique on (workspace_id, name)"));
        applyFixes(schema.jdbi(), problems.stream().filter(p -> "projects_active_name_uq".equals(p.column())).toList());
        assertThat(problems(repository)).extracting(SchemaProblem::column).doesNotContain("projects_active_name_uq");
    }

    private static final String DISTINCT_IDS_EQUAL = ", under which distinct ids compare equal (case- or "
            + "pad-insensitive: 'WS1 ' finds the rows of 'ws1')";

    @ParameterizedTest
    @EnumSource(value = TestDatabase.class, names = "MARIADB")
    void reportsKeyColumnsWhoseCollationMakesDistinctIdsEqual(TestDatabase database) {
        reportsAndFixesKeyCollations(database, List.of(), "workspace_id VARCHAR(64) COLLATE utf8mb4_general_ci NOT "
                + "NULL, id VARCHAR(64) COLLATE utf8mb4_bin NULL",
                new SchemaProblem("projects", "id", "key column in collation utf8mb4_bin" + DISTINCT_IDS_EQUAL,
                        "ALTER TABLE projects MODIFY id varchar(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NULL"),
                new SchemaProblem("projects", "workspace_id", "key column in collation utf8mb4_general_ci"
                        + DISTINCT_IDS_EQUAL, "ALTER TABLE projects MODIFY workspace_id varchar(64) CHARACTER SET "
                        + "utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL"));
    }

    /** A nondeterministic ICU collation is reported; a deterministic one other than the default is fine. */
    @ParameterizedTest
    @EnumSource(value = TestDatabase.class, names = "POSTGRESQL")
    void reportsKeyColumnsInANondeterministicCollation(TestDatabase database) {
        reportsAndFixesKeyCollations(database, List.of("CREATE COLLATION case_insensitive (provider = icu, "
                + "locale = 'und-u-ks-level2', deterministic = false)"), "workspace_id VARCHAR(64) COLLATE "
                + "case_insensitive NOT NULL, id VARCHAR(64) COLLATE \"en-US-x-icu\" NOT NULL",
                new SchemaProblem("projects", "workspace_id", "key column in collation case_insensitive"
                        + DISTINCT_IDS_EQUAL, "ALTER TABLE projects ALTER COLUMN workspace_id TYPE character "
                        + "varying(64) COLLATE \"C\""));
    }

    /** Projects with the given key columns are reported with exactly these problems, whose DDL fixes them. */
    private void reportsAndFixesKeyCollations(TestDatabase database, List<String> before, String keyColumns,
                                              SchemaProblem... expected) {
        Schema schema = schema(database);
        schema.jdbi().useHandle(h -> {
            before.forEach(h::execute);
            h.execute("CREATE TABLE projects (" + keyColumns + ", name VARCHAR(255) NOT NULL, size_bytes BIGINT "
                    + "NOT NULL DEFAULT 0)");
            modelsTable(h);
        });
        adoptTrash(schema);
        JdbiTrashRepository repository = repository(schema, PROJECTS, MODELS);

        List<SchemaProblem> problems = problems(repository);

        assertThat(problems).containsExactly(expected);
        applyFixes(schema.jdbi(), problems);
        assertThatCode(repository::validate).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theReplacementOfTheHostsUniqueConstraintAcceptsANameOfATrashedRowAndRejectsTwoActiveOnes(
            TestDatabase database) {
        Schema schema = schema(database);
        hostTables(schema, ", CONSTRAINT projects_name_uq UNIQUE (workspace_id, name)");
        TrashSchema.install(schema.jdbi(), database.dialect());
        // tag::replace-unique[]
        // projects had UNIQUE (workspace_id, name), declared as CONSTRAINT projects_name_uq
        List<String> ddl = TrashSchema.uniqueConstraintReplacementDdl(database.dialect(), TYPES, PROJECTS,
                "projects_name_uq");
        // end::replace-unique[]
        schema.jdbi().useHandle(h -> TrashSchema.markerColumnDdl(database.dialect(), TYPES, List.of(MODELS))
                .forEach(h::execute));

        schema.jdbi().useHandle(h -> ddl.forEach(h::execute));

        assertThat(ddl).last().isEqualTo(database == TestDatabase.MARIADB
                ? "ALTER TABLE projects DROP INDEX projects_name_uq" : "ALTER TABLE projects DROP CONSTRAINT projects_name_uq");
        assertThatCode(repository(schema, PROJECTS, MODELS)::validate).doesNotThrowAnyException();
        schema.jdbi().useHandle(h -> {
            insertProject(h, "p1", "Road signs", 1L);
            insertProject(h, "p2", "Road signs", 2L);
            insertProject(h, "p3", "Road signs", null);
            assertThatThrownBy(() -> insertProject(h, "p4", "Road signs", null)).hasMessageContaining("projects");
            insertProject(h, "p5", "Road signs", 3L);
        });
        assertThatThrownBy(() -> TrashSchema.uniqueConstraintReplacementDdl(database.dialect(), TypeCatalogue.builder()
                .add(ResourceType.topLevel("project")).build(), PROJECTS, "projects_name_uq"))
                .hasMessage("type 'project' has no unique names: Trash adds no unique index to replace the host's "
                        + "constraint with");
    }

    private static void insertProject(Handle h, String id, String name, Long marker) {
        h.createUpdate("INSERT INTO projects (workspace_id, id, name, trash_entry_id) VALUES ('ws1', :id, :name, "
                + ":marker)").bind("id", id).bind("name", name).bindByType("marker", marker, Long.class).execute();
    }
}

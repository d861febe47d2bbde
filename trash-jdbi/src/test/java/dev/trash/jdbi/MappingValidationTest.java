package dev.trash.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trash.jdbi.fixture.HostTables;
import dev.trash.jdbi.fixture.single.SingleTenantHostTables;
import dev.trash.testkit.ContractTypes;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** The mapping fails at build time, naming what is wrong; the DDL and filter helpers print what they promise. */
class MappingValidationTest {

    private final Jdbi jdbi = Jdbi.create("jdbc:h2:mem:unused");

    private JdbiTrashRepository.Builder builder(List<TableMapping> mappings) {
        return JdbiTrashRepository.builder(jdbi, ContractTypes.catalogue()).dialect(SqlDialect.H2)
                .map(mappings.toArray(new TableMapping[0])).links(HostTables.datasetImages());
    }

    @Test
    void rejectsIdentifiersThatAreNotPlainNames() {
        assertThatThrownBy(() -> TableMapping.forType("model").table("models; DROP TABLE x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("models; DROP TABLE x");
        assertThatThrownBy(() -> TrashFilters.visible("m.x")).hasMessageContaining("'m.x'");
        assertThatThrownBy(() -> AssetLinkMapping.between("dataset", "image").owner("1st"))
                .hasMessageContaining("'1st'");
    }

    @Test
    void rejectsUnmappedTypesParentsAndUndeclaredLinks() {
        List<TableMapping> missing = new ArrayList<>(HostTables.mappings());
        missing.remove(0);
        assertThatThrownBy(() -> builder(missing).build()).hasMessageContaining("[project]");

        List<TableMapping> noParent = new ArrayList<>(HostTables.mappings());
        noParent.set(1, TableMapping.forType("model").table("models"));
        assertThatThrownBy(() -> builder(noParent).build()).hasMessageContaining("model").hasMessageContaining("parent");

        List<TableMapping> extraParent = new ArrayList<>(HostTables.mappings());
        extraParent.set(0, TableMapping.forType("project").table("projects").parent("owner_id"));
        assertThatThrownBy(() -> builder(extraParent).build()).hasMessageContaining("top-level");

        assertThatThrownBy(() -> builder(HostTables.mappings()).links(AssetLinkMapping.between("workflow", "image"))
                .build()).hasMessageContaining("workflow does not reference image");
        assertThatThrownBy(() -> JdbiTrashRepository.builder(jdbi, ContractTypes.catalogue()).dialect(SqlDialect.H2)
                .map(HostTables.mappings().toArray(new TableMapping[0])).build()).hasMessageContaining("dataset -> image");
    }

    @Test
    void printsMarkerDdlPerDialect() {
        List<TableMapping> models = List.of(TableMapping.forType("model").table("models").tenant("workspace_id")
                .parent("project_id"));
        assertThat(TrashSchema.markerColumnDdl(SqlDialect.POSTGRESQL, ContractTypes.catalogue(), models)).contains(
                "ALTER TABLE models ADD COLUMN IF NOT EXISTS trash_entry_id BIGINT NULL",
                "CREATE UNIQUE INDEX IF NOT EXISTS models_active_name_uq ON models (workspace_id, COALESCE(CAST(project_id AS VARCHAR), ''), "
                        + "name) "
                        + "WHERE trash_entry_id IS NULL");
        assertThat(TrashSchema.markerColumnDdl(SqlDialect.MARIADB, ContractTypes.catalogue(), models))
                .anySatisfy(ddl -> assertThat(ddl).contains("AS (CASE WHEN trash_entry_id IS NULL THEN name END)"));
        assertThat(TrashFilters.visible("m")).isEqualTo("m.trash_entry_id IS NULL");
        assertThat(SqlDialect.fromProductName("MariaDB")).isEqualTo(SqlDialect.MARIADB);
        assertThat(TrashSchema.statements(SqlDialect.POSTGRESQL)).anySatisfy(s -> assertThat(s)
                .startsWith("CREATE TABLE IF NOT EXISTS trash_tombstone"));
    }

    private static List<TableMapping> with(int index, TableMapping replacement) {
        List<TableMapping> mappings = new ArrayList<>(HostTables.mappings());
        mappings.set(index, replacement);
        return mappings;
    }

    private static void assertInvalid(Runnable build, String type, String table, String column, String... message) {
        assertThatThrownBy(build::run).isInstanceOfSatisfying(InvalidMappingException.class, e -> {
            assertThat(e.type()).isEqualTo(type);
            assertThat(e.table()).isEqualTo(table);
            assertThat(e.column()).isEqualTo(column);
            assertThat(e.getMessage()).contains(message);
        });
    }

    @Test
    void rejectsATenantFromTheParentOfATopLevelOrSelfNestingType() {
        assertInvalid(() -> builder(with(0, TableMapping.forType("project").table("projects").tenantFromParent()))
                .build(), "project", "projects", null, "type 'project' (table projects) takes its tenant from its "
                + "parent (.tenantFromParent()), but it is top-level: map its tenant column with .tenant(...)");
        assertInvalid(() -> builder(with(3, TableMapping.forType("folder").table("folders").parent("parent_id")
                .tenantFromParent())).build(), "folder", "folders", "parent_id", "type 'folder' (table folders) nests "
                + "in itself, so its top-level rows have no parent to take the tenant from (.tenantFromParent()): map "
                + "its tenant column with .tenant(...)");
    }

    @Test
    void rejectsATableWithoutTenantUnlessTheRepositoryIsSingleTenant() {
        assertInvalid(() -> builder(with(6, TableMapping.forType("workflow").table("workflows").noTenant())).build(),
                "workflow", "workflows", null, "type 'workflow' (table workflows) has no tenant column (.noTenant()), "
                + "which only a single-tenant repository allows: call JdbiTrashRepository.builder(...)"
                + ".singleTenant(\"...\"), or map its tenant column with .tenant(...)");
        assertInvalid(() -> JdbiTrashRepository.builder(jdbi, ContractTypes.catalogue()).dialect(SqlDialect.H2)
                .map(HostTables.mappings().toArray(new TableMapping[0]))
                .links(HostTables.datasetImages().noTenant()).build(), null, "dataset_images", null,
                "link table dataset_images has no tenant column (.noTenant()), which only a single-tenant repository "
                + "allows");
    }

    @Test
    void rejectsTenantColumnsInASingleTenantRepository() {
        List<TableMapping> tenantless = SingleTenantHostTables.mappings();
        assertInvalid(() -> builder(HostTables.mappings()).singleTenant("acme").build(), "project", "projects",
                "workspace_id", "type 'project' maps tenant column projects.workspace_id in a single-tenant "
                + "repository: map it with .noTenant()");
        List<TableMapping> modelWithTenant = new ArrayList<>(tenantless);
        modelWithTenant.set(1, HostTables.mappings().get(1));
        assertInvalid(() -> JdbiTrashRepository.builder(jdbi, ContractTypes.catalogue()).dialect(SqlDialect.H2)
                .singleTenant("acme").map(modelWithTenant.toArray(new TableMapping[0]))
                .links(SingleTenantHostTables.datasetImages()).build(), "model", "models", "workspace_id",
                "type 'model' maps tenant column models.workspace_id in a single-tenant repository: map it with "
                + ".tenantFromParent() or .noTenant()");
        assertInvalid(() -> JdbiTrashRepository.builder(jdbi, ContractTypes.catalogue()).dialect(SqlDialect.H2)
                .singleTenant("acme").map(tenantless.toArray(new TableMapping[0]))
                .links(HostTables.datasetImages()).build(), null, "dataset_images", "workspace_id",
                "link table dataset_images maps tenant column dataset_images.workspace_id in a single-tenant "
                + "repository: map it with .noTenant()");
        assertThatThrownBy(() -> JdbiTrashRepository.builder(jdbi, ContractTypes.catalogue()).singleTenant("a'b"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("singleTenant must be 1 to 255 characters "
                        + "without surrounding whitespace, quotes, backslashes or control characters, was 'a'b'");
    }

    @Test
    void rejectsNoNameForATypeWithUniqueNamesAtBuildAndInTheDdl() {
        List<TableMapping> nameless = with(1, TableMapping.forType("model").table("models").tenant("workspace_id")
                .parent("project_id").noName());
        String message = "type 'model' (table models) has no name column (.noName()), but the catalogue declares "
                + "unique names for it (withUniqueNames()): map its name column with .name(...)";
        assertInvalid(() -> builder(nameless).build(), "model", "models", null, message);
        assertInvalid(() -> TrashSchema.markerColumnDdl(SqlDialect.H2, ContractTypes.catalogue(), nameless), "model",
                "models", null, message);
    }

    @Test
    void printsDdlWithoutTenantColumnsScopedByTheParent() {
        List<TableMapping> models = List.of(TableMapping.forType("model").table("models").parent("project_id")
                .tenantFromParent());
        assertThat(TrashSchema.markerColumnDdl(SqlDialect.POSTGRESQL, ContractTypes.catalogue(), models)).containsExactly(
                "ALTER TABLE models ADD COLUMN IF NOT EXISTS trash_entry_id BIGINT NULL",
                "CREATE INDEX IF NOT EXISTS models_trash_idx ON models (trash_entry_id)",
                "CREATE INDEX IF NOT EXISTS models_trash_parent_idx ON models (project_id)",
                "CREATE UNIQUE INDEX IF NOT EXISTS models_active_name_uq ON models (COALESCE(CAST(project_id AS "
                        + "VARCHAR), ''), name) WHERE trash_entry_id IS NULL");
        assertThat(TrashSchema.markerColumnDdl(SqlDialect.MARIADB, ContractTypes.catalogue(), models)).contains(
                "CREATE UNIQUE INDEX IF NOT EXISTS models_active_name_uq ON models (trash_entry_id_parent_key, "
                        + "trash_entry_id_active_name)");
        List<TableMapping> workflows = List.of(TableMapping.forType("workflow").table("workflows").noTenant().noSize()
                .noName());
        assertThat(TrashSchema.markerColumnDdl(SqlDialect.H2, ContractTypes.catalogue(), workflows)).containsExactly(
                "ALTER TABLE workflows ADD COLUMN IF NOT EXISTS trash_entry_id BIGINT NULL",
                "CREATE INDEX IF NOT EXISTS workflows_trash_idx ON workflows (trash_entry_id)");
    }
}

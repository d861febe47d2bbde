package dev.trash.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trash.jdbi.fixture.HostTables;
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
}

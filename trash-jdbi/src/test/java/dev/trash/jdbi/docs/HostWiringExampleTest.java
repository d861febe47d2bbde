package dev.trash.jdbi.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trash.Actor;
import dev.trash.ItemRef;
import dev.trash.ResourceType;
import dev.trash.Trash;
import dev.trash.TypeCatalogue;
import dev.trash.jdbi.AssetLinkMapping;
import dev.trash.jdbi.JdbiTrashRepository;
import dev.trash.jdbi.SqlDialect;
import dev.trash.jdbi.TableMapping;
import dev.trash.jdbi.TrashFilters;
import dev.trash.jdbi.TrashSchema;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** The host wiring that README.md and docs/jdbi.md quote, run on H2. */
class HostWiringExampleTest {

    private static final TypeCatalogue TYPES = TypeCatalogue.builder()
            .add(ResourceType.topLevel("project"))
            .add(ResourceType.ownedBy("model", "project").withUniqueNames())
            .add(ResourceType.topLevel("dataset").referencing("image"))
            .add(ResourceType.topLevel("image"))
            .build();

    private final Jdbi jdbi = Jdbi.create("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");

    @Test
    void aHostWiresTrashOntoItsOwnTables() {
        jdbi.useHandle(h -> {
            h.execute("CREATE TABLE projects (workspace_id VARCHAR(64) NOT NULL, id VARCHAR(64) NOT NULL, "
                    + "name VARCHAR(255) NOT NULL, size_bytes BIGINT NOT NULL, PRIMARY KEY (workspace_id, id))");
            h.execute("CREATE TABLE models (workspace_id VARCHAR(64) NOT NULL, id VARCHAR(64) NOT NULL, "
                    + "project_id VARCHAR(64), name VARCHAR(255) NOT NULL, size_bytes BIGINT NOT NULL, "
                    + "PRIMARY KEY (workspace_id, id))");
            h.execute("CREATE TABLE datasets (workspace_id VARCHAR(64) NOT NULL, id VARCHAR(64) NOT NULL, "
                    + "name VARCHAR(255) NOT NULL, size_bytes BIGINT NOT NULL, PRIMARY KEY (workspace_id, id))");
            h.execute("CREATE TABLE images (workspace_id VARCHAR(64) NOT NULL, id VARCHAR(64) NOT NULL, "
                    + "name VARCHAR(255) NOT NULL, size_bytes BIGINT NOT NULL, PRIMARY KEY (workspace_id, id))");
            h.execute("CREATE TABLE dataset_images (workspace_id VARCHAR(64) NOT NULL, "
                    + "dataset_id VARCHAR(64) NOT NULL, image_id VARCHAR(64) NOT NULL)");
        });
        List<TableMapping> mappings = List.of(
                TableMapping.forType("project").table("projects").tenant("workspace_id"),
                TableMapping.forType("model").table("models").tenant("workspace_id").parent("project_id"),
                TableMapping.forType("dataset").table("datasets").tenant("workspace_id"),
                TableMapping.forType("image").table("images").tenant("workspace_id"));
        // tag::schema[]
        // once, or as migrations: the marker column and indexes on your tables, then Trash's own tables
        jdbi.useHandle(h -> TrashSchema.markerColumnDdl(SqlDialect.H2, TYPES, mappings).forEach(h::execute));
        TrashSchema.install(jdbi, SqlDialect.H2);
        // end::schema[]

        // tag::wiring[]
        JdbiTrashRepository repository = JdbiTrashRepository.builder(jdbi, TYPES)
                .map(TableMapping.forType("project").table("projects").tenant("workspace_id"),
                     TableMapping.forType("model").table("models").tenant("workspace_id").parent("project_id"),
                     TableMapping.forType("dataset").table("datasets").tenant("workspace_id"),
                     TableMapping.forType("image").table("images").tenant("workspace_id"))
                .links(AssetLinkMapping.between("dataset", "image").table("dataset_images")
                        .tenant("workspace_id").owner("dataset_id").asset("image_id"))
                .build();
        Trash trash = Trash.builder().catalogue(TYPES).repository(repository).build();
        // end::wiring[]

        // tag::validate[]
        repository.validate(); // after your migrations: throws SchemaValidationException listing every problem
        // end::validate[]

        jdbi.useHandle(h -> {
            h.execute("INSERT INTO projects (workspace_id, id, name, size_bytes) VALUES ('ws1', 'p1', 'Signs', 0)");
            h.execute("INSERT INTO models (workspace_id, id, project_id, name, size_bytes) "
                    + "VALUES ('ws1', 'm1', 'p1', 'detector', 10)");
        });
        Actor alice = Actor.of("ws1", "alice");
        trash.moveToTrash(alice, ItemRef.of("project", "p1"));

        // tag::filter[]
        List<String> visibleModels = jdbi.withHandle(h -> h.createQuery(
                        "SELECT m.id FROM models m WHERE m.workspace_id = :ws AND " + TrashFilters.visible("m"))
                .bind("ws", "ws1").mapTo(String.class).list());
        // end::filter[]
        assertThat(visibleModels).isEmpty();

        // tag::joining[]
        jdbi.useTransaction(handle -> {
            handle.execute("INSERT INTO models (workspace_id, id, project_id, name, size_bytes) "
                    + "VALUES ('ws1', 'audit-note', NULL, 'kept with the restore', 0)");
            trash.using(repository.joining(handle)).restore(alice, ItemRef.of("project", "p1"));
        }); // both commit together, or neither does
        // end::joining[]
        assertThat(trash.isVisible(alice, ItemRef.of("model", "m1"))).isTrue();
    }
}

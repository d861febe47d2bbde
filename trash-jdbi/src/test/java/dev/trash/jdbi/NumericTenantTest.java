package dev.trash.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trash.Actor;
import dev.trash.InvalidRequestException;
import dev.trash.ItemRef;
import dev.trash.Resource;
import dev.trash.ResourceType;
import dev.trash.SettableClock;
import dev.trash.Trash;
import dev.trash.TrashQuery;
import dev.trash.TypeCatalogue;
import dev.trash.jdbi.fixture.Schema;
import dev.trash.jdbi.fixture.TestDatabase;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A host whose tenant column is a BIGINT: tenant "1" is written one way only. "01" would find tenant 1's rows in
 * the host's table while Trash's own tables keep it apart, so every operation refuses it and changes nothing.
 */
class NumericTenantTest {

    private static final TypeCatalogue TYPES = TypeCatalogue.builder().add(ResourceType.topLevel("project")).build();
    private static final Actor ONE = Actor.of("1", "alice");
    private static final Actor ZERO_ONE = Actor.of("01", "mallory");

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aTenantWrittenOtherwiseThanTheColumnCastsItIsRefusedEverywhere(TestDatabase database) {
        onBigintTenantTable(database, (trash, schema) -> {
            ItemRef project = trash.create(ONE, new Resource(ItemRef.of("project", "7"), "Roads", 5, null)).ref();
            trash.moveToTrash(ONE, project);
            Object before = rows(schema);

            for (Consumer<Actor> operation : List.<Consumer<Actor>>of(
                    a -> trash.isVisible(a, project),
                    a -> trash.restore(a, project),
                    a -> trash.purge(a, project),
                    a -> trash.list(a, TrashQuery.firstPage()),
                    a -> trash.create(a, new Resource(ItemRef.of("project", "8"), "Rivers", 5, null)))) {
                assertThatThrownBy(() -> operation.accept(ZERO_ONE)).isInstanceOf(InvalidRequestException.class)
                        .hasMessageContaining("tenant '01' is written '1' in column projects.workspace_id (BIGINT)");
            }

            assertThat(rows(schema)).isEqualTo(before);
            assertThat(trash.list(ONE, TrashQuery.firstPage()).rows()).hasSize(1);
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aTenantThatIsNoNumberOwnsNothing(TestDatabase database) {
        onBigintTenantTable(database, (trash, schema) -> {
            ItemRef project = trash.create(ONE, new Resource(ItemRef.of("project", "7"), "Roads", 5, null)).ref();

            assertThat(trash.isVisible(Actor.of("acme", "eve"), project)).isFalse();
            assertThat(trash.list(Actor.of("acme", "eve"), TrashQuery.firstPage()).rows()).isEmpty();
        });
    }

    private static Object rows(Schema schema) {
        return schema.jdbi().withHandle(h -> List.of(
                h.createQuery("SELECT * FROM projects").mapToMap().list().toString(),
                h.createQuery("SELECT COUNT(*) FROM trash_entry").mapTo(Long.class).one(),
                h.createQuery("SELECT COUNT(*) FROM trash_audit").mapTo(Long.class).one()));
    }

    private interface Work {
        void run(Trash trash, Schema schema);
    }

    private static void onBigintTenantTable(TestDatabase database, Work work) {
        database.assumeEnabled();
        try (Schema schema = database.create()) {
            List<TableMapping> mappings = List.of(TableMapping.forType("project").table("projects")
                    .tenant("workspace_id"));
            schema.jdbi().useHandle(h -> {
                h.execute("CREATE TABLE projects (id BIGINT PRIMARY KEY, workspace_id BIGINT NOT NULL, "
                        + "name VARCHAR(255) NOT NULL, size_bytes BIGINT NOT NULL DEFAULT 0)");
                TrashSchema.markerColumnDdl(database.dialect(), TYPES, mappings).forEach(h::execute);
            });
            TrashSchema.install(schema.jdbi(), database.dialect());
            JdbiTrashRepository repository = JdbiTrashRepository.builder(schema.jdbi(), TYPES)
                    .dialect(database.dialect()).map(mappings.toArray(new TableMapping[0])).build();
            work.run(Trash.builder().catalogue(TYPES).repository(repository)
                    .clock(SettableClock.at(Instant.parse("2026-03-01T03:00:00Z"))).dispatchAfterCommit(false).build(),
                    schema);
        }
    }
}

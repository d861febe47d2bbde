package dev.trash.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trash.Actor;
import dev.trash.ItemRef;
import dev.trash.Resource;
import dev.trash.ResourceType;
import dev.trash.SettableClock;
import dev.trash.SweepReport;
import dev.trash.Trash;
import dev.trash.TrashOptions;
import dev.trash.TypeCatalogue;
import dev.trash.jdbi.fixture.Schema;
import dev.trash.jdbi.fixture.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Datasets and images whose text keys and tenant columns are in an ICU collation, not the database's default
 * nor Trash's own: a purge flagged to delete the dataset's exclusive assets, on request and by the sweep, keeps
 * the shared image and deletes the exclusive one (the statements that meet the host's keys in Trash's own
 * tables once failed with "could not determine which collation to use").
 */
class CollatedKeysTest {

    private static final String COLLATED = "VARCHAR(255) COLLATE \"en-US-x-icu\"";
    private static final TypeCatalogue TYPES = TypeCatalogue.builder()
            .add(ResourceType.topLevel("dataset").referencing("image"))
            .add(ResourceType.topLevel("image"))
            .build();
    private static final List<TableMapping> MAPPINGS = List.of(
            TableMapping.forType("dataset").table("datasets").tenant("workspace_id"),
            TableMapping.forType("image").table("images").tenant("workspace_id"));
    private static final Actor ALICE = Actor.of("Ws1", "alice");
    private static final Actor BOB = Actor.of("ws2", "bob");

    private final SettableClock clock = SettableClock.at(Instant.parse("2026-03-01T03:00:00Z"));
    private Schema schema;
    private Trash trash;

    @BeforeEach
    void icuCollatedHostTables() {
        TestDatabase.POSTGRESQL.assumeEnabled();
        schema = TestDatabase.POSTGRESQL.create();
        schema.jdbi().useHandle(h -> {
            for (String table : List.of("datasets", "images")) {
                h.execute("CREATE TABLE " + table + " (workspace_id " + COLLATED + " NOT NULL, id " + COLLATED
                        + " NOT NULL, name VARCHAR(255) NOT NULL, size_bytes BIGINT NOT NULL DEFAULT 0, "
                        + "PRIMARY KEY (workspace_id, id))");
            }
            h.execute("CREATE TABLE dataset_images (workspace_id " + COLLATED + " NOT NULL, dataset_id " + COLLATED
                    + " NOT NULL, image_id " + COLLATED + " NOT NULL, PRIMARY KEY (workspace_id, dataset_id, image_id))");
            TrashSchema.markerColumnDdl(SqlDialect.POSTGRESQL, TYPES, MAPPINGS).forEach(h::execute);
        });
        TrashSchema.install(schema.jdbi(), SqlDialect.POSTGRESQL);
        JdbiTrashRepository repository = JdbiTrashRepository.builder(schema.jdbi(), TYPES)
                .dialect(SqlDialect.POSTGRESQL).map(MAPPINGS.toArray(new TableMapping[0]))
                .links(AssetLinkMapping.between("dataset", "image").table("dataset_images").tenant("workspace_id"))
                .build();
        repository.validate();
        trash = Trash.builder().catalogue(TYPES).repository(repository).clock(clock).dispatchAfterCommit(false)
                .build();
    }

    @AfterEach
    void dropSchema() {
        if (schema != null) {
            schema.close();
        }
    }

    /** Dataset "Roads" holds image "Own" alone and shares image "shared" with "Rivers"; it is trashed flagged. */
    private ItemRef roadsTrashedWithItsExclusiveAssets(Actor actor) {
        ItemRef roads = create(actor, "dataset", "Roads");
        ItemRef rivers = create(actor, "dataset", "Rivers");
        ItemRef own = create(actor, "image", "Own");
        ItemRef shared = create(actor, "image", "shared");
        trash.linkAsset(actor, roads, own);
        trash.linkAsset(actor, roads, shared);
        trash.linkAsset(actor, rivers, shared);
        trash.moveToTrash(actor, roads, TrashOptions.defaults().withExclusiveAssets());
        return roads;
    }

    private ItemRef create(Actor actor, String type, String id) {
        return trash.create(actor, new Resource(ItemRef.of(type, id), id, 10, null)).ref();
    }

    private List<String> ids(String table, Actor actor) {
        return schema.jdbi().withHandle(h -> h.createQuery("SELECT id FROM " + table + " WHERE workspace_id = ? "
                + "ORDER BY id").bind(0, actor.tenant()).mapTo(String.class).list());
    }

    @Test
    void aFlaggedPurgeOnRequestDeletesTheExclusiveImageAndKeepsTheSharedOne() {
        ItemRef roads = roadsTrashedWithItsExclusiveAssets(ALICE);

        trash.purge(ALICE, roads);

        assertThat(ids("datasets", ALICE)).containsExactly("Rivers");
        assertThat(ids("images", ALICE)).containsExactly("shared");
    }

    @Test
    void theSweepPurgesFlaggedEntriesOfEveryTenantWithTheirExclusiveImages() {
        roadsTrashedWithItsExclusiveAssets(ALICE);
        roadsTrashedWithItsExclusiveAssets(BOB);
        clock.advance(Duration.ofDays(90));

        SweepReport report = trash.sweeper().sweep();

        assertThat(report.rootsPurged()).isEqualTo(2);
        for (Actor actor : List.of(ALICE, BOB)) {
            assertThat(ids("datasets", actor)).containsExactly("Rivers");
            assertThat(ids("images", actor)).containsExactly("shared");
            assertThat(trash.isVisible(actor, ItemRef.of("image", "shared"))).isTrue();
        }
    }
}

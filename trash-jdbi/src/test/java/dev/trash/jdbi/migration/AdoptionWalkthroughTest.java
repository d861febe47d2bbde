package dev.trash.jdbi.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trash.Actor;
import dev.trash.BeforePurgeHook;
import dev.trash.ItemRef;
import dev.trash.ParentInTrashException;
import dev.trash.PurgedItem;
import dev.trash.ResourceType;
import dev.trash.SettableClock;
import dev.trash.Trash;
import dev.trash.TrashEvent;
import dev.trash.TrashOptions;
import dev.trash.TypeCatalogue;
import dev.trash.jdbi.AssetLinkMapping;
import dev.trash.jdbi.JdbiTrashRepository;
import dev.trash.jdbi.SqlDialect;
import dev.trash.jdbi.TableMapping;
import dev.trash.jdbi.TrashFilters;
import dev.trash.jdbi.TrashFlyway;
import dev.trash.jdbi.TrashSchema;
import dev.trash.jdbi.fixture.Schema;
import dev.trash.jdbi.fixture.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * The adoption that docs/jdbi.md walks through, on the schema of the service that could not adopt trash-jdbi
 * before: PostgreSQL, BIGINT identity keys for projects and models, UUID keys for datasets and images,
 * models without a tenant or size column, the service's own {@code UNIQUE (workspace_id, name)}, a foreign
 * key from {@code project_tags} and the service's own Flyway {@code V1__}. Nothing is changed in the
 * service's tables but what its V2 adds, and every behaviour the README promises is exercised.
 */
class AdoptionWalkthroughTest {

    private static final String LOCATION = "classpath:db/adoption/postgresql";

    // tag::adoption-types[]
    static final TypeCatalogue TYPES = TypeCatalogue.builder()
            .add(ResourceType.topLevel("project").withUniqueNames())
            .add(ResourceType.ownedBy("model", "project"))
            .add(ResourceType.topLevel("dataset").referencing("image"))
            .add(ResourceType.topLevel("image"))
            .build();

    static final TableMapping PROJECTS = TableMapping.forType("project").table("projects").tenant("workspace_id")
            .noSize();
    static final List<TableMapping> OTHERS = List.of(
            TableMapping.forType("model").table("models").parent("project_id").tenantFromParent().noSize(),
            TableMapping.forType("dataset").table("datasets").tenant("workspace_id"),
            TableMapping.forType("image").table("images").tenant("workspace_id"));
    // end::adoption-types[]

    @Test
    void theServicesV2IsWhatTrashSchemaPrints() throws IOException {
        // tag::adoption-v2[]
        // printed once, pasted into the service's V2__trash_markers.sql
        List<String> v2 = new ArrayList<>(TrashSchema.uniqueConstraintReplacementDdl(SqlDialect.POSTGRESQL, TYPES,
                PROJECTS, "projects_workspace_id_name_key"));
        v2.addAll(TrashSchema.markerColumnDdl(SqlDialect.POSTGRESQL, TYPES, OTHERS));
        // end::adoption-v2[]

        assertThat(statementsOf("V2__trash_markers.sql")).as("db/adoption/postgresql/V2__trash_markers.sql")
                .containsExactlyElementsOf(v2);
    }

    @Test
    void aServiceWithBigintAndUuidKeysAdoptsTrashByTheDocsAlone() {
        TestDatabase.POSTGRESQL.assumeEnabled();
        try (Schema schema = TestDatabase.POSTGRESQL.create()) {
            MigrationTarget target = new MigrationTarget(schema);
            // tag::adoption-migrate[]
            // the service's own history, its V1 and the V2 above; then Trash's tables in a history of their own
            Flyway.configure().dataSource(target.url(), target.user(), "").locations(LOCATION).load().migrate();
            TrashFlyway.configure(Flyway.configure().dataSource(target.url(), target.user(), ""),
                    SqlDialect.POSTGRESQL).load().migrate();
            // end::adoption-migrate[]
            new Walkthrough(schema.jdbi()).run();
        }
    }

    /** The service's code after adoption, and what it observes. */
    private static final class Walkthrough {

        private final Jdbi jdbi;
        private final SettableClock clock = SettableClock.at(Instant.parse("2026-03-02T09:00:00Z"));
        private final List<PurgedItem> blobsDeleted = new CopyOnWriteArrayList<>();
        private final Actor alice = Actor.of("1", "alice");
        private Trash trash;

        Walkthrough(Jdbi jdbi) {
            this.jdbi = jdbi;
        }

        void run() {
            // tag::adoption-wiring[]
            JdbiTrashRepository repository = JdbiTrashRepository.builder(jdbi, TYPES)
                    .dialect(SqlDialect.POSTGRESQL)
                    .map(PROJECTS).map(OTHERS.toArray(new TableMapping[0]))
                    .links(AssetLinkMapping.between("dataset", "image").table("dataset_images")
                            .tenant("workspace_id").owner("dataset_id").asset("image_id"))
                    .build();
            repository.validate(); // the keys' types come from the database: nothing to declare
            BeforePurgeHook deleteTags = batch -> {
                List<Long> projects = batch.ids("project").stream().map(Long::valueOf).toList();
                if (!projects.isEmpty()) { // ids arrive as text: bind them in the column's type
                    batch.transaction(Handle.class).createUpdate("DELETE FROM project_tags WHERE project_id IN (<ids>)")
                            .bindList("ids", projects).execute();
                }
            };
            trash = Trash.builder().catalogue(TYPES).repository(repository).clock(clock)
                    .beforePurge(deleteTags)
                    .listener("blob-cleaner", event -> {
                        if (event.kind() == TrashEvent.Kind.PURGED) { // delete the blobs of what was purged
                            blobsDeleted.addAll(trash.purgedItems(event.tenant(), event.entryId(), null, 500));
                        }
                    })
                    .build();
            // end::adoption-wiring[]

            long roadSigns = insertProject("Road signs");
            long detector = insert("INSERT INTO models (project_id, name) VALUES (?, 'detector') RETURNING id",
                    roadSigns);
            long segmenter = insert("INSERT INTO models (project_id, name) VALUES (?, 'segmenter') RETURNING id",
                    roadSigns);
            jdbi.useHandle(h -> h.execute("INSERT INTO project_tags (project_id, tag) VALUES (?, 'traffic')", roadSigns));
            ItemRef project = ItemRef.of("project", String.valueOf(roadSigns));
            ItemRef detectorRef = ItemRef.of("model", String.valueOf(detector));
            ItemRef segmenterRef = ItemRef.of("model", String.valueOf(segmenter));

            // the parent rule and an exact restore: segmenter, trashed on its own first, stays in Trash
            trash.moveToTrash(alice, segmenterRef);
            assertThat(trash.moveToTrash(alice, project).entry().cascadedCount()).isEqualTo(1);
            assertThat(visibleModels(roadSigns)).isEmpty();
            assertThatThrownBy(() -> trash.restore(alice, detectorRef))
                    .isInstanceOf(ParentInTrashException.class)
                    .hasMessage("Cannot restore model \"detector\" (" + detector + ") while its parent project "
                            + "\"Road signs\" (" + roadSigns + ") is in trash. Restore the project first.");
            trash.restore(alice, project);
            assertThat(visibleModels(roadSigns)).containsExactly(detector);

            // the canonical form of a key: "007" finds row 7 and is reported as "7"
            assertThat(trash.find(alice, ItemRef.of("project", "00" + roadSigns)).orElseThrow().ref())
                    .isEqualTo(project);

            // another workspace's item is not found, whatever its key looks like
            assertThat(trash.find(Actor.of("2", "bob"), project)).isEmpty();

            // a name is free again once its project is in Trash, in spite of the service's old constraint
            trash.moveToTrash(alice, project);
            long newRoadSigns = insertProject("Road signs");
            assertThat(newRoadSigns).isNotEqualTo(roadSigns);

            // UUID keys, shared and exclusive assets
            UUID photos = UUID.randomUUID();
            UUID stop = UUID.randomUUID();
            jdbi.useHandle(h -> {
                h.execute("INSERT INTO datasets (id, workspace_id, name, size_bytes) VALUES (?, 1, 'photos', 100)", photos);
                h.execute("INSERT INTO images (id, workspace_id, name, size_bytes) VALUES (?, 1, 'stop.png', 10)", stop);
                h.execute("INSERT INTO dataset_images (workspace_id, dataset_id, image_id) VALUES (1, ?, ?)", photos, stop);
            });
            trash.moveToTrash(alice, ItemRef.of("dataset", photos.toString().toUpperCase()),
                    TrashOptions.defaults().withExclusiveAssets());

            // the sweep after the 30 days: the project with its tags (through the hook) and segmenter's own entry
            // nested in it, the dataset and its image
            clock.advance(Duration.ofDays(31));
            assertThat(trash.sweeper().sweep().rootsPurged()).isEqualTo(3);
            assertThat(count("projects")).isEqualTo(1);
            assertThat(count("models")).isZero();
            assertThat(count("project_tags")).isZero();
            assertThat(count("datasets")).isZero();
            assertThat(count("images")).isZero();
            assertThat(blobsDeleted).extracting(p -> p.ref().toString()).containsExactlyInAnyOrder(
                    "project " + roadSigns, "model " + detector, "model " + segmenter, "dataset " + photos,
                    "image " + stop); // the UUID given in upper case, reported in PostgreSQL's own text form
        }

        private long insertProject(String name) {
            return insert("INSERT INTO projects (workspace_id, name) VALUES (1, ?) RETURNING id", name);
        }

        private long insert(String sql, Object value) {
            return jdbi.withHandle(h -> h.createQuery(sql).bind(0, value).mapTo(Long.class).one());
        }

        private List<Long> visibleModels(long project) {
            return jdbi.withHandle(h -> h.createQuery("SELECT m.id FROM models m WHERE m.project_id = :p AND "
                    + TrashFilters.visible("m") + " ORDER BY m.id").bind("p", project).mapTo(Long.class).list());
        }

        private long count(String table) {
            return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
        }
    }

    private static List<String> statementsOf(String file) throws IOException {
        try (InputStream in = AdoptionWalkthroughTest.class.getResourceAsStream("/db/adoption/postgresql/" + file)) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Arrays.stream(sql.replaceAll("(?m)^--.*$", "").split(";"))
                    .map(s -> s.strip().replaceAll("\\s+", " ")).filter(s -> !s.isEmpty()).toList();
        }
    }
}

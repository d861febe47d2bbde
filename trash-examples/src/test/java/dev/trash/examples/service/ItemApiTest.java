package dev.trash.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trash.ItemRef;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Create, read, list and move to Trash, with every error status of those routes. */
class ItemApiTest {

    @TempDir
    Path dir;
    ServiceFixture api;

    @BeforeEach
    void start() {
        api = ServiceFixture.memory(dir).seed();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void createWritesASparseBlobAndAnswers201() throws Exception {
        var r = api.post("/api/demo/model", "{\"id\":\"m9\",\"name\":\"huge\",\"sizeBytes\":5000000000,\"parent\":\"p1\"}");
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.body().path("parent").path("id").asText()).isEqualTo("p1");
        Path blob = api.service.blobs().path("demo", ItemRef.of("model", "m9"));
        assertThat(Files.size(blob)).isEqualTo(5_000_000_000L);
    }

    @Test
    void readAndListActiveItems() {
        assertThat(api.get("/api/demo/model/m1").body().path("name").asText()).isEqualTo("detector");
        assertThat(api.get("/api/demo/model").body().path("items")).extracting(n -> n.path("id").asText())
                .containsExactly("m1", "m2");
        assertThat(api.get("/api/demo/model/nope").status()).isEqualTo(404);
    }

    @Test
    void moveToTrashAnswersWithTheCleanupTimeAndHidesTheItem() {
        var r = api.delete("/api/demo/project/p1");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().path("deleted").asBoolean()).isTrue();
        assertThat(r.body().path("trash").asBoolean()).isTrue();
        assertThat(r.body().path("workspace").asText()).isEqualTo("demo");
        assertThat(r.body().path("scheduledCleanupAt").asText()).isEqualTo("2026-12-25T09:00:00.000Z");
        assertThat(api.get("/api/demo/project/p1").status()).isEqualTo(404);
        assertThat(api.get("/api/demo/model/m1").status()).isEqualTo(404);
        assertThat(api.get("/api/demo/model").body().path("items")).isEmpty();
    }

    @Test
    void trashingAgainOrUnderATrashedParentChangesNothing() {
        api.delete("/api/demo/project/p1");
        api.clock.advance(java.time.Duration.ofDays(2));
        var again = api.delete("/api/demo/project/p1");
        var child = api.delete("/api/demo/model/m1");
        assertThat(again.status()).isEqualTo(200);
        assertThat(child.status()).isEqualTo(200);
        assertThat(child.body().path("id").asText()).isEqualTo("m1");
        assertThat(child.body().path("scheduledCleanupAt").asText()).isEqualTo("2026-12-25T09:00:00.000Z");
        assertThat(api.get("/api/demo/trash").body().path("items")).hasSize(1);
    }

    @Test
    void createErrors() {
        assertThat(api.post("/api/demo/gadget", "{\"id\":\"g1\",\"name\":\"x\"}").status()).isEqualTo(400);
        assertThat(api.post("/api/demo/project", "{\"id\":").status()).isEqualTo(400);
        assertThat(api.post("/api/demo/project", "").status()).isEqualTo(400);
        assertThat(api.post("/api/demo/project", "{\"id\":\"p9\",\"name\":\"x\",\"sizeBytes\":-1}").status()).isEqualTo(400);
        assertThat(api.post("/api/demo/project", "{\"id\":\"-bad\",\"name\":\"x\"}").status()).isEqualTo(400);
        assertThat(api.post("/api/demo/project", "{\"id\":\"p9\",\"name\":\"x\",\"parent\":\"p1\"}").status()).isEqualTo(400);
        assertThat(api.post("/api/demo/project", "{\"id\":\"p9\",\"name\":\"x\",\"datasets\":[\"d1\"]}").status()).isEqualTo(400);
        assertThat(api.post("/api/bad$ws/project", "{\"id\":\"p9\",\"name\":\"x\"}").status()).isEqualTo(400);
        assertThat(api.post("/api/demo/model", "{\"id\":\"m9\",\"name\":\"x\",\"parent\":\"nope\"}").status()).isEqualTo(404);
        api.delete("/api/demo/project/p1");
        var trashedParent = api.post("/api/demo/model", "{\"id\":\"m9\",\"name\":\"x\",\"parent\":\"p1\"}");
        assertThat(trashedParent.status()).isEqualTo(404);
    }

    @Test
    void idsAreUniqueActiveOrInTrashAndNamesAmongActiveSiblings() {
        assertThat(api.post("/api/demo/model", "{\"id\":\"m1\",\"name\":\"other\",\"parent\":\"p1\"}").status())
                .isEqualTo(409);
        var clash = api.post("/api/demo/model", "{\"id\":\"m7\",\"name\":\"detector\",\"parent\":\"p1\"}");
        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.error()).contains("model \"detector\" (m1)");
        assertThat(clash.body().path("conflicting").path("name").asText()).isEqualTo("detector");
        api.delete("/api/demo/model/m1");
        assertThat(api.post("/api/demo/model", "{\"id\":\"m1\",\"name\":\"other\",\"parent\":\"p1\"}").status())
                .isEqualTo(409);
        assertThat(api.post("/api/demo/model", "{\"id\":\"m7\",\"name\":\"detector\",\"parent\":\"p1\"}").status())
                .isEqualTo(201);
    }

    @Test
    void imagesAreLinkedToDatasetsAndExclusiveOnesGoWithTheirDataset() {
        api.create("dataset", "d2", "Signs 2026", 1000, null);
        var shared = api.post("/api/demo/image", "{\"id\":\"i1\",\"name\":\"stop.jpg\",\"sizeBytes\":10,\"datasets\":[\"d1\",\"d2\"]}");
        assertThat(shared.status()).isEqualTo(201);
        assertThat(api.post("/api/demo/image", "{\"id\":\"i2\",\"name\":\"yield.jpg\",\"sizeBytes\":10,\"datasets\":[\"d1\"]}")
                .status()).isEqualTo(201);
        assertThat(api.post("/api/demo/image", "{\"id\":\"i3\",\"name\":\"x.jpg\",\"datasets\":[\"d9\"]}").status())
                .isEqualTo(404);
        assertThat(api.get("/api/demo/image/i3").status()).isEqualTo(404);

        assertThat(api.delete("/api/demo/project/p1?deleteExclusiveAssets=true").status()).isEqualTo(400);
        assertThat(api.delete("/api/demo/dataset/d1?deleteExclusiveAssets=maybe").status()).isEqualTo(400);
        assertThat(api.delete("/api/demo/dataset/d1?deleteExclusiveAssets=true").status()).isEqualTo(200);
        assertThat(api.delete("/api/demo/trash/dataset/d1").status()).isEqualTo(200);
        assertThat(api.get("/api/demo/image/i1").status()).isEqualTo(200);
        assertThat(api.get("/api/demo/image/i2").status()).isEqualTo(404);
        assertThat(api.service.blobs().exists("demo", ItemRef.of("image", "i1"))).isTrue();
        assertThat(api.service.blobs().exists("demo", ItemRef.of("image", "i2"))).isFalse();
    }

    @Test
    void unknownRoutesAndMethods() {
        assertThat(api.get("/nope").status()).isEqualTo(404);
        assertThat(api.send("PUT", "/api/demo/model/m1", "{}").status()).isEqualTo(405);
    }
}

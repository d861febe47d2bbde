package dev.trash.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trash.ItemRef;
import dev.trash.PurgePolicy;
import java.time.Duration;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Listing, restore, permanent deletion, empty Trash, storage and sweep, with their error statuses. */
class TrashApiTest {

    @TempDir
    Path dir;
    ServiceFixture api;

    @BeforeEach
    void start() {
        api = ServiceFixture.memory(dir).seed();
        api.delete("/api/demo/model/m1");
        api.clock.advance(Duration.ofDays(3));
        api.delete("/api/demo/project/p1");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void listsRowsNewestFirstWithEveryField() {
        var body = api.get("/api/demo/trash").body();
        assertThat(body.path("items")).extracting(n -> n.path("id").asText()).containsExactly("p1", "m1");
        var m1 = body.path("items").get(1);
        assertThat(m1.path("type").asText()).isEqualTo("model");
        assertThat(m1.path("name").asText()).isEqualTo("detector");
        assertThat(m1.path("deletedAt").asText()).isEqualTo("2026-11-25T09:00:00.000Z");
        assertThat(m1.path("deletedBy").asText()).isEqualTo("demo");
        assertThat(m1.path("scheduledCleanupAt").asText()).isEqualTo("2026-12-25T09:00:00.000Z");
        assertThat(m1.path("daysRemaining").asLong()).isEqualTo(27);
        assertThat(m1.path("sizeBytes").asLong()).isEqualTo(120_000_000);
        assertThat(m1.path("cascadedCount").asLong()).isZero();
        assertThat(m1.path("parent").path("name").asText()).isEqualTo("Road signs");
        var p1 = body.path("items").get(0);
        assertThat(p1.path("cascadedCount").asLong()).isEqualTo(2);
        assertThat(p1.path("parent").isNull()).isTrue();
        assertThat(body.path("sections").path("project")).hasSize(1);
        assertThat(body.path("sections").path("model")).hasSize(1);
        assertThat(body.path("nextCursor").isNull()).isTrue();
        assertThat(body.path("total").asLong()).isEqualTo(2);
    }

    @Test
    void pagesAndFilters() {
        var first = api.get("/api/demo/trash?limit=1").body();
        assertThat(first.path("items")).hasSize(1);
        var second = api.get("/api/demo/trash?limit=1&cursor=" + first.path("nextCursor").asText()).body();
        assertThat(second.path("items").get(0).path("id").asText()).isEqualTo("m1");
        assertThat(second.path("nextCursor").isNull()).isTrue();
        assertThat(api.get("/api/demo/trash?type=model").body().path("items")).hasSize(1);
        assertThat(api.get("/api/demo/trash?type=gadget").status()).isEqualTo(400);
        assertThat(api.get("/api/demo/trash?limit=501").status()).isEqualTo(400);
        assertThat(api.get("/api/demo/trash?limit=0").status()).isEqualTo(400);
        assertThat(api.get("/api/demo/trash?limit=ten").status()).isEqualTo(400);
        assertThat(api.get("/api/demo/trash?cursor=garbage").status()).isEqualTo(400);
    }

    @Test
    void restoreOfAModelWhoseProjectIsInTrashIs409WithTheCoresMessage() {
        var r = api.post("/api/demo/trash/restore", "{\"type\":\"model\",\"id\":\"m1\"}");
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.error()).isEqualTo(
                "Cannot restore model \"detector\" (m1) while its parent project \"Road signs\" (p1) is in trash."
                        + " Restore the project first.");
        assertThat(r.body().path("results").get(0).path("outcome").asText()).isEqualTo("parent_in_trash");
    }

    @Test
    void restoreOneSeveralOrAll() {
        var p1 = api.post("/api/demo/trash/restore", "{\"type\":\"project\",\"id\":\"p1\"}");
        assertThat(p1.status()).isEqualTo(200);
        assertThat(p1.body().path("results").get(0).path("outcome").asText()).isEqualTo("restored");
        assertThat(api.get("/api/demo/model/m2").status()).isEqualTo(200);
        assertThat(api.get("/api/demo/model/m1").status()).isEqualTo(404);
        assertThat(api.post("/api/demo/trash/restore", "{\"type\":\"project\",\"id\":\"p1\"}").status()).isEqualTo(404);
        assertThat(api.post("/api/demo/trash/restore", "{\"type\":\"model\",\"id\":\"zz\"}").status()).isEqualTo(404);

        api.delete("/api/demo/dataset/d1");
        var bulk = api.post("/api/demo/trash/restore",
                "{\"items\":[{\"type\":\"model\",\"id\":\"m1\"},{\"type\":\"model\",\"id\":\"zz\"}]}");
        assertThat(bulk.status()).isEqualTo(200);
        assertThat(bulk.body().path("results")).extracting(n -> n.path("outcome").asText())
                .containsExactly("restored", "not_in_trash");
        assertThat(bulk.body().path("results").get(1).path("error").asText()).isNotEmpty();
        var all = api.post("/api/demo/trash/restore", "{\"all\":true}");
        assertThat(all.body().path("results")).extracting(n -> n.path("id").asText()).containsExactly("d1");
        assertThat(api.get("/api/demo/trash").body().path("items")).isEmpty();
        assertThat(api.post("/api/demo/trash/restore", "{\"what\":1}").status()).isEqualTo(400);
        assertThat(api.post("/api/demo/trash/restore", "{\"type\":\"gadget\",\"id\":\"x\"}").status()).isEqualTo(400);
    }

    @Test
    void restoreConflictNamesTheOtherItem() {
        api.post("/api/demo/trash/restore", "{\"type\":\"project\",\"id\":\"p1\"}");
        api.create("model", "m5", "detector", 1, "p1");
        var r = api.post("/api/demo/trash/restore", "{\"type\":\"model\",\"id\":\"m1\"}");
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.error()).contains("model \"detector\" (m5)");
    }

    @Test
    void purgeOneRootDeletesItsBlobs() {
        var r = api.delete("/api/demo/trash/project/p1");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().path("results")).extracting(n -> n.path("outcome").asText()).containsExactly("purged");
        assertThat(api.service.blobs().exists("demo", ItemRef.of("model", "m2"))).isFalse();
        assertThat(api.service.blobs().exists("demo", ItemRef.of("version", "v1"))).isFalse();
        assertThat(api.delete("/api/demo/trash/project/p1").status()).isEqualTo(404);
        assertThat(api.delete("/api/demo/trash/dataset/d1").status()).isEqualTo(404);
    }

    @Test
    void purgeOfAnItemInTrashOnlyThroughItsRootIs409() {
        var r = api.delete("/api/demo/trash/model/m2");
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.error()).contains("project \"Road signs\" (p1)");
    }

    @Test
    void emptyTrashNeedsTheRightCount() {
        assertThat(api.delete("/api/demo/trash").status()).isEqualTo(400);
        assertThat(api.delete("/api/demo/trash?expectedCount=x").status()).isEqualTo(400);
        var wrong = api.delete("/api/demo/trash?expectedCount=5");
        assertThat(wrong.status()).isEqualTo(409);
        assertThat(wrong.body().path("actualCount").asLong()).isEqualTo(2);
        var ok = api.delete("/api/demo/trash?expectedCount=2");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.body().path("results")).hasSize(2);
        assertThat(api.get("/api/demo/trash").body().path("items")).isEmpty();
        assertThat(api.service.blobs().exists("demo", ItemRef.of("model", "m1"))).isFalse();
        assertThat(api.service.blobs().exists("demo", ItemRef.of("dataset", "d1"))).isTrue();
    }

    @Test
    void storageCountsActiveAndTrashedBytesByType() {
        var body = api.get("/api/demo/storage").body();
        assertThat(body.path("activeBytes").asLong()).isEqualTo(2_000_000);
        assertThat(body.path("trashedBytes").asLong()).isEqualTo(500_001_000);
        assertThat(body.path("byType").path("model").path("trashedBytes").asLong()).isEqualTo(200_000_000);
    }

    @Test
    void sweepPurgesWhatIsDueAndItsBlobs() {
        api.clock.advance(Duration.ofDays(27));
        var report = api.post("/admin/sweep", "");
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.body().path("rootsPurged").asLong()).isEqualTo(1);
        assertThat(api.service.blobs().exists("demo", ItemRef.of("model", "m1"))).isFalse();
        assertThat(api.service.blobs().exists("demo", ItemRef.of("model", "m2"))).isTrue();
        api.clock.advance(Duration.ofDays(3));
        assertThat(api.post("/admin/sweep", "").body().path("rootsPurged").asLong()).isEqualTo(1);
        assertThat(api.service.blobs().exists("demo", ItemRef.of("model", "m2"))).isFalse();
        assertThat(api.get("/api/demo/trash").body().path("items")).isEmpty();
    }

    @Test
    void disabledPolicyRefusesPurgeAndEmptyWith403(@TempDir Path other) {
        try (var disabled = new ServiceFixture(other, "memory", null, PurgePolicy.DISABLED).seed()) {
            disabled.delete("/api/demo/project/p1");
            assertThat(disabled.delete("/api/demo/trash/project/p1").status()).isEqualTo(403);
            assertThat(disabled.delete("/api/demo/trash?expectedCount=1").status()).isEqualTo(403);
        }
    }

    @Test
    void protectedPolicyRefusesWhatIsNotYetDue(@TempDir Path other) {
        try (var guarded = new ServiceFixture(other, "memory", null, PurgePolicy.PROTECTED).seed()) {
            guarded.delete("/api/demo/project/p1");
            assertThat(guarded.delete("/api/demo/trash/project/p1").status()).isEqualTo(403);
            assertThat(guarded.delete("/api/demo/trash?expectedCount=1").status()).isEqualTo(403);
            guarded.clock.advance(Duration.ofDays(30));
            assertThat(guarded.delete("/api/demo/trash?expectedCount=1").status()).isEqualTo(200);
        }
    }
}

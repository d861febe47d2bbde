package dev.trash.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trash.ItemRef;
import dev.trash.PurgePolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service on an H2 file: data survives a restart, and a restart finishes the blob deletions a crash left. */
class JdbiServiceTest {

    @TempDir
    Path dir;

    private String url() {
        return "jdbc:h2:file:" + dir.resolve("db/trash").toAbsolutePath();
    }

    @Test
    void itemsAndTrashSurviveARestart() {
        try (ServiceFixture api = new ServiceFixture(dir, url(), null, PurgePolicy.ALLOWED).seed()) {
            api.delete("/api/demo/model/m1");
            api.delete("/api/demo/project/p1");
        }
        try (ServiceFixture api = new ServiceFixture(dir, url(), null, PurgePolicy.ALLOWED)) {
            assertThat(api.get("/api/demo/trash").body().path("items")).hasSize(2);
            assertThat(api.get("/api/demo/dataset").body().path("items")).hasSize(1);
            var restore = api.post("/api/demo/trash/restore", "{\"type\":\"model\",\"id\":\"m1\"}");
            assertThat(restore.status()).isEqualTo(409);
        }
    }

    @Test
    void aRestartDeletesTheBlobsOfAPurgeWhoseListenerFailed() throws Exception {
        Path blob;
        try (ServiceFixture api = new ServiceFixture(dir, url(), null, PurgePolicy.ALLOWED).seed()) {
            api.delete("/api/demo/project/p1");
            blob = api.service.blobs().path("demo", ItemRef.of("model", "m2"));
            Files.delete(blob);
            Files.createDirectories(blob.resolve("in-the-way"));
            assertThat(api.delete("/api/demo/trash/project/p1").status()).isEqualTo(200);
            assertThat(api.service.blobs().exists("demo", ItemRef.of("version", "v1"))).isFalse();
        }
        Files.delete(blob.resolve("in-the-way"));
        Files.delete(blob);
        Files.createFile(blob);
        try (ServiceFixture api = new ServiceFixture(dir, url(), null, PurgePolicy.ALLOWED,
                ServiceFixture.START.plus(Duration.ofHours(2)))) {
            assertThat(blob).doesNotExist();
        }
    }
}

package dev.trash.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trash.ItemRef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A blob the purge listener could not delete is deleted on a later dispatch, as at the next start. */
class BlobLeftoverTest {

    @TempDir
    Path dir;

    @Test
    void aFailedDeletionIsRetriedUntilTheFileIsGone() throws Exception {
        try (ServiceFixture api = ServiceFixture.memory(dir).seed()) {
            api.delete("/api/demo/model/m1");
            Path blob = api.service.blobs().path("demo", ItemRef.of("model", "m1"));
            // a non-empty folder where the file should be: deleteIfExists fails, so the listener fails
            Files.delete(blob);
            Files.createDirectories(blob.resolve("in-the-way"));

            assertThat(api.delete("/api/demo/trash/model/m1").status()).isEqualTo(200);
            assertThat(blob).isDirectory();

            Files.delete(blob.resolve("in-the-way"));
            Files.delete(blob);
            Files.createFile(blob);
            api.clock.advance(Duration.ofHours(2));
            api.service.trash().dispatcher().dispatch();
            assertThat(blob).doesNotExist();
        }
    }
}

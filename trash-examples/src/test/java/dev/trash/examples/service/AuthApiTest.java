package dev.trash.examples.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trash.PurgePolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** API keys: 401 without one, 404 outside its workspace, 403 without a permission, names in deletedBy. */
class AuthApiTest {

    private static final String KEYS = """
            # key      workspace  permissions                                  name
            owner-key  acme       view_trash,trash_project,trash_model,restore_project,restore_model,purge  alice
            viewer     acme       view_trash
            trasher    acme       trash_model,restore_model
            other-key  globex     view_trash,trash_project,purge
            root-key   *          admin,view_trash
            """;

    @TempDir
    Path dir;
    ServiceFixture api;

    @BeforeEach
    void start() {
        api = new ServiceFixture(dir, "memory", KEYS, PurgePolicy.ALLOWED).as("owner-key");
        api.post("/api/acme/project", "{\"id\":\"p1\",\"name\":\"Signs\",\"sizeBytes\":5}");
        api.post("/api/acme/model", "{\"id\":\"m1\",\"name\":\"detector\",\"sizeBytes\":5,\"parent\":\"p1\"}");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void noKeyOrAnUnknownKeyIs401() {
        assertThat(api.as(null).get("/api/acme/trash").status()).isEqualTo(401);
        assertThat(api.as("wrong").get("/api/acme/model/m1").status()).isEqualTo(401);
        assertThat(api.as(null).post("/admin/sweep", "").status()).isEqualTo(401);
        var page = api.as(null).get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body().asText()).contains("<title>Trash</title>");
    }

    @Test
    void aKeyOutsideItsWorkspaceGets404OnEveryRoute() {
        api.as("other-key");
        assertThat(api.get("/api/acme/model/m1").status()).isEqualTo(404);
        assertThat(api.get("/api/acme/model").status()).isEqualTo(404);
        assertThat(api.get("/api/acme/trash").status()).isEqualTo(404);
        assertThat(api.get("/api/acme/storage").status()).isEqualTo(404);
        assertThat(api.delete("/api/acme/model/m1").status()).isEqualTo(404);
        assertThat(api.delete("/api/acme/trash?expectedCount=0").status()).isEqualTo(404);
        assertThat(api.post("/api/acme/trash/restore", "{\"all\":true}").status()).isEqualTo(404);
        assertThat(api.post("/api/acme/project", "{\"id\":\"p2\",\"name\":\"x\"}").status()).isEqualTo(404);
        // and an item of another workspace, named through its own, is simply not there
        assertThat(api.get("/api/globex/model/m1").status()).isEqualTo(404);
        assertThat(api.delete("/api/globex/project/p1").status()).isEqualTo(404);
    }

    @Test
    void missingPermissionsAre403() {
        api.as("viewer");
        assertThat(api.get("/api/acme/model/m1").status()).isEqualTo(200);
        assertThat(api.get("/api/acme/trash").status()).isEqualTo(200);
        assertThat(api.delete("/api/acme/model/m1").status()).isEqualTo(403);
        api.as("trasher");
        assertThat(api.get("/api/acme/trash").status()).isEqualTo(403);
        assertThat(api.get("/api/acme/storage").status()).isEqualTo(403);
        assertThat(api.delete("/api/acme/project/p1").status()).isEqualTo(403);
        assertThat(api.delete("/api/acme/model/m1").status()).isEqualTo(200);
        assertThat(api.delete("/api/acme/trash/model/m1").status()).isEqualTo(403);
        assertThat(api.delete("/api/acme/trash?expectedCount=1").status()).isEqualTo(403);
        api.as("owner-key");
        assertThat(api.post("/admin/sweep", "").status()).isEqualTo(403);
    }

    @Test
    void deletedByIsTheKeysNameOrItsHashNeverTheKey() {
        api.as("trasher").delete("/api/acme/model/m1");
        api.as("owner-key").delete("/api/acme/project/p1");
        var items = api.get("/api/acme/trash").body().path("items");
        assertThat(items.get(0).path("deletedBy").asText()).isEqualTo("alice");
        assertThat(items.get(1).path("deletedBy").asText()).matches("key-[0-9a-f]{6}").doesNotContain("trasher");
    }

    @Test
    void anAdminKeyRunsTheSweepInAnyWorkspace() {
        api.as("root-key");
        assertThat(api.post("/admin/sweep", "").status()).isEqualTo(200);
        assertThat(api.get("/api/acme/trash").status()).isEqualTo(200);
        assertThat(api.get("/api/globex/trash").status()).isEqualTo(200);
    }

    @Test
    void theDemoKeyIsPrintedAtStartAndOnlyThen(@TempDir Path other) {
        assertThat(api.banner.toString()).doesNotContain("demo");
        try (var demo = ServiceFixture.memory(other)) {
            assertThat(demo.banner.toString()).contains("'demo'");
            assertThat(demo.get("/config.json").body().path("demoKey").asText()).isEqualTo("demo");
        }
        assertThat(api.get("/config.json").body().path("demoKey").isNull()).isTrue();
    }

    @Test
    void aMalformedKeysFileFailsTheStartWithItsLine() throws Exception {
        Path file = dir.resolve("bad.txt");
        Files.writeString(file, "k1 acme view_trash\nk2 acme fly\n");
        assertThatThrownBy(() -> ApiKeys.load(file, ServiceTypes.CATALOGUE))
                .hasMessageContaining("line 2").hasMessageContaining("fly");
    }
}

package dev.trash.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every 2xx is durable: the service runs as a process of its own on its default database (an H2 file under
 * {@code ./data}), is killed with SIGKILL right after its last answer, and started again on the same files;
 * every create, move to Trash and purge it acknowledged is there, round after round.
 */
class CrashDurabilityTest {

    private static final int ROUNDS = 3;
    private static final int CREATES = 9;
    private static final Pattern BANNER = Pattern.compile("Trash service on http://localhost:(\\d+)/");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();
    private final Set<String> active = new HashSet<>();
    private final Set<String> trashed = new HashSet<>();
    private final Set<String> purged = new HashSet<>();

    @Test
    void acknowledgedWorkSurvivesSigkill() throws Exception {
        for (int round = 0; round <= ROUNDS; round++) {
            Process service = start(round);
            try {
                String base = base(round);
                verify(base, round);
                if (round < ROUNDS) {
                    work(base, round);
                }
            } finally {
                // SIGKILL: no shutdown hook, no close of the database
                service.destroyForcibly().waitFor();
            }
        }
    }

    /** Creates, trashes and purges; the kill follows the last answer at once. */
    private void work(String base, int round) throws Exception {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < CREATES; i++) {
            String id = "r" + round + "-" + i;
            int status = send(base, "POST", "/api/demo/project", "{\"id\":\"" + id + "\",\"name\":\"Project " + id
                    + "\",\"sizeBytes\":" + (1000 + i) + "}").statusCode();
            assertThat(status).isEqualTo(201);
            active.add(id);
            created.add(id);
            if (i % 3 == 1) {
                String victim = created.get(i - 1);
                assertThat(send(base, "DELETE", "/api/demo/project/" + victim, null).statusCode()).isEqualTo(200);
                active.remove(victim);
                trashed.add(victim);
            }
            if (i % 3 == 2) {
                String victim = created.get(i - 2);
                assertThat(send(base, "DELETE", "/api/demo/trash/project/" + victim, null).statusCode()).isEqualTo(200);
                trashed.remove(victim);
                purged.add(victim);
            }
        }
        // the last acknowledgement before the kill is a move to Trash
        String last = created.get(CREATES - 1);
        assertThat(send(base, "DELETE", "/api/demo/project/" + last, null).statusCode()).isEqualTo(200);
        active.remove(last);
        trashed.add(last);
    }

    private void verify(String base, int round) throws Exception {
        Set<String> listed = new HashSet<>();
        for (JsonNode item : json(send(base, "GET", "/api/demo/project", null)).path("items")) {
            listed.add(item.path("id").asText());
        }
        Set<String> inTrash = new HashSet<>();
        for (JsonNode row : json(send(base, "GET", "/api/demo/trash?type=project&limit=500", null)).path("items")) {
            inTrash.add(row.path("id").asText());
        }
        assertThat(listed).as("active after restart " + round).isEqualTo(active);
        assertThat(inTrash).as("in Trash after restart " + round).isEqualTo(trashed);
        for (String id : purged) {
            assertThat(send(base, "POST", "/api/demo/trash/restore", "{\"type\":\"project\",\"id\":\"" + id + "\"}")
                    .statusCode()).as("restore of purged " + id).isEqualTo(404);
            assertThat(Files.exists(dir.resolve("data/blobs/demo/project/" + id))).as("blob of purged " + id).isFalse();
        }
        for (String id : active) {
            assertThat(Files.exists(dir.resolve("data/blobs/demo/project/" + id))).as("blob of " + id).isTrue();
        }
    }

    private Process start(int round) throws Exception {
        Path log = dir.resolve("service-" + round + ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.trash.examples.Main", "serve")
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("TRASH_"));
        builder.environment().put("TRASH_PORT", "0");
        Process process = builder.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            Matcher banner = BANNER.matcher(Files.exists(log) ? Files.readString(log) : "");
            if (banner.find()) {
                ports.add(Integer.parseInt(banner.group(1)));
                return process;
            }
            Thread.sleep(100);
        }
        process.destroyForcibly();
        throw new AssertionError("the service did not start:\n" + Files.readString(log));
    }

    private final List<Integer> ports = new ArrayList<>();

    private String base(int round) {
        return "http://localhost:" + ports.get(round);
    }

    private HttpResponse<String> send(String base, String method, String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer demo")
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return MAPPER.readTree(response.body());
    }
}

package dev.trash.examples.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trash.PurgePolicy;
import dev.trash.SettableClock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** A service on a free port over a temp folder and a settable clock, with a small HTTP client. */
final class ServiceFixture implements AutoCloseable {

    /** A response: its status and JSON body. */
    record Response(int status, JsonNode body) {
        String error() {
            return body.path("error").asText(null);
        }
    }

    static final Instant START = Instant.parse("2026-11-25T09:00:00Z");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    final SettableClock clock;
    final TrashService service;
    final ByteArrayOutputStream banner = new ByteArrayOutputStream();
    private final HttpClient http = HttpClient.newHttpClient();
    private String key = ApiKeys.DEMO_KEY;

    ServiceFixture(Path dir, String dbUrl, String keysFile, PurgePolicy policy) {
        this(dir, dbUrl, keysFile, policy, START);
    }

    /** A service whose clock starts at {@code now}, as after a restart some time later. */
    ServiceFixture(Path dir, String dbUrl, String keysFile, PurgePolicy policy, Instant now) {
        this.clock = SettableClock.at(now);
        Path keys = null;
        if (keysFile != null) {
            keys = dir.resolve("keys.txt");
            write(keys, keysFile);
        }
        ServiceConfig config = new ServiceConfig(0, dbUrl, keys, policy, clock, dir.resolve("blobs"));
        this.service = TrashService.start(config, new PrintStream(banner, true));
    }

    /** The in-memory service with the demo key. */
    static ServiceFixture memory(Path dir) {
        return new ServiceFixture(dir, "memory", null, PurgePolicy.ALLOWED);
    }

    ServiceFixture as(String newKey) {
        this.key = newKey;
        return this;
    }

    Response get(String path) {
        return send("GET", path, null);
    }

    Response post(String path, String json) {
        return send("POST", path, json);
    }

    Response delete(String path) {
        return send("DELETE", path, null);
    }

    Response send(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            boolean isJson = response.headers().firstValue("Content-Type").orElse("").startsWith("application/json");
            return new Response(response.statusCode(), body.isEmpty() ? MAPPER.nullNode()
                    : isJson ? MAPPER.readTree(body) : MAPPER.getNodeFactory().textNode(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String base() {
        return "http://localhost:" + service.port();
    }

    /** Creates an item in workspace demo through the API and checks the 201. */
    void create(String type, String id, String name, long size, String parent) {
        String body = "{\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"sizeBytes\":" + size
                + (parent == null ? "" : ",\"parent\":\"" + parent + "\"") + "}";
        Response response = post("/api/demo/" + type, body);
        if (response.status() != 201) {
            throw new AssertionError("create " + type + " " + id + ": " + response);
        }
    }

    /** p1 with models m1, m2 and version v1; dataset d1. */
    ServiceFixture seed() {
        create("project", "p1", "Road signs", 1000, null);
        create("model", "m1", "detector", 120_000_000, "p1");
        create("model", "m2", "classifier", 80_000_000, "p1");
        create("version", "v1", "v1 (640px)", 300_000_000, "p1");
        create("dataset", "d1", "Signs 2025", 2_000_000, null);
        return this;
    }

    @Override
    public void close() {
        service.close();
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

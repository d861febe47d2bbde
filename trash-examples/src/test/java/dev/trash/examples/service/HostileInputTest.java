package dev.trash.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a hostile client sends: strict JSON, content types, body and bulk limits, names and numbers out of
 * range, a foreign Host header in demo mode; and what every answer carries: security headers, no class names.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {

    @TempDir
    static Path dir;
    ServiceFixture api;

    @BeforeAll
    void start() {
        api = ServiceFixture.memory(dir).seed();
    }

    @AfterAll
    void stop() {
        api.close();
    }

    @Test
    void trailingTokensAndDuplicateKeysAre400() {
        var trailing = api.post("/api/demo/project", "{\"id\":\"t1\",\"name\":\"x\"} garbage");
        assertThat(trailing.status()).isEqualTo(400);
        assertThat(trailing.error()).startsWith("malformed JSON");
        assertThat(api.post("/api/demo/project", "{\"id\":\"t1\",\"name\":\"x\"}{}").status()).isEqualTo(400);
        var duplicate = api.post("/api/demo/project", "{\"id\":\"t1\",\"name\":\"x\",\"name\":\"y\"}");
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.error()).contains("name");
        assertThat(api.get("/api/demo/project/t1").status()).isEqualTo(404);
        assertThat(api.post("/api/demo/project", "[1,2]").status()).isEqualTo(400);
    }

    @Test
    void aBodyThatIsNotJsonIs415() {
        var form = send("POST", "/api/demo/project", "application/x-www-form-urlencoded", "{\"id\":\"t2\",\"name\":\"x\"}");
        assertThat(form.statusCode()).isEqualTo(415);
        assertThat(form.body()).contains("Content-Type: application/json");
        assertThat(send("POST", "/api/demo/trash/restore", "text/plain", "{\"all\":true}").statusCode()).isEqualTo(415);
        assertThat(send("POST", "/api/demo/project", "application/json; charset=utf-8",
                "{\"id\":\"t2\",\"name\":\"x\"}").statusCode()).isEqualTo(201);
    }

    @Test
    void aBodyOverOneMebibyteIs413WithOrWithoutItsLength() throws IOException {
        String big = "{\"id\":\"t3\",\"name\":\"" + "x".repeat(JsonBody.MAX_BYTES) + "\"}";
        var sized = api.post("/api/demo/project", big);
        assertThat(sized.status()).isEqualTo(413);
        assertThat(sized.error()).contains("1 MiB");
        String chunked = raw("POST /api/demo/project HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer demo\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                + Integer.toHexString(big.length()) + "\r\n" + big + "\r\n0\r\n\r\n");
        assertThat(chunked).startsWith("HTTP/1.1 413");
        assertThat(api.get("/api/demo/project/t3").status()).isEqualTo(404);
    }

    @Test
    void atMost500ItemsInOneBulkRequest() {
        String items = "{\"type\":\"model\",\"id\":\"m1\"},".repeat(501);
        var tooMany = api.post("/api/demo/trash/restore", "{\"items\":[" + items.substring(0, items.length() - 1) + "]}");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.error()).contains("at most 500").contains("501");
        String ok = "{\"type\":\"model\",\"id\":\"m1\"},".repeat(500);
        assertThat(api.post("/api/demo/trash/restore", "{\"items\":[" + ok.substring(0, ok.length() - 1) + "]}").status())
                .isEqualTo(200);
    }

    @Test
    void namesWithControlCharactersOrBrokenUtf16Are400() {
        assertThat(api.post("/api/demo/project", "{\"id\":\"t4\",\"name\":\"a\\u0000b\"}").error())
                .contains("control characters");
        assertThat(api.post("/api/demo/project", "{\"id\":\"t4\",\"name\":\"line\\nbreak\"}").status()).isEqualTo(400);
        assertThat(api.post("/api/demo/project", "{\"id\":\"t4\",\"name\":\"\\ud800x\"}").error()).contains("surrogate");
        assertThat(api.post("/api/demo/project", "{\"id\":\"t4\",\"name\":\"\\udc00\"}").status()).isEqualTo(400);
        assertThat(api.get("/api/demo/project/t4").status()).isEqualTo(404);
        assertThat(api.post("/api/demo/project", "{\"id\":\"t4\",\"name\":\"Ünïcode 🗑\"}").status()).isEqualTo(201);
    }

    @Test
    void sizesOutOfRangeAre400AndNeverWrapOrOverflowTotals() {
        var wraps = api.post("/api/demo/project", "{\"id\":\"t5\",\"name\":\"x\",\"sizeBytes\":18446744073709551621}");
        assertThat(wraps.status()).isEqualTo(400);
        assertThat(wraps.error()).contains("sizeBytes");
        assertThat(api.post("/api/demo/project", "{\"id\":\"t5\",\"name\":\"x\",\"sizeBytes\":9223372036854775807}")
                .status()).isEqualTo(400);
        assertThat(api.post("/api/demo/project", "{\"id\":\"t5\",\"name\":\"x\",\"sizeBytes\":1.5}").status())
                .isEqualTo(400);
        assertThat(api.get("/api/demo/project/t5").status()).isEqualTo(404);
        api.create("workflow", "big1", "big one", Validation.MAX_SIZE_BYTES, null);
        api.create("workflow", "big2", "big two", Validation.MAX_SIZE_BYTES, null);
        assertThat(api.get("/api/demo/storage").status()).isEqualTo(200);
        assertThat(api.delete("/api/demo/workflow/big1").status()).isEqualTo(200);
        assertThat(api.get("/api/demo/storage").body().path("trashedBytes").asLong()).isEqualTo(Validation.MAX_SIZE_BYTES);
    }

    @Test
    void answersCarrySecurityHeadersAndErrorsNameNoClass() throws IOException {
        var page = send("GET", "/", null, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("default-src 'self'").contains("frame-ancestors 'none'");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(send("GET", "/app.js", null, null).headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        for (String target : new String[] {"/api/demo/trash?limit=x%zz", "/api/demo/%zz/x", "/api/demo/trash%00",
                "/api/demo/model/%ff"}) {
            String answer = raw("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer demo\r\n"
                    + "Connection: close\r\n\r\n");
            assertThat(answer).as(target).startsWith("HTTP/1.1 4").doesNotContain("Exception").doesNotContain("java.")
                    .doesNotContain("springframework").doesNotContain("tomcat");
        }
        var wrongMethod = send("PATCH", "/api/demo/trash", "application/json", "{}");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.body()).doesNotContain("Exception");
    }

    @Test
    void theDemoAnswersOnlyLocalHostNamesAndListensOnLoopbackOnly() throws IOException {
        assertThat(raw("GET /config.json HTTP/1.1\r\nHost: evil.example:" + port() + "\r\nConnection: close\r\n\r\n"))
                .startsWith("HTTP/1.1 400").contains("localhost");
        assertThat(raw("GET /config.json HTTP/1.1\r\nHost: 127.0.0.1:" + port() + "\r\nConnection: close\r\n\r\n"))
                .startsWith("HTTP/1.1 200");
        Optional<InetAddress> external = externalAddress();
        if (external.isPresent()) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(external.get(), port()), 2_000);
                throw new AssertionError("the demo service accepted a connection on " + external.get());
            } catch (IOException refused) {
                // as it must: bound to 127.0.0.1
            }
        }
    }

    private int port() {
        return api.service.port();
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api.base() + path))
                .header("Authorization", "Bearer demo")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** Sends raw bytes and reads the answer's first kilobytes: for what an HTTP client library will not send. */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request.getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException closedEarly) {
                // the server may answer and close before it read everything (413): read what it said
            }
            InputStream in = socket.getInputStream();
            byte[] answer = in.readNBytes(2048);
            return new String(answer, StandardCharsets.UTF_8);
        }
    }

    private static Optional<InetAddress> externalAddress() throws IOException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    if (address instanceof Inet4Address) {
                        return Optional.of(address);
                    }
                }
            }
        }
        return Optional.empty();
    }
}

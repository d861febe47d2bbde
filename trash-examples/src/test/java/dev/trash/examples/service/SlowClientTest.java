package dev.trash.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Clients that open connections and stall cannot hold the service: others are answered, the stalled are cut. */
class SlowClientTest {

    private static final int STALLED = 64;

    @TempDir
    Path dir;

    @Test
    void sixtyFourStalledConnectionsDoNotDelayANormalRequest() throws Exception {
        try (ServiceFixture api = ServiceFixture.memory(dir).seed()) {
            List<Socket> stalled = new ArrayList<>();
            try {
                for (int i = 0; i < STALLED; i++) {
                    Socket socket = new Socket("127.0.0.1", api.service.port());
                    // half never finish their headers; half announce a body and send a byte of it
                    String start = i % 2 == 0
                            ? "GET /api/demo/trash HTTP/1.1\r\nHost: localhost\r\nAuthoriz"
                            : "POST /api/demo/project HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer demo\r\n"
                                    + "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{";
                    socket.getOutputStream().write(start.getBytes(StandardCharsets.UTF_8));
                    socket.getOutputStream().flush();
                    stalled.add(socket);
                }
                Thread.sleep(500);

                long started = System.nanoTime();
                var answer = api.get("/api/demo/trash");
                Duration took = Duration.ofNanos(System.nanoTime() - started);
                assertThat(answer.status()).isEqualTo(200);
                assertThat(took).isLessThan(Duration.ofSeconds(3));
                assertThat(api.post("/api/demo/project", "{\"id\":\"p2\",\"name\":\"fresh\"}").status()).isEqualTo(201);

                // and the server gives up on them after its timeout, instead of waiting for ever
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                for (Socket socket : stalled) {
                    assertThat(closedByServer(socket, deadline)).isTrue();
                }
            } finally {
                for (Socket socket : stalled) {
                    socket.close();
                }
            }
        }
    }

    /** Whether the server ends the connection (an answer and end of stream, or a reset) before the deadline. */
    private static boolean closedByServer(Socket socket, long deadline) throws IOException {
        InputStream in = socket.getInputStream();
        while (System.nanoTime() < deadline) {
            socket.setSoTimeout((int) Math.max(1, Duration.ofNanos(deadline - System.nanoTime()).toMillis()));
            try {
                if (in.read() == -1) {
                    return true;
                }
            } catch (SocketTimeoutException stillOpen) {
                return false;
            } catch (IOException reset) {
                return true;
            }
        }
        return false;
    }
}

package dev.trash.examples.service;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a request's JSON body, bounded and strict: at most {@value #MAX_BYTES} bytes (413), read within
 * {@link #MAX_READ_TIME} (408), a JSON content type when one is given (415), one object and nothing after
 * it, no key twice (400). A body the service cannot trust never reaches a route.
 */
final class JsonBody {

    /** The largest body the service reads: 1 MiB. */
    static final int MAX_BYTES = 1 << 20;
    /** How long one body may take to arrive, however slowly it trickles in. */
    static final Duration MAX_READ_TIME = Duration.ofSeconds(30);

    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private JsonBody() {
    }

    /** The body as a JSON object; 400, 408, 413 or 415 when it cannot be one. */
    static JsonNode read(HttpServletRequest request) {
        requireJsonContentType(request.getContentType());
        if (request.getContentLengthLong() > MAX_BYTES) {
            throw tooLarge();
        }
        return parse(readBounded(request));
    }

    /** Parses a body already read; the same rules but for its size and type. */
    static JsonNode parse(byte[] body) {
        if (body.length == 0) {
            throw ApiException.badRequest("a JSON body is required");
        }
        JsonNode node;
        try {
            node = STRICT.readTree(body);
        } catch (JacksonException e) {
            throw ApiException.badRequest("malformed JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw ApiException.badRequest("the body must be a JSON object");
        }
        return node;
    }

    /** Absent is taken as JSON (scripts often omit it); anything but {@code application/json} or {@code +json} is 415. */
    static void requireJsonContentType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return;
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
        if (!type.equals("application/json") && !(type.startsWith("application/") && type.endsWith("+json"))) {
            throw new ApiException(415, "the body must be JSON: send 'Content-Type: application/json', not '"
                    + contentType + "'");
        }
    }

    private static byte[] readBounded(HttpServletRequest request) {
        long deadline = System.nanoTime() + MAX_READ_TIME.toNanos();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try (InputStream in = request.getInputStream()) {
            int n;
            while ((n = in.read(buffer)) != -1) {
                out.write(buffer, 0, n);
                if (out.size() > MAX_BYTES) {
                    throw tooLarge();
                }
                if (System.nanoTime() > deadline) {
                    throw new ApiException(408, "the body took longer than " + MAX_READ_TIME.toSeconds()
                            + " seconds to arrive");
                }
            }
        } catch (IOException e) {
            // the server's own read timeout ends a stalled body here
            throw new ApiException(408, "the body could not be read: it stalled or the connection broke");
        }
        return out.toByteArray();
    }

    private static ApiException tooLarge() {
        return new ApiException(413, "the body is larger than " + MAX_BYTES + " bytes (1 MiB)");
    }
}

package dev.trash.examples.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trash.ItemRef;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JSON reading and writing for the service: one shared {@link ObjectMapper}, bodies built as ordered maps
 * so that the field order in answers is the one the API documents.
 */
public final class Json {

    /** Instants as the API promises them: ISO-8601 UTC, milliseconds, a {@code Z}. */
    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    /** Parses a request body; malformed JSON is a 400 naming the problem. */
    public static JsonNode parse(byte[] body) {
        if (body.length == 0) {
            throw ApiException.badRequest("a JSON body is required");
        }
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node == null || !node.isObject()) {
                throw ApiException.badRequest("the body must be a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("malformed JSON: " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw ApiException.badRequest("unreadable body: " + e.getMessage());
        }
    }

    /** Serializes an answer built from maps, lists, strings, numbers and booleans. */
    public static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + value.getClass(), e);
        }
    }

    /** An instant as {@code 2026-11-25T09:00:00.000Z}, or null. */
    public static String instant(Instant value) {
        return value == null ? null : INSTANT.format(value);
    }

    /** {@code {"type","id"}} of a reference. */
    public static Map<String, Object> ref(ItemRef ref) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("type", ref.type());
        map.put("id", ref.id());
        return map;
    }

    /** A fresh ordered map for building an answer. */
    public static Map<String, Object> object() {
        return new LinkedHashMap<>();
    }

    /** {@code {"error": message}}. */
    public static Map<String, Object> error(String message) {
        Map<String, Object> map = object();
        map.put("error", message);
        return map;
    }

    /** A string field of a request body, or null when absent; 400 when it is not a string. */
    public static String text(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw ApiException.badRequest(field + " must be a string");
        }
        return node.asText();
    }
}

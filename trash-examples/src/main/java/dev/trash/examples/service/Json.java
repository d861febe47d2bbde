package dev.trash.examples.service;

import dev.trash.ItemRef;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The shapes of the service's JSON: answers are built as ordered maps, so that the field order is the one the
 * API documents (Spring MVC writes them), and instants are formatted as the API promises.
 */
public final class Json {

    /** Instants as the API promises them: ISO-8601 UTC, milliseconds, a {@code Z}. */
    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Json() {
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
        if (!node.isString()) {
            throw ApiException.badRequest(field + " must be a string");
        }
        return node.asString();
    }
}

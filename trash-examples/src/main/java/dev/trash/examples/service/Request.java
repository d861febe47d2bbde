package dev.trash.examples.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import dev.trash.Actor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * One request as a route sees it: path variables, query parameters, the JSON body, and the caller's key
 * once {@link Router} has authenticated it.
 */
public final class Request {

    private final HttpExchange exchange;
    private final Map<String, String> path;
    private final Map<String, String> query;
    private ApiKey key;

    Request(HttpExchange exchange, Map<String, String> path) {
        this.exchange = exchange;
        this.path = Map.copyOf(path);
        this.query = parseQuery(exchange.getRequestURI().getRawQuery());
    }

    /** A path variable such as {@code ws}, {@code type} or {@code id}. */
    public String path(String name) {
        return path.get(name);
    }

    /** A query parameter, or {@code null}. */
    public String query(String name) {
        return query.get(name);
    }

    /** A boolean query parameter: absent is false; anything but true or false is a 400. */
    public boolean flag(String name) {
        String value = query.get(name);
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw ApiException.badRequest(name + " must be true or false, was '" + value + "'");
    }

    /** The body as a JSON object; 400 when it is missing or malformed. */
    public JsonNode json() {
        try {
            return Json.parse(exchange.getRequestBody().readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A request header, or {@code null}. */
    public String header(String name) {
        return exchange.getRequestHeaders().getFirst(name);
    }

    /** The authenticated key; routes behind authentication only. */
    public ApiKey key() {
        return key;
    }

    void authenticated(ApiKey value) {
        this.key = value;
    }

    /** The actor of this request in its workspace: the workspace and the key's name. */
    public Actor actor() {
        return Actor.of(path("ws"), key.name());
    }

    private static Map<String, String> parseQuery(String raw) {
        Map<String, String> params = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            params.putIfAbsent(decode(name), decode(value));
        }
        return params;
    }

    static String decode(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("malformed escape in '" + raw + "'");
        }
    }
}

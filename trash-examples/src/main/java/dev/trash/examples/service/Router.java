package dev.trash.examples.service;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Matches {@code METHOD /path/{var}} routes in the order they were added, authenticates the routes that
 * need a key, and writes every answer, errors included, as JSON. The first route whose path matches wins,
 * so fixed segments ({@code /api/{ws}/trash}) are added before variable ones ({@code /api/{ws}/{type}}).
 */
public final class Router implements HttpHandler {

    /** A route's code. */
    @FunctionalInterface
    public interface Handler {
        /** Answers the request; may throw the core's exceptions, which {@link ErrorMapper} maps. */
        Reply handle(Request request) throws Exception;
    }

    /** Who may call a route. */
    public enum Access { PUBLIC, WORKSPACE, ADMIN }

    private record Route(String method, String[] segments, Access access, Handler handler) {
    }

    private final List<Route> routes = new ArrayList<>();
    private final ApiKeys keys;

    /** A router that authenticates with {@code keys}. */
    public Router(ApiKeys keys) {
        this.keys = keys;
    }

    /** Adds a route; {@code pattern} segments in braces are variables. */
    public Router add(String method, String pattern, Access access, Handler handler) {
        routes.add(new Route(method, pattern.substring(1).split("/"), access, handler));
        return this;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Reply reply;
        try {
            reply = dispatch(exchange);
        } catch (Exception e) {
            reply = ErrorMapper.toReply(e);
        }
        byte[] bytes = reply.bytes();
        exchange.getResponseHeaders().set("Content-Type", reply.contentType());
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private Reply dispatch(HttpExchange exchange) throws Exception {
        String[] actual = exchange.getRequestURI().getRawPath().substring(1).split("/", -1);
        boolean pathMatched = false;
        for (Route route : routes) {
            Map<String, String> vars = match(route.segments(), actual);
            if (vars == null) {
                continue;
            }
            pathMatched = true;
            if (route.method().equals(exchange.getRequestMethod())) {
                Request request = new Request(exchange, vars);
                authorize(route.access(), request);
                return route.handler().handle(request);
            }
        }
        if (pathMatched) {
            return new Reply(405, Json.error("method " + exchange.getRequestMethod() + " is not allowed here"));
        }
        throw ApiException.notFound("no route for " + exchange.getRequestURI().getPath());
    }

    /** 401 without a known key; then, for workspace routes, 400 for a malformed name and 404 for a foreign one. */
    private void authorize(Access access, Request request) {
        if (access == Access.PUBLIC) {
            return;
        }
        ApiKey key = keys.authenticate(request.header("Authorization")).orElseThrow(ApiException::unauthorized);
        request.authenticated(key);
        if (access == Access.ADMIN && !key.isAdmin()) {
            throw ApiException.forbidden(key.name() + " is not an admin key");
        }
        if (access == Access.WORKSPACE) {
            String ws = Validation.requireIdentifier(request.path("ws"), "workspace");
            if (!key.isBoundTo(ws)) {
                // 404, not 403: a key must not learn which other workspaces exist
                throw ApiException.notFound("workspace " + ws + " not found");
            }
        }
    }

    private static Map<String, String> match(String[] pattern, String[] actual) {
        if (pattern.length != actual.length) {
            return null;
        }
        Map<String, String> vars = new HashMap<>();
        for (int i = 0; i < pattern.length; i++) {
            if (pattern[i].startsWith("{")) {
                vars.put(pattern[i].substring(1, pattern[i].length() - 1), Request.decode(actual[i]));
            } else if (!pattern[i].equals(actual[i])) {
                return null;
            }
        }
        return vars;
    }
}

package dev.trash.examples.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The web page: {@code index.html}, {@code app.css} and {@code app.js} from the classpath, with no build
 * step, and {@code /config.json}, which tells the page the demo key when the service runs with it.
 */
public final class StaticFiles {

    private static final Map<String, String> FILES = Map.of(
            "/", "index.html", "/app.css", "app.css", "/app.js", "app.js", "/favicon.svg", "favicon.svg",
            "/treemap.js", "treemap.js");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "svg", "image/svg+xml");

    private final String demoKey;

    /** The page's files; {@code demoKey} is prefilled in its key prompt, or null when real keys are in use. */
    public StaticFiles(String demoKey) {
        this.demoKey = demoKey;
    }

    /** Adds the public routes of the page. */
    public void register(Router router) {
        FILES.forEach((path, file) -> router.add("GET", path, Router.Access.PUBLIC, request -> serve(file)));
        router.add("GET", "/config.json", Router.Access.PUBLIC, request -> {
            Map<String, Object> json = Json.object();
            json.put("demoKey", demoKey);
            json.put("defaultWorkspace", demoKey == null ? null : "demo");
            json.put("types", ServiceTypes.CATALOGUE.names());
            return Reply.ok(json);
        });
    }

    private static Reply serve(String file) {
        try (InputStream in = StaticFiles.class.getResourceAsStream("/web/" + file)) {
            if (in == null) {
                throw ApiException.notFound(file + " is missing from the jar");
            }
            String type = TYPES.get(file.substring(file.lastIndexOf('.') + 1));
            return new Reply(200, in.readAllBytes(), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

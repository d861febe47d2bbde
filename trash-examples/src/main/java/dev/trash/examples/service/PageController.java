package dev.trash.examples.service;

import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /config.json}, which tells the web page the demo key when the service runs with it. The page's own
 * files ({@code index.html}, {@code app.js}, ...) are Spring's static resources from {@code classpath:/web/}.
 */
@RestController
final class PageController {

    private final Map<String, Object> config;

    PageController(ServiceConfig service) {
        boolean demo = service.apiKeysFile() == null;
        Map<String, Object> json = Json.object();
        json.put("demoKey", demo ? ApiKeys.DEMO_KEY : null);
        json.put("defaultWorkspace", demo ? "demo" : null);
        json.put("types", ServiceTypes.CATALOGUE.names());
        this.config = json;
    }

    @GetMapping("/config.json")
    Map<String, Object> config() {
        return config;
    }
}

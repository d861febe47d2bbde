package dev.trash.examples.service;

import dev.trash.Trash;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Trash service: an HTTP JSON API and a web page over a {@link Trash}, a Spring Boot application
 * ({@link ServiceApplication}) on Tomcat with the Trash starter.
 *
 * <pre>{@code
 * TrashService service = TrashService.start(ServiceConfig.fromEnv(System.getenv()), System.out);
 * }</pre>
 *
 * <p>The environment's settings become Spring properties here, with the limits that keep slow or hostile
 * clients from holding the service: header and body timeouts, a bound on header size, the demo key only on
 * 127.0.0.1.
 */
public final class TrashService implements AutoCloseable {

    /** How long a connection may take to send its headers, or pause while sending its body. */
    static final String CONNECTION_TIMEOUT = "10s";

    private final ConfigurableApplicationContext context;

    private TrashService(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Starts the service; it runs until {@link #close()}. */
    public static TrashService start(ServiceConfig config, PrintStream out) {
        SpringApplication application = new SpringApplication(ServiceApplication.class);
        application.setBannerMode(Banner.Mode.OFF);
        application.setLogStartupInfo(false);
        application.setDefaultProperties(new LinkedHashMap<>(properties(config)));
        application.addInitializers(context -> context.getBeanFactory().registerSingleton("serviceConfig", config));
        TrashService service = new TrashService(application.run());
        boolean demo = config.apiKeysFile() == null;
        out.printf("Trash service on http://localhost:%d/ (%s; blobs in %s; purge policy %s)%n", service.port(),
                service.context.getBean(ServiceStore.class).describe(), service.blobs().root(),
                config.purgePolicy().name().toLowerCase(Locale.ROOT));
        if (demo) {
            out.printf("No TRASH_API_KEYS: the key '%s' opens workspace 'demo' with every permission and admin.%n"
                    + "  Listening on 127.0.0.1 only.%n"
                    + "  curl -H 'Authorization: Bearer %s' http://localhost:%d/api/demo/trash%n",
                    ApiKeys.DEMO_KEY, ApiKeys.DEMO_KEY, service.port());
        }
        return service;
    }

    /** The Spring properties of a configuration: the server's limits, the store, and the starter's settings. */
    static Map<String, Object> properties(ServiceConfig config) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("server.port", config.port());
        if (config.apiKeysFile() == null) {
            // the demo key opens everything: only this machine may use it
            p.put("server.address", "127.0.0.1");
        }
        p.put("server.tomcat.connection-timeout", CONNECTION_TIMEOUT);
        p.put("server.tomcat.keep-alive-timeout", "20s");
        p.put("server.max-http-request-header-size", "16KB");
        p.put("server.error.whitelabel.enabled", false);
        p.put("spring.web.resources.static-locations", "classpath:/web/");
        p.put("spring.autoconfigure.exclude",
                "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration");
        p.put("logging.level.org.apache", "warn");
        p.put("logging.level.org.springframework", "warn");
        p.put(ServiceStoreConfiguration.STORE, storeOf(config.dbUrl()));
        p.put("trash.purge-policy", config.purgePolicy().name().toLowerCase(Locale.ROOT));
        p.put("trash.schema.initialize", "always");
        p.put("trash.sweep.cron", "0 0 3 * * *");
        p.put("trash.sweep.zone", "UTC");
        p.put("trash.dispatch.interval", "30s");
        // the service keeps its documented {"error": ...} bodies (ErrorMapper)
        p.put("trash.web.problem-details", false);
        return p;
    }

    private static String storeOf(String url) {
        if ("memory".equals(url)) {
            return "memory";
        }
        if (url.startsWith("jdbc:")) {
            return "jdbc";
        }
        throw new IllegalArgumentException("TRASH_DB_URL '" + url + "' is neither 'memory' nor a JDBC URL");
    }

    /** The port it listens on (useful with port 0). */
    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** The Trash behind the API. */
    public Trash trash() {
        return context.getBean(Trash.class);
    }

    /** Where item contents are written. */
    public BlobStore blobs() {
        return context.getBean(BlobStore.class);
    }

    /** Stops accepting requests, then stops the background work and releases the database. */
    @Override
    public void close() {
        context.close();
    }
}

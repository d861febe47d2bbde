package dev.trash.examples.service;

import com.sun.net.httpserver.HttpServer;
import dev.trash.Trash;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The Trash service: an HTTP JSON API and a web page over a {@link Trash}, on the JDK's HTTP server.
 *
 * <pre>{@code
 * TrashService service = TrashService.start(ServiceConfig.fromEnv(System.getenv()), System.out);
 * }</pre>
 *
 * <p>Wiring only: the routes, the blob store, the purge listener and the background work each live in a
 * class of their own.
 */
public final class TrashService implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService workers;
    private final ServiceStore store;
    private final Trash trash;
    private final Maintenance maintenance;
    private final BlobStore blobs;

    private TrashService(ServiceConfig config, PrintStream out) throws IOException {
        this.store = ServiceStores.open(config.dbUrl());
        this.blobs = new BlobStore(config.blobDir());
        ApiKeys keys = config.apiKeysFile() == null ? ApiKeys.demo(ServiceTypes.CATALOGUE)
                : ApiKeys.load(config.apiKeysFile(), ServiceTypes.CATALOGUE);
        // tag::wiring[]
        AtomicReference<Trash> built = new AtomicReference<>();
        this.trash = Trash.builder()
                .catalogue(ServiceTypes.CATALOGUE)
                .repository(store.repository())
                .clock(config.clock())
                .purgePolicy(config.purgePolicy())
                .authorizer(keys.authorizer())
                .listener(BlobCleaner.NAME, new BlobCleaner(built::get, blobs))
                .build();
        built.set(trash);
        // end::wiring[]
        this.maintenance = new Maintenance(trash, config.clock());

        Router router = new Router(keys);
        new StaticFiles(config.apiKeysFile() == null ? ApiKeys.DEMO_KEY : null).register(router);
        router.add("POST", "/admin/sweep", Router.Access.ADMIN, request -> Reply.ok(Maintenance.json(maintenance.sweepNow())));
        new TrashRoutes(trash).register(router);
        new ItemRoutes(trash, store, blobs).register(router);

        this.server = HttpServer.create(new InetSocketAddress(config.port()), 64);
        this.workers = Executors.newFixedThreadPool(16);
        server.setExecutor(workers);
        server.createContext("/", router);
        maintenance.start();
        server.start();
        out.printf("Trash service on http://localhost:%d/ (%s; blobs in %s; purge policy %s)%n", port(),
                store.describe(), blobs.root(), config.purgePolicy().name().toLowerCase(java.util.Locale.ROOT));
        if (config.apiKeysFile() == null) {
            out.printf("No TRASH_API_KEYS: the key '%s' opens workspace 'demo' with every permission and admin.%n"
                    + "  curl -H 'Authorization: Bearer %s' http://localhost:%d/api/demo/trash%n",
                    ApiKeys.DEMO_KEY, ApiKeys.DEMO_KEY, port());
        }
    }

    /** Starts the service; it runs until {@link #close()}. */
    public static TrashService start(ServiceConfig config, PrintStream out) {
        try {
            return new TrashService(config, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the HTTP server on port " + config.port(), e);
        }
    }

    /** The port it listens on (useful with port 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The Trash behind the API. */
    public Trash trash() {
        return trash;
    }

    /** Where item contents are written. */
    public BlobStore blobs() {
        return blobs;
    }

    /** Stops accepting requests, then releases the database. */
    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
        maintenance.close();
        store.close();
    }
}

package dev.trash.examples;

import dev.trash.examples.service.JdbiServiceStore;
import dev.trash.examples.service.ServiceConfig;
import dev.trash.examples.service.TrashService;

/** Entry point of {@code trash-examples.jar}: no argument runs the quickstart, {@code serve} the service. */
public final class Main {

    private Main() {
    }

    /** Runs the quickstart, or with {@code serve} the Trash service configured by the environment. */
    public static void main(String[] args) {
        if (args.length == 0) {
            try (JdbiServiceStore h2 = new JdbiServiceStore("jdbc:h2:mem:quickstart;DB_CLOSE_DELAY=-1")) {
                new Quickstart(h2.repository(), System.out).run();
            }
        } else if (args.length == 1 && args[0].equals("serve")) {
            TrashService service = TrashService.start(ServiceConfig.fromEnv(System.getenv()), System.out);
            Runtime.getRuntime().addShutdownHook(new Thread(service::close, "trash-shutdown"));
        } else {
            System.err.println("usage: java -jar trash-examples.jar [serve]");
            System.exit(2);
        }
    }
}

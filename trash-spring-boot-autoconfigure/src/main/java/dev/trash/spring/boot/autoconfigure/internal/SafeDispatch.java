package dev.trash.spring.boot.autoconfigure.internal;

import java.util.function.Supplier;
import dev.trash.EventDispatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dispatch that follows a committed operation. Its failure must not turn the committed operation into an
 * error (Spring rethrows what an after-commit callback throws): it is logged, and the events stay in the
 * outbox for the scheduled dispatch.
 */
public final class SafeDispatch implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(SafeDispatch.class);

    private final Supplier<EventDispatcher> dispatcher;

    /** @param dispatcher the dispatcher, looked up when first needed (it is built after the repository) */
    public SafeDispatch(Supplier<EventDispatcher> dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    public void run() {
        try {
            dispatcher.get().dispatch();
        } catch (RuntimeException e) {
            LOG.warn("Trash could not deliver the events of a committed operation now; the scheduled dispatch "
                    + "delivers them later: {}", e.toString(), e);
        }
    }
}

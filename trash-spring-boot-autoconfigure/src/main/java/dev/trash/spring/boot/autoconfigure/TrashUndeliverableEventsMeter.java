package dev.trash.spring.boot.autoconfigure;

import dev.trash.EventDispatcher;
import dev.trash.FailedDelivery;
import dev.trash.TrashQuery;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Collection;
import java.util.List;

/**
 * {@code trash.events.undeliverable{listener}}: the events each listener was given up on, read from the outbox
 * when the gauge is read (capped at {@value #CAP}: past that the number is no longer what one acts on).
 */
public final class TrashUndeliverableEventsMeter implements MeterBinder {

    static final int CAP = 10_000;

    private final EventDispatcher dispatcher;
    private final Collection<String> listeners;

    /**
     * @param dispatcher the dispatcher
     * @param listeners the listeners' stable names
     */
    public TrashUndeliverableEventsMeter(EventDispatcher dispatcher, Collection<String> listeners) {
        this.dispatcher = dispatcher;
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String listener : listeners) {
            Gauge.builder("trash.events.undeliverable", () -> count(dispatcher, listener))
                    .description("Events the listener was given up on; redeliver them through the trash endpoint")
                    .tag("listener", listener).register(registry);
        }
    }

    /** The events the listener was given up on, up to {@value #CAP}, read a page at a time. */
    static int count(EventDispatcher dispatcher, String listener) {
        int count = 0;
        long after = 0;
        List<FailedDelivery> page;
        do {
            page = dispatcher.failures(listener, true, after, TrashQuery.MAX_LIMIT);
            count += page.size();
            after = page.isEmpty() ? after : page.get(page.size() - 1).sequence();
        } while (page.size() == TrashQuery.MAX_LIMIT && count < CAP);
        return Math.min(count, CAP);
    }
}

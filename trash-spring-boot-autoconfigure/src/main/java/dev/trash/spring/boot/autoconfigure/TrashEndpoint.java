package dev.trash.spring.boot.autoconfigure;

import dev.trash.EventDispatcher;
import dev.trash.FailedDelivery;
import dev.trash.SweepReport;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * The {@code trash} Actuator endpoint: {@code GET} lists the failed deliveries of every listener (waiting
 * for a retry or given up on) and the recent failed purges; {@code POST /actuator/trash} runs a sweep now;
 * {@code POST /actuator/trash/{listener}/{sequence}} arms an undeliverable event for delivery again.
 */
@Endpoint(id = "trash")
public class TrashEndpoint {

    static final int PAGE = 100;

    private final TrashSweepRunner sweeps;
    private final EventDispatcher dispatcher;
    private final Collection<String> listeners;
    private final RecentPurgeFailures purgeFailures;

    /**
     * @param sweeps runs the sweep-now operation
     * @param dispatcher the dispatcher, for the failed deliveries
     * @param listeners the listeners' stable names
     * @param purgeFailures the recent failed purges
     */
    public TrashEndpoint(TrashSweepRunner sweeps, EventDispatcher dispatcher, Collection<String> listeners,
                         RecentPurgeFailures purgeFailures) {
        this.sweeps = sweeps;
        this.dispatcher = dispatcher;
        this.listeners = List.copyOf(listeners);
        this.purgeFailures = purgeFailures;
    }

    /** @return the failed deliveries (the first {@value #PAGE} of each kind per listener) and failed purges */
    @ReadOperation
    public Failures failures() {
        List<Delivery> deliveries = new ArrayList<>();
        for (String listener : listeners) {
            for (boolean undeliverable : new boolean[] {true, false}) {
                dispatcher.failures(listener, undeliverable, 0, PAGE).stream().map(Delivery::of).forEach(deliveries::add);
            }
        }
        return new Failures(deliveries, purgeFailures.recent(), sweeps.status());
    }

    /** @return the report of a sweep run now; its failure is answered as an error */
    @WriteOperation
    public SweepReport sweep() {
        return sweeps.sweep();
    }

    /**
     * Arms an undeliverable event for delivery again, and dispatches.
     *
     * @param listener the listener's stable name
     * @param sequence the event's sequence in the outbox
     * @return whether there was such an event
     */
    @WriteOperation
    public Map<String, Object> redeliver(@Selector String listener, @Selector long sequence) {
        boolean armed = dispatcher.redeliver(listener, sequence);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("listener", listener);
        answer.put("sequence", sequence);
        answer.put("redelivered", armed);
        if (armed) {
            answer.put("delivered", dispatcher.dispatch());
        }
        return answer;
    }

    /**
     * What the read operation answers.
     *
     * @param deliveries failed deliveries
     * @param purges recent failed purges, newest first
     * @param sweep how the sweeps of this instance went
     */
    public record Failures(List<Delivery> deliveries, List<RecentPurgeFailures.FailedPurge> purges,
                           TrashSweepRunner.SweepStatus sweep) {
    }

    /**
     * A failed delivery.
     *
     * @param listener the listener
     * @param sequence the event's sequence, to redeliver it by
     * @param kind the event's kind, null if the outbox no longer holds it
     * @param tenant the event's tenant
     * @param entryId the Trash entry the event is about
     * @param attempts the attempts so far
     * @param lastError the listener's last error
     * @param undeliverable whether it was given up on (else it waits for a retry)
     */
    public record Delivery(String listener, long sequence, String kind, String tenant, Long entryId, int attempts,
                           String lastError, boolean undeliverable) {

        static Delivery of(FailedDelivery d) {
            return new Delivery(d.listener(), d.sequence(), d.event() == null ? null : d.event().kind().name(),
                    d.event() == null ? null : d.event().tenant(), d.event() == null ? null : d.event().entryId(),
                    d.attempts(), d.lastError(), d.undeliverable());
        }
    }
}

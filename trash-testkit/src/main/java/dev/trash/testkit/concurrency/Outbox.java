package dev.trash.testkit.concurrency;

import dev.trash.TrashEvent;
import dev.trash.spi.OutboxEvent;
import dev.trash.testkit.model.LiveTrash;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The store's event outbox, which the public API does not show: read through the port, and checked for
 * events written twice (a purge two racing callers both carried out, say).
 */
final class Outbox {

    private static final int ALL = 100_000;

    private Outbox() {
    }

    /**
     * Every event written: those still in the outbox and those delivered, which a sweep's cleanup may have
     * removed from it since; an event both delivered and still there counts once (by its id).
     */
    static List<OutboxEvent> read(LiveTrash live) {
        List<OutboxEvent> stored = live.repository().inTransaction(tx -> tx.eventsAfter(0, ALL));
        Set<String> ids = stored.stream().map(e -> e.event().eventId()).collect(Collectors.toSet());
        List<OutboxEvent> written = new ArrayList<>(stored);
        for (TrashEvent event : live.delivered()) {
            if (ids.add(event.eventId())) {
                written.add(new OutboxEvent(0, event));
            }
        }
        return written;
    }

    /** Each event that is in the outbox more than once: one kind of thing happens to an entry once. */
    static List<String> duplicates(List<OutboxEvent> outbox) {
        Map<String, Long> times = outbox.stream().map(OutboxEvent::event).collect(Collectors.groupingBy(
                e -> e.tenant() + " " + e.kind() + " of entry #" + e.entryId() + " (" + e.root() + ")",
                TreeMap::new, Collectors.counting()));
        List<String> problems = new ArrayList<>();
        times.forEach((event, count) -> {
            if (count > 1) {
                problems.add("outbox: " + event + " is there " + count + " times");
            }
        });
        return problems;
    }

    /** Per tenant, the events as "KIND type id", sorted: comparable with the model's audit lines. */
    static Map<String, List<String>> linesByTenant(List<OutboxEvent> outbox) {
        Function<TrashEvent, String> line = e -> e.kind() + " " + e.root();
        return outbox.stream().map(OutboxEvent::event).collect(Collectors.groupingBy(TrashEvent::tenant,
                TreeMap::new, Collectors.mapping(line, Collectors.collectingAndThen(Collectors.toList(),
                        l -> l.stream().sorted().toList()))));
    }
}

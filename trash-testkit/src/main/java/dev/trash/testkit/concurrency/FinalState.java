package dev.trash.testkit.concurrency;

import dev.trash.spi.OutboxEvent;
import dev.trash.testkit.model.IdSpace;
import dev.trash.testkit.model.Observation;
import dev.trash.testkit.model.Observation.RowView;
import dev.trash.testkit.model.Observation.TenantObservation;
import dev.trash.testkit.model.ReferenceTrash;
import dev.trash.testkit.model.StoreView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the store shows after a history, in the form the model's state after a serial order is compared
 * with: everything a user sees, and the events and audit lines written, each as a multiset.
 *
 * <p>Two things are compared without their order. The listing of entries trashed at one instant is ordered
 * by store id, which a store hands out at insert, not at commit: two racing trashes may be numbered against
 * the serial order that explains them (that the listing is newest first by time, then id, the
 * {@code StoreInvariants} check). Events and audit lines of racing operations interleave the same way.
 */
final class FinalState {

    private static final Comparator<RowView> BY_ROOT = Comparator.comparing(r -> r.root().toString());

    private final Observation seen;
    private final Map<String, List<String>> audit = new TreeMap<>();
    private final Map<String, List<String>> outbox;

    FinalState(StoreView view, List<OutboxEvent> events) {
        this.seen = unordered(view.observation());
        view.tenants().forEach((tenant, v) -> audit.put(tenant,
                v.audit().stream().map(a -> a.operation() + " " + a.root()).sorted().toList()));
        this.outbox = Outbox.linesByTenant(events);
    }

    /** How the store differs from the model's state; empty when it is the same. */
    List<String> differencesFrom(ReferenceTrash model) {
        List<String> diffs = new ArrayList<>(seen.differencesFrom(unordered(model.observe())));
        for (String tenant : IdSpace.TENANTS) {
            List<String> want = model.auditOf(tenant).stream().sorted().toList();
            if (!want.equals(audit.getOrDefault(tenant, List.of()))) {
                diffs.add(tenant + " audit lines: expected " + want + " but were " + audit.get(tenant));
            }
            if (!want.equals(outbox.getOrDefault(tenant, List.of()))) {
                diffs.add(tenant + " outbox events: expected " + want + " but were " + outbox.get(tenant));
            }
        }
        return diffs;
    }

    private static Observation unordered(Observation observation) {
        Map<String, TenantObservation> tenants = new TreeMap<>();
        observation.tenants().forEach((tenant, o) -> tenants.put(tenant, new TenantObservation(o.items(),
                o.rows().stream().sorted(BY_ROOT).toList(), o.counts(), o.storage())));
        return new Observation(tenants);
    }
}

package dev.trash.testkit.model;

import dev.trash.ItemRef;
import dev.trash.TrashResult;
import dev.trash.testkit.StoreUnderTest;
import java.util.List;
import java.util.Objects;

/**
 * The model-free property "trash(X) then restore(X) gives back the exact previous state": after any script,
 * trash an active item and restore it at once; everything the API shows, store ids of other entries
 * included, must be as before (only the audit trail grows).
 */
public final class RoundTrip {

    private RoundTrip() {
    }

    /** Runs the script, then the round trip on the {@code pick}-th active item of the first tenant. */
    public static void check(StoreUnderTest store, Scenario scenario, int pick) {
        Scenario concrete = scenario.resolved();
        LiveTrash live = new LiveTrash(store, concrete.purgePolicy());
        ReferenceTrash model = new ReferenceTrash(LiveTrash.START, concrete.purgePolicy()); // resolves relative steps
        for (Operation op : concrete.operations()) {
            Operation step = op.resolve(model);
            step.applyTo(live);
            step.applyTo(model);
        }
        List<ItemRef> active = model.activeItems(IdSpace.T1, null);
        if (active.isEmpty()) {
            return;
        }
        ItemRef target = active.get(Math.floorMod(pick, active.size()));
        StoreView before = live.view();
        TrashResult trashed = live.trash().moveToTrash(live.actor(IdSpace.T1), target);
        live.trash().restore(live.actor(IdSpace.T1), target);
        StoreView after = live.view();
        for (String tenant : IdSpace.TENANTS) {
            StoreView.TenantView was = before.tenants().get(tenant);
            StoreView.TenantView is = after.tenants().get(tenant);
            check(trashed.created(), "the trash of active " + target + " created no entry", concrete, target);
            check(was.items().equals(is.items()), tenant + " items differ: " + changes(was, is), concrete, target);
            check(was.rows().equals(is.rows()), tenant + " listing differs", concrete, target);
            check(was.counts().equals(is.counts()) && was.storage().equals(is.storage())
                    && was.visible().equals(is.visible()) && was.entryItems().equals(is.entryItems()),
                    tenant + " counts, storage, visibility or entry items differ", concrete, target);
        }
        check(Objects.equals(before.observation(), after.observation()), "observations differ", concrete, target);
    }

    private static String changes(StoreView.TenantView was, StoreView.TenantView is) {
        StringBuilder out = new StringBuilder();
        java.util.Set<ItemRef> refs = new java.util.LinkedHashSet<>(was.items().keySet());
        refs.addAll(is.items().keySet());
        for (ItemRef ref : refs) {
            if (!Objects.equals(was.items().get(ref), is.items().get(ref))) {
                out.append("\n  ").append(ref).append(": before ").append(was.items().get(ref))
                        .append(", after ").append(is.items().get(ref));
            }
        }
        return out.toString();
    }

    private static void check(boolean ok, String problem, Scenario scenario, ItemRef target) {
        if (!ok) {
            throw new AssertionError("trash " + target + " then restore " + target + " did not give back the state: "
                    + problem + "\nafter script, " + scenario);
        }
    }
}

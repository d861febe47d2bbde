package dev.trash.testkit.model;

import static org.quicktheories.generators.Generate.constant;
import static org.quicktheories.generators.Generate.frequency;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;

import dev.trash.ItemRef;
import dev.trash.PurgePolicy;
import dev.trash.testkit.ContractTypes;
import java.time.Duration;
import java.util.List;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * QuickTheories generators of {@link Scenario}s over the small {@link IdSpace}. Creates come first in the
 * mix because shrinking moves every choice towards the first alternative: an irrelevant step shrinks into
 * a create, which most failing scripts need anyway.
 */
public final class ScriptGenerators {

    private static final List<Duration> NOTABLE_DURATIONS = List.of(Duration.ofSeconds(1), Duration.ofHours(1),
            Duration.ofDays(1), Duration.ofDays(2), Duration.ofDays(6), Duration.ofDays(7), Duration.ofDays(10),
            Duration.ofDays(29), Duration.ofDays(30), Duration.ofDays(31));

    private ScriptGenerators() {
    }

    /** Scenarios of {@code minOps} to {@code maxOps} operations, mostly under the ALLOWED purge policy. */
    public static Gen<Scenario> scenarios(int minOps, int maxOps) {
        Gen<PurgePolicy> policy = frequency(Pair.of(6, constant(PurgePolicy.ALLOWED)),
                Pair.of(2, constant(PurgePolicy.PROTECTED)), Pair.of(1, constant(PurgePolicy.DISABLED)));
        Gen<List<Operation>> scripts = SourceDSL.lists().of(operations()).ofSizeBetween(minOps, maxOps);
        return policy.zip(scripts, Scenario::new).describedAs(Scenario::toString);
    }

    /** One operation of any kind. */
    public static Gen<Operation> operations() {
        return frequency(List.of(
                Pair.of(30, creates()),
                Pair.of(18, moves()),
                Pair.of(12, restores()),
                Pair.of(6, tenants().zip(refs(), Operation.Purge::new)),
                Pair.of(5, links()),
                Pair.of(3, tenants().zip(refLists(), Operation.BulkRestore::new)),
                Pair.of(3, tenants().zip(refLists(), Operation.BulkPurge::new)),
                Pair.of(3, tenants().map((String tenant) -> new Operation.RestoreAll(tenant))),
                Pair.of(3, tenants().zip(pick(List.of(0, 0, 1, -1)), Operation.EmptyTrash::new)),
                Pair.of(5, constant(new Operation.Sweep())),
                Pair.of(6, durations().map((Duration by) -> new Operation.Advance(by))),
                Pair.of(6, range(0, 2).zip(SourceDSL.booleans().all(), Operation.AdvanceToCleanup::new))));
    }

    /** Mostly the first tenant; the second catches leaks between tenants. */
    static Gen<String> tenants() {
        return frequency(Pair.of(5, constant(IdSpace.T1)), Pair.of(1, constant(IdSpace.T2)));
    }

    static Gen<ItemRef> refs() {
        return pick(IdSpace.refs());
    }

    private static Gen<List<ItemRef>> refLists() {
        return SourceDSL.lists().of(refs()).ofSizeBetween(1, 3).map((List<ItemRef> list) -> list.stream().distinct().toList());
    }

    private static Gen<Operation> creates() {
        return pick(IdSpace.types()).flatMap(type -> tenants().zip(pick(IdSpace.idsOf(type)), pick(IdSpace.NAMES),
                Generate.longRange(0, 999), parentIds(type),
                (tenant, id, name, size, parent) -> new Operation.Create(tenant, ItemRef.of(type, id), name, size,
                        parent.isEmpty() ? null : parent)));
    }

    /** A parent id of the catalogue's parent type, or "" for none (folders may sit at the top). */
    private static Gen<String> parentIds(String type) {
        return switch (type) {
            case ContractTypes.MODEL, ContractTypes.VERSION -> pick(IdSpace.idsOf(ContractTypes.PROJECT));
            case ContractTypes.FOLDER -> pick(List.of("", "", "f1", "f2", "f3", "f4"));
            default -> constant("");
        };
    }

    private static Gen<Operation> links() {
        return tenants().zip(pick(IdSpace.refsOf(ContractTypes.DATASET)), pick(IdSpace.refsOf(ContractTypes.IMAGE)),
                Operation.Link::new);
    }

    /** The flag mostly on datasets, now and then on another type, which must be refused. */
    private static Gen<Operation> moves() {
        return tenants().zip(refs(), range(0, 19), (tenant, ref, dice) -> new Operation.MoveToTrash(tenant, ref,
                ref.type().equals(ContractTypes.DATASET) ? dice < 10 : dice == 0));
    }

    private static Gen<Operation> restores() {
        Gen<int[]> options = frequency(Pair.of(5, constant(new int[] {0, 0})), Pair.of(3, constant(new int[] {1, 0})),
                Pair.of(2, constant(new int[] {0, 1})), Pair.of(1, constant(new int[] {1, 1})));
        return tenants().zip(refs(), options,
                (tenant, ref, o) -> new Operation.Restore(tenant, ref, o[0] == 1, o[1] == 1));
    }

    private static Gen<Duration> durations() {
        return frequency(Pair.of(3, pick(NOTABLE_DURATIONS)),
                Pair.of(1, Generate.longRange(1, Duration.ofDays(40).toSeconds()).map((Long seconds) -> Duration.ofSeconds(seconds))));
    }
}

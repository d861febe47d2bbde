package dev.trash.testkit.model;

import static org.quicktheories.generators.Generate.constant;
import static org.quicktheories.generators.Generate.frequency;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;

import dev.trash.ItemRef;
import dev.trash.PurgePolicy;
import dev.trash.testkit.ContractTypes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
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

    /**
     * Scenarios of a setup of up to {@code maxSetup} creates, parents first, followed by {@code minOps} to
     * {@code maxOps} operations of every kind, mostly under the ALLOWED purge policy. Without the setup, most
     * operations of a short random script would meet items that do not exist yet.
     */
    public static Gen<Scenario> scenarios(int maxSetup, int minOps, int maxOps) {
        Gen<PurgePolicy> policy = frequency(Pair.of(6, constant(PurgePolicy.ALLOWED)),
                Pair.of(2, constant(PurgePolicy.PROTECTED)), Pair.of(1, constant(PurgePolicy.DISABLED)));
        Gen<Operation> creatingOrLinking = frequency(Pair.of(5, creates().map((Operation.Create c) -> (Operation) c)),
                Pair.of(1, links().zip(range(0, 50), (op, pick) -> new Operation.Aimed(pick, op))));
        Gen<List<Operation>> setup = SourceDSL.lists().of(creatingOrLinking).ofSizeBetween(0, maxSetup)
                .map((List<Operation> steps) -> steps.stream().sorted(PARENTS_FIRST).toList());
        Gen<List<Operation>> script = SourceDSL.lists().of(operations()).ofSizeBetween(minOps, maxOps);
        return policy.zip(setup, script, (p, prefix, ops) -> {
            List<Operation> all = new ArrayList<>(prefix);
            all.addAll(ops);
            return new Scenario(p, all);
        }).describedAs(ScriptGenerators::describe);
    }

    /** The concrete script, which reads as a story; the raw one should the model itself fail. */
    private static String describe(Scenario scenario) {
        try {
            return scenario.resolved().toString();
        } catch (RuntimeException e) {
            return scenario + "\n(could not resolve: " + e + ")";
        }
    }

    /** Top-level types, then folders by id (a folder may sit in one with a smaller id), then owned types, then links. */
    private static final Comparator<Operation> PARENTS_FIRST = Comparator
            .comparingInt((Operation op) -> !(op instanceof Operation.Create c) ? 3 : switch (c.ref().type()) {
                case ContractTypes.FOLDER -> 1;
                case ContractTypes.MODEL, ContractTypes.VERSION -> 2;
                default -> 0;
            })
            .thenComparing(op -> op instanceof Operation.Create c ? c.ref().id() : "");

    /** One operation of any kind. */
    public static Gen<Operation> operations() {
        return frequency(List.of(
                Pair.of(26, aimedMostly(creates().map((Operation.Create c) -> (Operation) c), 1)),
                Pair.of(22, aimedMostly(moves(), 3)),
                Pair.of(14, aimedMostly(restores(), 4)),
                Pair.of(7, aimedMostly(tenants().zip(refs(), Operation.Purge::new), 4)),
                Pair.of(7, aimedMostly(links(), 4)),
                Pair.of(3, aimedMostly(tenants().zip(refLists(), Operation.BulkRestore::new), 2)),
                Pair.of(3, aimedMostly(tenants().zip(refLists(), Operation.BulkPurge::new), 2)),
                Pair.of(3, tenants().map((String tenant) -> new Operation.RestoreAll(tenant))),
                Pair.of(3, tenants().zip(pick(List.of(0, 0, 1, -1)), Operation.EmptyTrash::new)),
                Pair.of(5, constant(new Operation.Sweep())),
                Pair.of(6, durations().map((Duration by) -> new Operation.Advance(by))),
                Pair.of(6, range(0, 2).zip(SourceDSL.booleans().all(), Operation.AdvanceToCleanup::new))));
    }

    /**
     * The operation aimed at the state {@code aimed} times in {@code aimed + 1}, else with its fixed ids (which
     * keep "not found", other tenants' items and the like coming). Aimed comes first, as shrinking's target.
     */
    private static Gen<Operation> aimedMostly(Gen<Operation> fixed, int aimed) {
        return frequency(Pair.of(aimed, fixed.zip(range(0, 50), (op, pick) -> new Operation.Aimed(pick, op))),
                Pair.of(1, fixed));
    }

    /** Mostly the first tenant; the second catches leaks between tenants. */
    static Gen<String> tenants() {
        return frequency(Pair.of(7, constant(IdSpace.T1)), Pair.of(1, constant(IdSpace.T2)));
    }

    /**
     * An id of the type, the first ones far more often than the last: operations then mostly meet items
     * that exist, while the rare ids still give "not found" and fresh siblings.
     */
    static Gen<String> ids(String type) {
        List<String> ids = IdSpace.idsOf(type);
        List<Pair<Integer, Gen<String>>> weighted = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            weighted.add(Pair.of(Math.max(1, 8 >> i), constant(ids.get(i))));
        }
        return frequency(weighted);
    }

    /** Mostly the same name, so that unique-name types clash on create and on restore. */
    static Gen<String> names() {
        return frequency(Pair.of(4, constant(IdSpace.NAMES.get(0))), Pair.of(2, constant(IdSpace.NAMES.get(1))),
                Pair.of(1, constant(IdSpace.NAMES.get(2))));
    }

    /** A type, the nesting ones and datasets more often: that is where the rules are. */
    static Gen<String> types() {
        return frequency(List.of(
                Pair.of(3, constant(ContractTypes.PROJECT)),
                Pair.of(3, constant(ContractTypes.MODEL)),
                Pair.of(3, constant(ContractTypes.FOLDER)),
                Pair.of(1, constant(ContractTypes.VERSION)),
                Pair.of(3, constant(ContractTypes.DATASET)),
                Pair.of(2, constant(ContractTypes.IMAGE)),
                Pair.of(1, constant(ContractTypes.WORKFLOW))));
    }

    static Gen<ItemRef> refs() {
        return types().flatMap(type -> ids(type).map((String id) -> ItemRef.of(type, id)));
    }

    private static Gen<List<ItemRef>> refLists() {
        return SourceDSL.lists().of(refs()).ofSizeBetween(1, 3)
                .map((List<ItemRef> list) -> list.stream().distinct().toList());
    }

    private static Gen<Operation.Create> creates() {
        return types().flatMap(type -> tenants().zip(ids(type), names(),
                Generate.longRange(0, 999), parentIds(type),
                (tenant, id, name, size, parent) -> new Operation.Create(tenant, ItemRef.of(type, id), name, size,
                        parent.isEmpty() ? null : parent)));
    }

    /** A parent id of the catalogue's parent type, or "" for none (folders may sit at the top). */
    private static Gen<String> parentIds(String type) {
        return switch (type) {
            case ContractTypes.MODEL, ContractTypes.VERSION -> ids(ContractTypes.PROJECT);
            case ContractTypes.FOLDER -> frequency(Pair.of(2, constant("")), Pair.of(3, ids(ContractTypes.FOLDER)));
            default -> constant("");
        };
    }

    private static Gen<Operation> links() {
        return tenants().zip(ids(ContractTypes.DATASET).map((String id) -> ItemRef.of(ContractTypes.DATASET, id)),
                ids(ContractTypes.IMAGE).map((String id) -> ItemRef.of(ContractTypes.IMAGE, id)),
                Operation.Link::new);
    }

    /**
     * The flag mostly on datasets (a quarter of all moves are flagged datasets, since shared assets need
     * several steps to set up), now and then on another type, which must be refused.
     */
    private static Gen<Operation> moves() {
        Gen<Operation> any = tenants().zip(refs(), range(0, 19), (tenant, ref, dice) -> new Operation.MoveToTrash(
                tenant, ref, ref.type().equals(ContractTypes.DATASET) ? dice < 10 : dice == 0));
        Gen<Operation> flaggedDataset = tenants().zip(ids(ContractTypes.DATASET),
                (tenant, id) -> new Operation.MoveToTrash(tenant, ItemRef.of(ContractTypes.DATASET, id), true));
        return frequency(Pair.of(3, any), Pair.of(1, flaggedDataset));
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

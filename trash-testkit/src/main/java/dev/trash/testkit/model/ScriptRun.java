package dev.trash.testkit.model;

import dev.trash.AuditRecord;
import dev.trash.ItemRef;
import dev.trash.TrashEvent;
import dev.trash.testkit.StoreUnderTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Runs one {@link Scenario} step by step against a real Trash and the {@link ReferenceTrash}, and after
 * every step compares the outcome, everything the API shows, the audit lines written, and the model-free
 * invariants; a failed operation must also have left the store as it was.
 */
public final class ScriptRun {

    private final StoreUnderTest store;
    private final Scenario scenario;
    private final List<Operation> resolved = new ArrayList<>();

    private ScriptRun(StoreUnderTest store, Scenario scenario) {
        this.store = store;
        this.scenario = scenario;
    }

    /**
     * Runs the scenario, made concrete first (see {@link Scenario#resolved()}); throws {@link ScriptFailure}
     * at the first step that goes wrong, naming the concrete script.
     */
    public static void check(StoreUnderTest store, Scenario scenario) {
        new ScriptRun(store, scenario.resolved()).run();
    }

    /** A create as the store keeps it: without a size or a name where it has no column for them. */
    private Operation asStored(Operation step) {
        if (!(step instanceof Operation.Create c)) {
            return step;
        }
        String type = c.ref().type();
        return new Operation.Create(c.tenant(), c.ref(), store.typesWithoutName().contains(type) ? c.ref().id() : c.name(),
                store.typesWithoutSize().contains(type) ? 0 : c.sizeBytes(), c.parentId());
    }

    private void run() {
        LiveTrash live = new LiveTrash(store, scenario.purgePolicy());
        ReferenceTrash model = new ReferenceTrash(LiveTrash.START, scenario.purgePolicy());
        StoreView before = live.view();
        Object snapshotBefore = live.snapshot();
        List<String> problems = new ArrayList<>(before.observation().differencesFrom(model.observe()));
        failIfAny(-1, problems);
        for (int i = 0; i < scenario.operations().size(); i++) {
            Operation step = asStored(scenario.operations().get(i).resolve(model));
            resolved.add(step);
            ReferenceTrash modelBefore = model.copy();
            int deliveredBefore = live.delivered().size();
            Outcome actual = step.applyTo(live);
            Outcome expected = step.applyTo(model);
            StoreView after = live.view();
            Object snapshotAfter = live.snapshot();
            if (!actual.equals(expected)) {
                problems.add("outcome: expected " + expected + " but was " + actual);
            }
            if (actual.isFailure() && !after.equals(before)) {
                problems.add("the failed operation changed what the API shows");
            }
            if (actual.isFailure() && !Objects.equals(snapshotBefore, snapshotAfter)) {
                problems.add("the failed operation changed the store's snapshot");
            }
            problems.addAll(after.observation().differencesFrom(model.observe()));
            problems.addAll(StoreInvariants.violations(after));
            Instant auditCutoff = step instanceof Operation.Sweep
                    ? live.clock().instant().minus(LiveTrash.AUDIT_RETENTION) : Instant.MIN;
            problems.addAll(auditProblems(before, after, auditCutoff, modelBefore, model));
            problems.addAll(eventProblems(live.delivered().subList(deliveredBefore, live.delivered().size()),
                    modelBefore, model));
            failIfAny(i, problems);
            before = after;
            snapshotBefore = snapshotAfter;
        }
    }

    private void failIfAny(int step, List<String> problems) {
        if (!problems.isEmpty()) {
            throw new ScriptFailure(scenario, resolved, step, problems);
        }
    }

    /**
     * The events a step delivered must be the model's, each exactly once: every purge's event reaches the
     * listener before the sweep's cleanup may remove it from the outbox.
     */
    private static List<String> eventProblems(List<TrashEvent> delivered, ReferenceTrash modelBefore,
                                              ReferenceTrash model) {
        List<String> problems = new ArrayList<>();
        for (String tenant : IdSpace.TENANTS) {
            List<String> got = delivered.stream().filter(e -> e.tenant().equals(tenant))
                    .map(e -> e.kind() + " " + e.root()).toList();
            List<String> want = model.auditOf(tenant).subList(modelBefore.auditOf(tenant).size(),
                    model.auditOf(tenant).size());
            if (!sorted(got).equals(sorted(want))) {
                problems.add(tenant + " events delivered: expected " + want + " but were " + got);
            }
        }
        return problems;
    }

    /**
     * The audit lines a step wrote must be the model's, in an order where nested entries are purged before
     * the entries around them and ancestors restored before their descendants. Of the earlier lines, a sweep
     * removes exactly those older than {@code cutoff} (the audit retention); every other step keeps them all.
     */
    private static List<String> auditProblems(StoreView before, StoreView after, Instant cutoff,
                                              ReferenceTrash modelBefore, ReferenceTrash model) {
        List<String> problems = new ArrayList<>();
        for (String tenant : IdSpace.TENANTS) {
            List<AuditRecord> old = before.tenants().get(tenant).audit().stream()
                    .filter(a -> !a.at().isBefore(cutoff)).toList();
            List<AuditRecord> now = after.tenants().get(tenant).audit();
            if (now.size() < old.size() || !now.subList(0, old.size()).equals(old)) {
                problems.add(tenant + " audit: earlier lines changed (a sweep removes exactly those past the audit retention)");
                continue;
            }
            List<AuditRecord> written = now.subList(old.size(), now.size());
            List<String> got = written.stream().map(a -> a.operation() + " " + a.root()).toList();
            List<String> want = model.auditOf(tenant).subList(modelBefore.auditOf(tenant).size(),
                    model.auditOf(tenant).size());
            if (!sorted(got).equals(sorted(want))) {
                problems.add(tenant + " audit lines written: expected " + want + " but were " + got);
            }
            for (int i = 0; i < written.size(); i++) {
                for (int j = i + 1; j < written.size(); j++) {
                    ItemRef first = written.get(i).root();
                    ItemRef later = written.get(j).root();
                    String kind = written.get(i).operation().name();
                    if (!kind.equals(written.get(j).operation().name())) {
                        continue;
                    }
                    if (kind.equals("PURGED") && modelBefore.isProperAncestor(tenant, first, later)) {
                        problems.add(tenant + " audit: " + first + " purged before " + later + ", which is nested in it");
                    }
                    if (kind.equals("RESTORED") && modelBefore.isProperAncestor(tenant, later, first)) {
                        problems.add(tenant + " audit: " + first + " restored before its ancestor " + later);
                    }
                }
            }
        }
        return problems;
    }

    private static List<String> sorted(List<String> lines) {
        return lines.stream().sorted().toList();
    }
}

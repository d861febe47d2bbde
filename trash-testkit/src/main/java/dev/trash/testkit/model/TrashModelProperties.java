package dev.trash.testkit.model;

import dev.trash.testkit.StoreUnderTest;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.generators.Generate;

/**
 * Model-based property tests every store runs: random scripts of operations over a small id space, run
 * against a real Trash over the store and against the {@link ReferenceTrash}, compared after every step
 * (see {@link ScriptRun}). Subclass it with the store under test.
 *
 * <p>System properties: {@code trash.property.examples} (scripts per property, default 1000),
 * {@code trash.property.seed} (a fixed seed, to replay a failure), {@code trash.property.shrinks} (shrink
 * cycles, default 2000). A failure reports QuickTheories' shrunk script and, shorter still, the same with
 * every removable step removed.
 */
public abstract class TrashModelProperties {

    /** The most creates and links before the script proper. */
    protected static final int MAX_SETUP = 16;
    /** The longest script after the setup. */
    protected static final int MAX_STEPS = 40;

    /** The store under test. */
    protected abstract StoreUnderTest store();

    /** How many scripts to run; a slow store may lower the default. */
    protected int examples() {
        return Integer.getInteger("trash.property.examples", 1000);
    }

    @Test
    void theStoreBehavesLikeTheReferenceModel() {
        AtomicReference<ScriptFailure> shortest = new AtomicReference<>();
        try {
            theory().forAll(ScriptGenerators.scenarios(MAX_SETUP, 1, MAX_STEPS)).checkAssert(scenario -> {
                try {
                    ScriptRun.check(store(), scenario);
                } catch (ScriptFailure f) {
                    shortest.accumulateAndGet(f, (a, b) -> a == null
                            || b.scenario().operations().size() < a.scenario().operations().size() ? b : a);
                    throw f;
                }
            });
        } catch (AssertionError e) {
            if (shortest.get() == null) {
                throw e;
            }
            ScriptFailure minimal = ScriptMinimizer.minimize(shortest.get(), s -> ScriptRun.check(store(), s));
            AssertionError report = new AssertionError("Minimal failing script (shrunk further by dropping steps):\n"
                    + minimal.getMessage() + "\n\nQuickTheories' report follows.\n" + e.getMessage());
            report.addSuppressed(e);
            throw report;
        }
    }

    @Test
    void trashThenRestoreGivesBackTheExactPreviousState() {
        theory().forAll(ScriptGenerators.scenarios(MAX_SETUP, 0, MAX_STEPS / 2), Generate.range(0, 50))
                .checkAssert((scenario, pick) -> RoundTrip.check(store(), scenario, pick));
    }

    private QuickTheory theory() {
        QuickTheory qt = QuickTheory.qt()
                .withExamples(examples())
                .withShrinkCycles(Integer.getInteger("trash.property.shrinks", 2000));
        String seed = System.getProperty("trash.property.seed");
        if (seed != null && !seed.isBlank()) {
            qt = qt.withFixedSeed(Long.parseLong(seed.trim()));
        }
        return qt;
    }
}

package dev.trash.testkit;

import static dev.trash.testkit.ContractTypes.WORKFLOW;
import static dev.trash.testkit.TrashFixture.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trash.ItemRef;
import dev.trash.SettableClock;
import dev.trash.Trash;
import dev.trash.TrashListener;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One dispatcher per listener at a time, across instances, however long a delivery run takes: the lease a
 * run starts with is renewed while it delivers.
 */
public abstract class DispatchLeaseContract {

    /** The store under test. */
    protected abstract StoreUnderTest store();

    private TrashFixture fx;

    @BeforeEach
    void newFixture() {
        fx = new TrashFixture(store());
    }

    private Trash instance(TrashListener listener) {
        return Trash.builder().catalogue(ContractTypes.catalogue()).repository(fx.repository()).clock(fx.clock())
                .dispatchAfterCommit(false).listener("slow", listener).build();
    }

    @Test
    void aSlowListenerKeepsItsLeaseSoASecondInstanceWaits() {
        SettableClock clock = fx.clock();
        List<String> byFirst = new CopyOnWriteArrayList<>();
        List<String> bySecond = new CopyOnWriteArrayList<>();
        Trash second = instance(event -> bySecond.add(event.root().id()));
        Trash first = instance(event -> {
            byFirst.add(event.root().id());
            clock.advance(Duration.ofSeconds(90)); // each delivery takes 90 s of a 2-minute lease
            second.dispatcher().dispatch(); // meanwhile, another instance's scheduled dispatch runs
        });
        for (String id : List.of("w1", "w2", "w3")) {
            fx.create(WORKFLOW, id);
            first.moveToTrash(ALICE, ItemRef.of(WORKFLOW, id));
        }

        assertThat(first.dispatcher().dispatch()).isEqualTo(3);
        assertThat(byFirst).containsExactly("w1", "w2", "w3");
        assertThat(bySecond).isEmpty();
        assertThat(second.dispatcher().dispatch()).isZero();
    }
}

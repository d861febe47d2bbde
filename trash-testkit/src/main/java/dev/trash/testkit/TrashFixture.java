package dev.trash.testkit;

import dev.trash.Actor;
import dev.trash.ItemRef;
import dev.trash.Resource;
import dev.trash.SettableClock;
import dev.trash.Trash;
import dev.trash.TrashEvent;
import dev.trash.TrashItem;
import dev.trash.TypeCatalogue;
import dev.trash.spi.TrashRepository;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/**
 * A Trash over a fresh repository of the store under test, with a settable clock, two tenants and a
 * listener that records every event: the common ground of the contract tests.
 */
public final class TrashFixture {

    /** The instant every fixture's clock starts at: a sweep time, 03:00 UTC. */
    public static final Instant START = Instant.parse("2026-01-05T03:00:00Z");

    /** Alice in workspace ws1. */
    public static final Actor ALICE = Actor.of("ws1", "alice");
    /** Bob in workspace ws2. */
    public static final Actor BOB = Actor.of("ws2", "bob");

    private final StoreUnderTest store;
    private final TypeCatalogue catalogue = ContractTypes.catalogue();
    private final TrashRepository repository;
    private final SettableClock clock = SettableClock.at(START);
    private final List<TrashEvent> events = new CopyOnWriteArrayList<>();
    private Trash trash;

    /** A fixture over a new repository of {@code store}. */
    public TrashFixture(StoreUnderTest store) {
        this.store = store;
        this.repository = store.newRepository(catalogue);
        this.trash = rebuild(b -> b);
    }

    /** Replaces the Trash with one configured by {@code customizer}, over the same repository and clock. */
    public Trash rebuild(UnaryOperator<Trash.Builder> customizer) {
        trash = customizer.apply(store.configure(Trash.builder())
                .catalogue(catalogue)
                .repository(repository)
                .clock(clock)
                .listener("recorder", events::add)).build();
        return trash;
    }

    /** The Trash under test. */
    public Trash trash() {
        return trash;
    }

    /** The clock. */
    public SettableClock clock() {
        return clock;
    }

    /** The repository under test. */
    public TrashRepository repository() {
        return repository;
    }

    /** Every event delivered so far, in order. */
    public List<TrashEvent> events() {
        return events;
    }

    /** The store's whole state, for "nothing changed" checks. */
    public Object snapshot() {
        return store.snapshot(repository);
    }

    /** Creates a top-level item in alice's workspace. */
    public ItemRef create(String type, String id) {
        return create(ALICE, type, id, null, 100);
    }

    /** Creates an item owned by {@code parentId} in alice's workspace. */
    public ItemRef create(String type, String id, String parentId) {
        return create(ALICE, type, id, parentId, 100);
    }

    /** Creates an item with its name equal to its id. */
    public ItemRef create(Actor actor, String type, String id, String parentId, long size) {
        TrashItem item = trash.create(actor, new Resource(ItemRef.of(type, id), id, size, parentId));
        return item.ref();
    }

    /** Alice's view of whether the item is visible. */
    public boolean visible(ItemRef ref) {
        return trash.isVisible(ALICE, ref);
    }
}

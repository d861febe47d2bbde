package dev.trash.testkit.model;

import dev.trash.Actor;
import dev.trash.PurgePolicy;
import dev.trash.RetentionPolicy;
import dev.trash.SettableClock;
import dev.trash.Trash;
import dev.trash.TrashEvent;
import dev.trash.spi.TrashRepository;
import dev.trash.testkit.ContractTypes;
import dev.trash.testkit.StoreUnderTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The real thing under test: a {@link Trash} over a fresh repository of the store, with a settable clock and a
 * listener that records every event delivered. Its audit retention is short enough for scripts to reach it,
 * so that sweeps clean the audit trail and the outbox as they go.
 */
public final class LiveTrash {

    /** Where every script's clock starts: a whole second, so every later instant is one too. */
    public static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    /**
     * Retention with every kind of rule, so that nested entries fall due before, with and after their
     * ancestors. {@link ReferenceTrash} restates it.
     */
    public static final RetentionPolicy RETENTION = RetentionPolicy.builder()
            .forType(ContractTypes.FOLDER, Duration.ofDays(7))
            .forTenant(IdSpace.T2, Duration.ofDays(10))
            .forTenantAndType(IdSpace.T2, ContractTypes.MODEL, Duration.ofDays(1))
            .build();

    /** How long the sweep keeps audit lines: a few of the scripts' clock moves. */
    public static final Duration AUDIT_RETENTION = Duration.ofDays(60);

    private final StoreUnderTest store;
    private final TrashRepository repository;
    private final SettableClock clock;
    private final PurgePolicy purgePolicy;
    private final Trash trash;
    private final List<TrashEvent> delivered;

    /** A Trash over a new, empty repository of {@code store}. */
    public LiveTrash(StoreUnderTest store, PurgePolicy purgePolicy) {
        this(store, store.newRepository(ContractTypes.catalogue()), SettableClock.at(START), purgePolicy,
                new CopyOnWriteArrayList<>());
    }

    private LiveTrash(StoreUnderTest store, TrashRepository repository, SettableClock clock, PurgePolicy purgePolicy,
                      List<TrashEvent> delivered) {
        this.delivered = delivered;
        this.store = store;
        this.repository = repository;
        this.clock = clock;
        this.purgePolicy = purgePolicy;
        this.trash = store.configure(Trash.builder())
                .catalogue(ContractTypes.catalogue())
                .repository(repository)
                .clock(clock)
                .retention(RETENTION)
                .purgePolicy(purgePolicy)
                .auditRetention(AUDIT_RETENTION)
                .listener("model-recorder", delivered::add)
                .build();
    }

    /** The facade. */
    public Trash trash() {
        return trash;
    }

    /**
     * A second Trash over the same repository whose own clock stands {@code offset} ahead of this one's, as
     * another service instance with a skewed clock would: a sweep there runs "at a moved clock" while the
     * operations of this one keep their time.
     */
    public LiveTrash aheadBy(Duration offset) {
        return new LiveTrash(store, repository, SettableClock.at(clock.instant().plus(offset)), purgePolicy,
                delivered);
    }

    /** The repository under the facade, for checks the public API cannot make (the outbox). */
    public TrashRepository repository() {
        return repository;
    }

    /**
     * Every event delivered so far, by this Trash and those {@linkplain #aheadBy ahead of it}: outlives the
     * outbox rows the sweep cleans up.
     */
    public List<TrashEvent> delivered() {
        return delivered;
    }

    /** The clock the facade reads. */
    public SettableClock clock() {
        return clock;
    }

    /** The actor of a tenant. */
    public Actor actor(String tenant) {
        return Actor.of(tenant, "alice");
    }

    /** The store's own snapshot of its whole state, for "a failure changed nothing". */
    public Object snapshot() {
        return store.snapshot(repository);
    }

    /** Reads everything the API shows of both tenants. */
    public StoreView view() {
        return StoreView.read(this);
    }
}

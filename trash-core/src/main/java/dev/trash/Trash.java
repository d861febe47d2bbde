package dev.trash;

import dev.trash.internal.Bulk;
import dev.trash.internal.Dispatch;
import dev.trash.internal.Listing;
import dev.trash.internal.MoveToTrash;
import dev.trash.internal.Purge;
import dev.trash.internal.Resources;
import dev.trash.internal.Restore;
import dev.trash.internal.Sweep;
import dev.trash.internal.SweepSettings;
import dev.trash.internal.TrashContext;
import dev.trash.spi.TrashRepository;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The Trash of a host service: move to Trash, restore, delete permanently, list, sweep.
 *
 * <pre>{@code
 * Trash trash = Trash.builder()
 *     .catalogue(types)
 *     .repository(new InMemoryTrashRepository())
 *     .clock(Clock.systemUTC())
 *     .build();
 * trash.moveToTrash(Actor.of("ws1", "alice"), ItemRef.of("project", "p1"));
 * }</pre>
 *
 * <p>Every operation is scoped to the actor's tenant, checks the actor's permission, and either completes
 * atomically or throws a {@link TrashException} having changed nothing. Thread-safe.
 */
public final class Trash {

    private final TrashContext context;
    private final Resources resources;
    private final MoveToTrash moveToTrash;
    private final Restore restore;
    private final Purge purge;
    private final Bulk bulk;
    private final Listing listing;
    private final TrashSweeper sweeper;
    private final EventDispatcher dispatcher;
    private final boolean dispatchAfterCommit;
    private final TrashMetrics metrics;
    private final Builder settings;

    private Trash(Builder b) {
        this.settings = b.copy();
        this.context = new TrashContext(b.catalogue, b.repository, b.clock, b.retention, b.purgePolicy,
                b.authorizer, b.hooks, b.purgeHooks, b.trashCountsTowardQuota);
        this.resources = new Resources(context);
        this.moveToTrash = new MoveToTrash(context);
        this.restore = new Restore(context);
        this.purge = new Purge(context);
        this.bulk = new Bulk(context, restore, purge);
        this.listing = new Listing(context);
        Dispatch dispatch = new Dispatch(b.repository, b.listeners, b.clock, b.retryPolicy);
        this.dispatcher = new EventDispatcher(dispatch);
        this.dispatchAfterCommit = b.dispatchAfterCommit;
        this.metrics = b.metrics;
        this.sweeper = new TrashSweeper(new Sweep(context,
                new SweepSettings(b.sweepBatchSize, b.sweepBudget, b.sweepLease, b.eventRetention,
                        b.auditRetention), this::afterCommit, dispatch, b.metrics));
    }

    /** Starts a Trash; a catalogue and a repository are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Adds an active resource; its parent must be active. For stores Trash owns: hosts of the JDBI adapter insert their own rows. */
    public TrashItem create(Actor actor, Resource resource) {
        present(actor, "actor");
        return resources.create(actor, present(resource, "resource"));
    }

    /** Records that {@code owner} references the shared {@code asset}, such as a dataset an image. */
    public void linkAsset(Actor actor, ItemRef owner, ItemRef asset) {
        present(actor, "actor");
        resources.link(actor, present(owner, "owner"), present(asset, "asset"));
    }

    /** The item in the actor's tenant, whatever its state; empty for another tenant's item. */
    public java.util.Optional<TrashItem> find(Actor actor, ItemRef ref) {
        present(actor, "actor");
        context.typeOf(present(ref, "ref"));
        return context.repository().read(tx -> tx.findItem(actor.tenant(), ref));
    }

    /** Whether the item exists and neither it nor any ancestor is in Trash. */
    public boolean isVisible(Actor actor, ItemRef ref) {
        return find(actor, ref).map(TrashItem::isActive).orElse(false);
    }

    /** Moves the item and its active descendants to Trash, with default options. */
    public TrashResult moveToTrash(Actor actor, ItemRef ref) {
        return moveToTrash(actor, ref, TrashOptions.defaults());
    }

    /** Moves the item and its active descendants to Trash; an item already in Trash is returned unchanged. */
    public TrashResult moveToTrash(Actor actor, ItemRef ref, TrashOptions options) {
        present(actor, "actor");
        present(ref, "ref");
        present(options, "options");
        return dispatching("trash", ref.type(), () -> moveToTrash.apply(actor, ref, options));
    }

    /** What {@link #moveToTrash} would move; changes nothing. */
    public Preview previewTrash(Actor actor, ItemRef ref) {
        return moveToTrash.preview(present(actor, "actor"), present(ref, "ref"));
    }

    /** Restores the item's entry; fails while a parent is in Trash. */
    public RestoreResult restore(Actor actor, ItemRef ref) {
        return restore(actor, ref, RestoreOptions.defaults());
    }

    /** Restores the item's entry with the given policy. */
    public RestoreResult restore(Actor actor, ItemRef ref, RestoreOptions options) {
        present(actor, "actor");
        present(ref, "ref");
        present(options, "options");
        return dispatching("restore", ref.type(), () -> restore.apply(actor, ref, options));
    }

    /** Deletes a Trash root permanently, with everything below it. */
    public PurgeResult purge(Actor actor, ItemRef ref) {
        present(actor, "actor");
        present(ref, "ref");
        return dispatching("purge", ref.type(), () -> purge.apply(actor, ref));
    }

    /** What {@link #purge} would remove, exclusive assets included; changes nothing. */
    public Preview previewPurge(Actor actor, ItemRef ref) {
        return purge.preview(present(actor, "actor"), present(ref, "ref"));
    }

    /** Restores many items, parents first, each atomically; an outcome per item, in the order given. */
    public List<BulkOutcome> restoreAll(Actor actor, Collection<ItemRef> items) {
        present(actor, "actor");
        Identifiers.requireElements(items, "items");
        return dispatchingBulk("restore", () -> bulk.restore(actor, items, RestoreOptions.defaults()));
    }

    /** Restores every root of the actor's Trash. */
    public List<BulkOutcome> restoreAll(Actor actor) {
        present(actor, "actor");
        return dispatchingBulk("restore", () -> bulk.restoreAll(actor));
    }

    /** Purges many roots, children first, each atomically; an outcome per item, in the order given. */
    public List<BulkOutcome> purgeAll(Actor actor, Collection<ItemRef> items) {
        present(actor, "actor");
        Identifiers.requireElements(items, "items");
        return dispatchingBulk("purge", () -> bulk.purge(actor, items));
    }

    /**
     * Purges every entry of the actor's Trash, if it holds exactly the number of entries the user confirmed
     * ("Delete all 3 items?"); otherwise {@link TrashCountMismatchException} and nothing changes.
     */
    public PurgeResult emptyTrash(Actor actor, long expectedCount) {
        present(actor, "actor");
        return dispatching("empty_trash", "all", () -> purge.emptyTrash(actor, expectedCount));
    }

    /** One page of the actor's Trash, newest first. */
    public TrashPage list(Actor actor, TrashQuery query) {
        return listing.page(present(actor, "actor"), present(query, "query"));
    }

    /** How many roots the actor's Trash shows, of one type or all ({@code null}). */
    public long count(Actor actor, String typeOrNull) {
        if (typeOrNull != null) {
            Identifiers.requireKey(typeOrNull, "type", InputLimits.TYPE);
        }
        return listing.count(present(actor, "actor"), typeOrNull);
    }

    /** Active and trashed bytes of the actor's tenant, by type. */
    public StorageUsage storageUsage(Actor actor) {
        return listing.storage(present(actor, "actor"));
    }

    /**
     * A page of the items a trashed entry holds, for listeners of {@link TrashEvent.Kind#TRASHED}; {@code limit}
     * is 1 to {@link TrashQuery#MAX_LIMIT}.
     */
    public List<TrashItem> entryItems(String tenant, long entryId, ItemRef after, int limit) {
        Identifiers.requireKey(tenant, "tenant", InputLimits.TENANT);
        Identifiers.requireLimit(limit);
        return context.repository().read(tx -> tx.itemsOfEntry(tenant, entryId, after, limit));
    }

    /**
     * A page of what a purge removed, for listeners of {@link TrashEvent.Kind#PURGED}; {@code limit} is 1 to
     * {@link TrashQuery#MAX_LIMIT}.
     */
    public List<PurgedItem> purgedItems(String tenant, long entryId, ItemRef after, int limit) {
        Identifiers.requireKey(tenant, "tenant", InputLimits.TENANT);
        Identifiers.requireLimit(limit);
        return context.repository().read(tx -> tx.purgedItems(tenant, entryId, after, limit));
    }

    /** A page of the actor's audit trail; {@code limit} is 1 to {@link TrashQuery#MAX_LIMIT}. */
    public List<AuditRecord> audit(Actor actor, long afterSequence, int limit) {
        present(actor, "actor");
        Identifiers.requireLimit(limit);
        context.authorize(actor, Permission.VIEW_TRASH);
        return context.repository().read(tx -> tx.audit(actor.tenant(), afterSequence, limit));
    }

    /** The expiry sweeper of this Trash. */
    public TrashSweeper sweeper() {
        return sweeper;
    }

    /** The event dispatcher of this Trash. */
    public EventDispatcher dispatcher() {
        return dispatcher;
    }

    /**
     * This Trash working through another repository, typically one joined to the host's open transaction
     * (the JDBI adapter's {@code joining(handle)}), so that a host can trash a project and write its own rows
     * atomically. It never dispatches events itself: they are not committed until the host commits, and the
     * host's scheduled {@link EventDispatcher#dispatch()} delivers them afterwards.
     */
    public Trash using(TrashRepository joinedRepository) {
        return settings.copy().repository(joinedRepository).dispatchAfterCommit(false).build();
    }

    /** The catalogue of types. */
    public TypeCatalogue catalogue() {
        return context.catalogue();
    }

    /** A required argument: null is a malformed request, not a programming error deep inside a rule. */
    private static <T> T present(T value, String what) {
        return Identifiers.requirePresent(value, what);
    }

    /** Runs the operation, counts its outcome and, once it has committed, hands its events to the listeners. */
    private <T> T dispatching(String name, String type, Supplier<T> operation) {
        T result;
        try {
            result = operation.get();
        } catch (RuntimeException e) {
            metrics.operation(name, type, TrashMetrics.outcomeOf(e));
            throw e;
        }
        metrics.operation(name, type, TrashMetrics.SUCCESS);
        afterCommit();
        return result;
    }

    /** A bulk operation: each item's outcome is counted as an operation of its own. */
    private List<BulkOutcome> dispatchingBulk(String name, Supplier<List<BulkOutcome>> operation) {
        List<BulkOutcome> outcomes = operation.get();
        for (BulkOutcome outcome : outcomes) {
            metrics.operation(name, outcome.item().type(), outcome.succeeded() ? TrashMetrics.SUCCESS
                    : outcome.status().name().toLowerCase(java.util.Locale.ROOT));
        }
        afterCommit();
        return outcomes;
    }

    private void afterCommit() {
        if (dispatchAfterCommit) {
            dispatcher.dispatch();
        }
    }

    /**
     * Configures a {@link Trash}; each setter checks its argument at once. Every duration is positive and at
     * most {@link RetentionPolicy#MAX}, like a retention.
     */
    public static final class Builder {

        private TypeCatalogue catalogue;
        private TrashRepository repository;
        private Clock clock = Clock.systemUTC();
        private RetentionPolicy retention = RetentionPolicy.defaults();
        private PurgePolicy purgePolicy = PurgePolicy.ALLOWED;
        private Authorizer authorizer = Authorizer.ALLOW_ALL;
        private final List<BeforeTrashHook> hooks = new ArrayList<>();
        private final List<BeforePurgeHook> purgeHooks = new ArrayList<>();
        private final Map<String, TrashListener> listeners = new LinkedHashMap<>();
        private boolean trashCountsTowardQuota = true;
        private boolean dispatchAfterCommit = true;
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private int sweepBatchSize = 100;
        private Duration sweepBudget = Duration.ofMinutes(10);
        private Duration sweepLease = Duration.ofMinutes(5);
        private Duration eventRetention = Duration.ofDays(7);
        private Duration auditRetention = Duration.ofDays(400);
        private TrashMetrics metrics = TrashMetrics.NONE;

        private Builder() {
        }

        /** The registered types (required). */
        public Builder catalogue(TypeCatalogue value) {
            this.catalogue = Objects.requireNonNull(value, "catalogue");
            return this;
        }

        /** Where state lives (required). */
        public Builder repository(TrashRepository value) {
            this.repository = Objects.requireNonNull(value, "repository");
            return this;
        }

        /** The clock all times come from; UTC system clock by default. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** Retention per type and tenant; 30 days by default. */
        public Builder retention(RetentionPolicy value) {
            this.retention = Objects.requireNonNull(value, "retention");
            return this;
        }

        /** Whether permanent deletion on request is allowed; ALLOWED by default. */
        public Builder purgePolicy(PurgePolicy value) {
            this.purgePolicy = Objects.requireNonNull(value, "purgePolicy");
            return this;
        }

        /** Who may do what; everyone everything by default. */
        public Builder authorizer(Authorizer value) {
            this.authorizer = Objects.requireNonNull(value, "authorizer");
            return this;
        }

        /** Adds a hook that may veto a move to Trash. */
        public Builder beforeTrash(BeforeTrashHook hook) {
            hooks.add(Objects.requireNonNull(hook, "hook"));
            return this;
        }

        /**
         * Adds a hook that runs inside every purge transaction, before the host's rows are deleted, with the
         * ids to be deleted per type: where the host deletes or detaches rows of its other tables that
         * reference them. Hooks run in the order added.
         */
        public Builder beforePurge(BeforePurgeHook hook) {
            purgeHooks.add(Objects.requireNonNull(hook, "hook"));
            return this;
        }

        /**
         * Adds a listener under a stable name; the name keys its position in the outbox, so keep it across
         * restarts.
         */
        public Builder listener(String name, TrashListener listener) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("listener name must not be blank");
            }
            if (name.length() > InputLimits.LISTENER) {
                throw new IllegalArgumentException("listener name must be at most " + InputLimits.LISTENER
                        + " characters, was " + name.length());
            }
            if (listeners.putIfAbsent(name, Objects.requireNonNull(listener, "listener")) != null) {
                throw new IllegalArgumentException("listener '" + name + "' is registered twice");
            }
            return this;
        }

        /** Whether trashed bytes count toward a tenant's quota; true by default. */
        public Builder trashCountsTowardQuota(boolean value) {
            this.trashCountsTowardQuota = value;
            return this;
        }

        /** Whether each operation delivers its events before returning; true by default. */
        public Builder dispatchAfterCommit(boolean value) {
            this.dispatchAfterCommit = value;
            return this;
        }

        /** How a failing listener is retried; 10 attempts with backoff from 1 second to 1 hour by default. */
        public Builder retryPolicy(RetryPolicy value) {
            this.retryPolicy = Objects.requireNonNull(value, "retryPolicy");
            return this;
        }

        /** Entries purged per sweeper transaction, 1 to 10,000; 100 by default. */
        public Builder sweepBatchSize(int value) {
            if (value < 1 || value > 10_000) {
                throw new IllegalArgumentException("sweepBatchSize must be between 1 and 10000, was " + value);
            }
            this.sweepBatchSize = value;
            return this;
        }

        /** How long one sweep may run before it stops with work left; 10 minutes by default. */
        public Builder sweepBudget(Duration value) {
            this.sweepBudget = Durations.positiveUpToMax(value, "sweepBudget");
            return this;
        }

        /**
         * How long a sweeper's claim on an entry keeps other sweepers off it; 5 minutes by default. Longer
         * than the purge of one batch takes, or another sweeper takes the batch over while it still runs.
         */
        public Builder sweepLease(Duration value) {
            this.sweepLease = Durations.positiveUpToMax(value, "sweepLease");
            return this;
        }

        /**
         * How long the sweep keeps an event that no registered listener still has to take up: every event
         * when no listener is registered (so that a host that dispatches later still finds it), and an event
         * a listener failed on or gave up on (so that it can be redelivered). 7 days by default. Events every
         * listener has taken up leave at the next sweep.
         */
        public Builder eventRetention(Duration value) {
            this.eventRetention = Durations.positiveUpToMax(value, "eventRetention");
            return this;
        }

        /** How long the sweep keeps audit lines; 400 days by default. */
        public Builder auditRetention(Duration value) {
            this.auditRetention = Durations.positiveUpToMax(value, "auditRetention");
            return this;
        }

        /** Where operations and sweeps are reported for metrics; {@link TrashMetrics#NONE} by default. */
        public Builder metrics(TrashMetrics value) {
            this.metrics = Objects.requireNonNull(value, "metrics");
            return this;
        }

        private Builder copy() {
            Builder copy = new Builder();
            copy.catalogue = catalogue;
            copy.repository = repository;
            copy.clock = clock;
            copy.retention = retention;
            copy.purgePolicy = purgePolicy;
            copy.authorizer = authorizer;
            copy.hooks.addAll(hooks);
            copy.purgeHooks.addAll(purgeHooks);
            copy.listeners.putAll(listeners);
            copy.trashCountsTowardQuota = trashCountsTowardQuota;
            copy.dispatchAfterCommit = dispatchAfterCommit;
            copy.retryPolicy = retryPolicy;
            copy.sweepBatchSize = sweepBatchSize;
            copy.sweepBudget = sweepBudget;
            copy.sweepLease = sweepLease;
            copy.eventRetention = eventRetention;
            copy.auditRetention = auditRetention;
            copy.metrics = metrics;
            return copy;
        }

        /** Builds the Trash. */
        public Trash build() {
            if (catalogue == null) {
                throw new IllegalStateException("a TypeCatalogue is required: call catalogue(...)");
            }
            if (repository == null) {
                throw new IllegalStateException("a TrashRepository is required: call repository(...)");
            }
            return new Trash(this);
        }
    }
}

package dev.trash;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * How long an item stays in Trash. Precedence: (tenant, type), then tenant, then type, then the default
 * of 30 days. The retention is applied once, when the item is trashed: changing it later does not move
 * the {@code scheduledCleanupAt} of items already in Trash.
 */
public final class RetentionPolicy {

    /** The default retention: 30 days. */
    public static final Duration DEFAULT = Duration.ofDays(30);

    /**
     * The longest retention, 36,500 days (about a century): a cleanup time must stay a date every store can
     * hold (epoch milliseconds in the JDBI adapter), so a longer one is refused when the policy is built
     * rather than overflowing when an item is trashed.
     */
    public static final Duration MAX = Duration.ofDays(36_500);

    private final Duration fallback;
    private final Map<String, Duration> byType;
    private final Map<String, Duration> byTenant;
    private final Map<String, Duration> byTenantAndType;

    private RetentionPolicy(Builder b) {
        this.fallback = b.fallback;
        this.byType = Map.copyOf(b.byType);
        this.byTenant = Map.copyOf(b.byTenant);
        this.byTenantAndType = Map.copyOf(b.byTenantAndType);
    }

    /** 30 days for everything. */
    public static RetentionPolicy defaults() {
        return builder().build();
    }

    /** Starts a policy. */
    public static Builder builder() {
        return new Builder();
    }

    /** The retention of an item of {@code type} trashed in {@code tenant}. */
    public Duration retentionOf(String tenant, String type) {
        Duration d = byTenantAndType.get(tenant + '\u0000' + type);
        if (d == null) {
            d = byTenant.get(tenant);
        }
        if (d == null) {
            d = byType.get(type);
        }
        return d == null ? fallback : d;
    }

    /** Collects retentions; each must be positive and at most {@link #MAX}. */
    public static final class Builder {

        private Duration fallback = DEFAULT;
        private final Map<String, Duration> byType = new HashMap<>();
        private final Map<String, Duration> byTenant = new HashMap<>();
        private final Map<String, Duration> byTenantAndType = new HashMap<>();

        private Builder() {
        }

        /** Replaces the 30-day default. */
        public Builder defaultRetention(Duration retention) {
            this.fallback = positive(retention);
            return this;
        }

        /** Retention of one type in every tenant. */
        public Builder forType(String type, Duration retention) {
            byType.put(Identifiers.requireText(type, "type"), positive(retention));
            return this;
        }

        /** Retention of every type in one tenant. */
        public Builder forTenant(String tenant, Duration retention) {
            byTenant.put(Identifiers.requireText(tenant, "tenant"), positive(retention));
            return this;
        }

        /** Retention of one type in one tenant; wins over every other rule. */
        public Builder forTenantAndType(String tenant, String type, Duration retention) {
            byTenantAndType.put(Identifiers.requireText(tenant, "tenant") + '\u0000'
                    + Identifiers.requireText(type, "type"), positive(retention));
            return this;
        }

        /** Builds the immutable policy. */
        public RetentionPolicy build() {
            return new RetentionPolicy(this);
        }

        private static Duration positive(Duration retention) {
            return Durations.positiveUpToMax(retention, "retention");
        }
    }
}

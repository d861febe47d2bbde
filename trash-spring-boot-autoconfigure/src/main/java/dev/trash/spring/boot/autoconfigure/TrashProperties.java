package dev.trash.spring.boot.autoconfigure;

import dev.trash.PurgePolicy;
import dev.trash.RetentionPolicy;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.sql.init.DatabaseInitializationMode;

/**
 * The {@code trash.*} properties.
 *
 * @param enabled whether Trash is configured at all
 * @param retention how long entries stay in Trash
 * @param purgePolicy whether users may delete permanently before retention ends
 * @param trashCountsTowardQuota whether trashed bytes count toward a tenant's quota
 * @param sweep the scheduled expiry sweep
 * @param dispatch the scheduled event dispatch
 * @param schema the creation of Trash's own tables
 * @param health the {@code trash} health indicator
 * @param web the problem-detail error responses
 * @param security how granted authorities name Trash's permissions
 */
@ConfigurationProperties("trash")
public record TrashProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue Retention retention,
        @DefaultValue("allowed") PurgePolicy purgePolicy,
        @DefaultValue("true") boolean trashCountsTowardQuota,
        @DefaultValue Sweep sweep,
        @DefaultValue Dispatch dispatch,
        @DefaultValue Schema schema,
        @DefaultValue Health health,
        @DefaultValue Web web,
        @DefaultValue Security security) {

    /**
     * Retention.
     *
     * @param period how long an entry stays in Trash unless its type says otherwise
     * @param types the retention of each type that differs, by type name
     */
    public record Retention(@DefaultValue("30d") Duration period, Map<String, Duration> types) {

        /** Fills in an empty map when no type is named. */
        public Retention {
            types = types == null ? Map.of() : Map.copyOf(types);
        }

        /** @return the policy these settings describe */
        public RetentionPolicy toPolicy() {
            RetentionPolicy.Builder policy = RetentionPolicy.builder().defaultRetention(period);
            types.forEach(policy::forType);
            return policy.build();
        }
    }

    /**
     * The expiry sweep.
     *
     * @param enabled whether this instance schedules the sweep (several instances may: claims keep them apart)
     * @param cron when it runs, a Spring cron expression of six fields
     * @param zone the time zone the cron expression is read in
     * @param batchSize entries purged per transaction
     * @param budget how long one sweep may run before it stops with work left
     * @param lease how long a claim on an entry keeps other sweepers off it
     */
    public record Sweep(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("0 0 3 * * *") String cron,
            @DefaultValue("UTC") ZoneId zone,
            @DefaultValue("100") int batchSize,
            @DefaultValue("10m") Duration budget,
            @DefaultValue("5m") Duration lease) {
    }

    /**
     * The scheduled dispatch of events: it delivers retries and events a stopped instance left behind.
     *
     * @param enabled whether this instance dispatches on a schedule
     * @param interval the pause between two dispatch runs
     */
    public record Dispatch(@DefaultValue("true") boolean enabled, @DefaultValue("10s") Duration interval) {
    }

    /**
     * Trash's own tables.
     *
     * @param initialize whether the starter creates them (if missing) after Flyway or Liquibase has run:
     *     {@code always}, {@code embedded} (only on an embedded database such as H2) or {@code never} (a
     *     migration tool runs {@code db/trash/<database>/V1__trash_tables.sql})
     * @param validate whether the start checks the database against the table mappings, after the migrations
     *     and the initialiser, and fails listing every problem with the DDL that fixes it
     */
    public record Schema(@DefaultValue("embedded") DatabaseInitializationMode initialize,
                         @DefaultValue("true") boolean validate) {
    }

    /**
     * The health indicator.
     *
     * @param sweepOverdueAfter how long may pass without a sweep that ran to its end before the indicator is
     *     DOWN; counted from the start of the application when no sweep has run yet
     */
    public record Health(@DefaultValue("2d") Duration sweepOverdueAfter) {
    }

    /**
     * HTTP errors.
     *
     * @param problemDetails whether every {@code TrashException} a controller lets through becomes an RFC 9457
     *     problem detail
     */
    public record Web(@DefaultValue("true") boolean problemDetails) {
    }

    /**
     * Spring Security.
     *
     * @param authorityPrefix what precedes a permission's name in a granted authority: empty by default
     *     ({@code trash_project}), {@code SCOPE_} for OAuth2 scopes ({@code SCOPE_trash_project})
     */
    public record Security(@DefaultValue("") String authorityPrefix) {

        /** Reads an unset prefix as none. */
        public Security {
            authorityPrefix = authorityPrefix == null ? "" : authorityPrefix;
        }
    }
}

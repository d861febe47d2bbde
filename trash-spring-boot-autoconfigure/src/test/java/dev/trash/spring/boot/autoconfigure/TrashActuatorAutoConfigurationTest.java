package dev.trash.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trash.SettableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class TrashActuatorAutoConfigurationTest {

    private final SettableClock clock = SettableClock.at(Instant.parse("2026-01-01T10:00:00Z"));
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, TrashAutoConfiguration.class,
                    TrashActuatorAutoConfiguration.class))
            .withUserConfiguration(HostTypes.class)
            .withBean(SettableClock.class, () -> clock)
            .withPropertyValues("spring.datasource.url=" + HostTypes.databaseWithTables(),
                    "trash.dispatch.enabled=false", "trash.health.sweep-overdue-after=1d",
                    "management.endpoints.jmx.exposure.include=trash", "spring.jmx.enabled=true");

    @Test
    void healthIsDownOnlyWhenNoSweepHasRunToItsEndForLongerThanTheLimit() {
        runner.run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(TrashHealthIndicator.class);
            HealthIndicator health = context.getBean("trashHealthIndicator", HealthIndicator.class);
            Health fresh = health.health();
            assertThat(fresh.getStatus()).isEqualTo(Status.UP);
            assertThat(fresh.getDetails()).containsEntry("lastSweepResult", "none yet")
                    .containsEntry("undeliverableEvents", Map.of("auditLog", 0));

            clock.advance(Duration.ofHours(25));
            Health late = health.health();
            assertThat(late.getStatus()).isEqualTo(Status.DOWN);
            assertThat((String) late.getDetails().get("reason")).contains("no sweep has run to its end");

            context.getBean(TrashSweepRunner.class).sweep();
            Health swept = health.health();
            assertThat(swept.getStatus()).isEqualTo(Status.UP);
            assertThat(swept.getDetails()).containsEntry("lastSweepCompletedAt", "2026-01-02T11:00:00Z")
                    .containsEntry("overdueEntries", 0L);
        });
    }

    @Test
    void anInstanceThatDoesNotSweepStaysUp() {
        runner.withPropertyValues("trash.sweep.enabled=false").run(context -> {
            clock.advance(Duration.ofDays(30));
            assertThat(context.getBean(TrashHealthIndicator.class).health().getStatus()).isEqualTo(Status.UP);
        });
    }

    @Test
    void theEndpointListsFailuresAndSweepsNow() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(TrashEndpoint.class);
            TrashEndpoint endpoint = context.getBean(TrashEndpoint.class);
            assertThat(endpoint.failures().deliveries()).isEmpty();
            assertThat(endpoint.failures().purges()).isEmpty();
            assertThat(endpoint.sweep().rootsPurged()).isZero();
            assertThat(endpoint.failures().sweep().lastCompletedAt()).isEqualTo(clock.instant());
            assertThat(endpoint.redeliver("auditLog", 42)).containsEntry("redelivered", false);
        });
    }

    @Test
    void withoutActuatorThereIsNoEndpointAndWithoutHealthNoIndicator() {
        runner.withClassLoader(new FilteredClassLoader(Endpoint.class))
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(TrashHealthIndicator.class)
                        .doesNotHaveBean(TrashEndpoint.class));
        runner.withClassLoader(new FilteredClassLoader(Endpoint.class, HealthIndicator.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(TrashHealthIndicator.class)
                        .doesNotHaveBean(TrashEndpoint.class).doesNotHaveBean(RecentPurgeFailures.class));
    }

    @Test
    void theHealthIndicatorCanBeSwitchedOff() {
        runner.withPropertyValues("management.health.trash.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(TrashHealthIndicator.class));
    }
}

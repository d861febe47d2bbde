package dev.trash.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trash.Actor;
import dev.trash.ItemRef;
import dev.trash.ItemNotFoundException;
import dev.trash.Trash;
import dev.trash.TrashMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class TrashMetricsAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, TrashAutoConfiguration.class,
                    TrashMetricsAutoConfiguration.class))
            .withUserConfiguration(HostTypes.class)
            .withPropertyValues("spring.datasource.url=" + HostTypes.databaseWithTables(),
                    "trash.sweep.enabled=false", "trash.dispatch.enabled=false");

    @Test
    void withMicrometerTheOperationsAndTheListenersAreMetered() {
        runner.withConfiguration(AutoConfigurations.of(MetricsAutoConfiguration.class,
                        CompositeMeterRegistryAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class))
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(MicrometerTrashMetrics.class);
                    Trash trash = context.getBean(Trash.class);
                    Assertions.assertThatThrownBy(() -> trash.moveToTrash(Actor.of("ws", "alice"),
                            ItemRef.of("project", "missing"))).isInstanceOf(ItemNotFoundException.class);
                    MeterRegistry registry = context.getBean(MeterRegistry.class);
                    assertThat(registry.get("trash.operations").tag("operation", "trash").tag("type", "project")
                            .tag("outcome", "item_not_found").counter().count()).isEqualTo(1);
                    assertThat(registry.get("trash.events.undeliverable").tag("listener", "auditLog").gauge().value())
                            .isZero();
                    assertThat(registry.find("trash.operations").tagKeys("tenant").meters()).isEmpty();
                });
    }

    @Test
    void withoutAMeterRegistryNothingIsMetered() {
        runner.run(context -> assertThat(context).hasNotFailed().hasSingleBean(Trash.class)
                .doesNotHaveBean(TrashMetrics.class).doesNotHaveBean(TrashUndeliverableEventsMeter.class));
    }

    @Test
    void withoutMicrometerOnTheClassPathNothingIsMetered() {
        runner.withClassLoader(new org.springframework.boot.test.context.FilteredClassLoader(MeterRegistry.class))
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(Trash.class)
                        .doesNotHaveBean(TrashMetrics.class));
    }
}

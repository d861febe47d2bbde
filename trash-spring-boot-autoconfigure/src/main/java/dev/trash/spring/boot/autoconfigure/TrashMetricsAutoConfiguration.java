package dev.trash.spring.boot.autoconfigure;

import dev.trash.EventDispatcher;
import dev.trash.TrashListener;
import dev.trash.TrashMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** Trash's meters on Micrometer, when the application has a {@link MeterRegistry}. */
@AutoConfiguration(after = TrashAutoConfiguration.class, afterName = {
        "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration"})
@ConditionalOnClass({MeterRegistry.class, TrashMetrics.class})
@ConditionalOnBean({MeterRegistry.class, TrashProperties.class})
public class TrashMetricsAutoConfiguration {

    /** The Trash bean reports to it; see {@link MicrometerTrashMetrics} for the meters. */
    @Bean
    @ConditionalOnMissingBean
    MicrometerTrashMetrics trashMetrics(MeterRegistry registry) {
        return new MicrometerTrashMetrics(registry);
    }

    @Bean
    @ConditionalOnBean(EventDispatcher.class)
    @ConditionalOnMissingBean
    TrashUndeliverableEventsMeter trashUndeliverableEventsMeter(EventDispatcher dispatcher, ListableBeanFactory beans) {
        return new TrashUndeliverableEventsMeter(dispatcher, beans.getBeansOfType(TrashListener.class).keySet());
    }
}

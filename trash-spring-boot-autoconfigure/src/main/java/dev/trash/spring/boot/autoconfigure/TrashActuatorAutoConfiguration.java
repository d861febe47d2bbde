package dev.trash.spring.boot.autoconfigure;

import dev.trash.EventDispatcher;
import dev.trash.TrashListener;
import java.time.Clock;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code trash} health indicator and Actuator endpoint, when Spring Boot's health support (and, for the
 * endpoint, Actuator) is on the class path and the Trash beans exist.
 */
@AutoConfiguration(after = TrashAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean({TrashSweepRunner.class, EventDispatcher.class})
public class TrashActuatorAutoConfiguration {

    /** Told of each failed purge by the Trash bean, as a {@code TrashMetrics}. */
    @Bean
    @ConditionalOnMissingBean
    RecentPurgeFailures trashRecentPurgeFailures() {
        return new RecentPurgeFailures();
    }

    @Bean
    @ConditionalOnEnabledHealthIndicator("trash")
    @ConditionalOnMissingBean(name = "trashHealthIndicator")
    TrashHealthIndicator trashHealthIndicator(TrashSweepRunner sweeps, EventDispatcher dispatcher,
                                              RecentPurgeFailures failures, TrashProperties properties,
                                              ObjectProvider<Clock> clock, ListableBeanFactory beans) {
        return new TrashHealthIndicator(sweeps, dispatcher, beans.getBeansOfType(TrashListener.class).keySet(),
                failures, properties, clock.getIfUnique(Clock::systemUTC));
    }

    /** The endpoint, when Actuator is present and the endpoint is enabled and exposed. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({Endpoint.class, ConditionalOnAvailableEndpoint.class})
    static class TrashEndpointConfiguration {

        @Bean
        @ConditionalOnAvailableEndpoint
        @ConditionalOnMissingBean
        TrashEndpoint trashEndpoint(TrashSweepRunner sweeps, EventDispatcher dispatcher, RecentPurgeFailures failures,
                                    ListableBeanFactory beans) {
            return new TrashEndpoint(sweeps, dispatcher, beans.getBeansOfType(TrashListener.class).keySet(), failures);
        }
    }
}

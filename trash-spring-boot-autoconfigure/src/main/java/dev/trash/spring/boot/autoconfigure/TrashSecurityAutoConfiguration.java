package dev.trash.spring.boot.autoconfigure;

import dev.trash.Authorizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * With Spring Security: the {@link Authorizer} from the caller's granted authorities, and {@link TrashActors},
 * the {@code Actor} of the caller, whose tenant the host's {@link TrashTenantResolver} gives.
 */
@AutoConfiguration(after = TrashAutoConfiguration.class)
@ConditionalOnClass(SecurityContextHolder.class)
@ConditionalOnBean(TrashProperties.class)
public class TrashSecurityAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(Authorizer.class)
    GrantedAuthoritiesAuthorizer trashAuthorizer(TrashProperties properties) {
        return new GrantedAuthoritiesAuthorizer(properties.security().authorityPrefix());
    }

    @Bean
    @ConditionalOnMissingBean
    TrashTenantResolver trashTenantResolver() {
        return new TrashActors.Undefined();
    }

    @Bean
    @ConditionalOnMissingBean
    TrashActors trashActors(TrashTenantResolver tenants) {
        return new TrashActors(tenants);
    }
}

package dev.trash.examples.service;

import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Authentication on {@code /api} and {@code /admin}, and the headers and Host check of every answer. */
@Configuration(proxyBeanMethods = false)
class ServiceWebConfiguration implements WebMvcConfigurer {

    private final ApiKeys keys;

    ServiceWebConfiguration(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ApiAccess(keys, ApiAccess.Scope.WORKSPACE)).addPathPatterns("/api/**");
        registry.addInterceptor(new ApiAccess(keys, ApiAccess.Scope.ADMIN)).addPathPatterns("/admin/**");
    }

    @Bean
    FilterRegistrationBean<ServiceHeaders> serviceHeaders(ServiceConfig config) {
        FilterRegistrationBean<ServiceHeaders> registration =
                new FilterRegistrationBean<>(new ServiceHeaders(config.apiKeysFile() == null));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<H2Checkpoints> h2Checkpoints(ServiceConfig config, ObjectProvider<DataSource> dataSource) {
        boolean applies = H2Checkpoints.applies(config.dbUrl());
        FilterRegistrationBean<H2Checkpoints> registration = new FilterRegistrationBean<>(
                new H2Checkpoints(applies ? dataSource.getObject() : null));
        registration.setEnabled(applies);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}

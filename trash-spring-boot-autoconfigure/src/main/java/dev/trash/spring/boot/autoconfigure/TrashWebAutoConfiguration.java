package dev.trash.spring.boot.autoconfigure;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.DispatcherServlet;

/** Trash's errors as problem details in a Spring MVC application, unless {@code trash.web.problem-details=false}. */
@AutoConfiguration(after = TrashAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({DispatcherServlet.class, ProblemDetail.class})
@ConditionalOnBean(TrashProperties.class)
@ConditionalOnProperty(prefix = "trash.web", name = "problem-details", matchIfMissing = true)
public class TrashWebAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    TrashProblemDetailsAdvice trashProblemDetailsAdvice() {
        return new TrashProblemDetailsAdvice();
    }
}

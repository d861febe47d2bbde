package dev.trash.spring.boot.autoconfigure;

import dev.trash.Trash;
import dev.trash.TypeCatalogue;
import dev.trash.spi.TrashRepository;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

/**
 * Auto-configures Trash when the context holds a {@link TypeCatalogue}: a {@code Trash} bean that joins the
 * caller's Spring transaction, its sweeper and dispatcher (never joining, scheduled by default), over the
 * JDBI store on the application's DataSource unless the host defines its own {@link TrashRepository}. Every
 * bean backs off when the host defines one of its type.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
        "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
        "org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration"})
@ConditionalOnClass(Trash.class)
@ConditionalOnProperty(prefix = "trash", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(TrashProperties.class)
@Import({TrashJdbiConfiguration.class, TrashBeansConfiguration.class})
public class TrashAutoConfiguration {
}

package dev.trash.examples.service;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.trash.jdbi.AssetLinkMapping;
import dev.trash.jdbi.TableMapping;
import dev.trash.spi.TrashRepository;
import javax.sql.DataSource;
import org.springframework.beans.factory.BeanRegistrar;
import org.springframework.beans.factory.BeanRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/**
 * The store {@code TRASH_DB_URL} names. {@code memory}: the core's in-memory repository, which the starter
 * takes as the host's own store. A JDBC URL: a pool whose host tables exist before anything uses it, and the
 * table mappings the starter builds its JDBI store on, joining Spring's transactions.
 */
@Configuration(proxyBeanMethods = false)
class ServiceStoreConfiguration {

    /** Which of the two: {@code memory} or {@code jdbc}. */
    static final String STORE = "trash.service.store";

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = STORE, havingValue = "memory")
    static class Memory {

        @Bean
        MemoryServiceStore serviceStore() {
            return new MemoryServiceStore();
        }

        @Bean
        TrashRepository trashRepository(MemoryServiceStore store) {
            return store.repository();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = STORE, havingValue = "jdbc")
    @Import(Mappings.class)
    static class Database {

        /** The pool, with the service's own tables created when missing (Trash's come from the starter). */
        @Bean
        HikariDataSource dataSource(ServiceConfig config) {
            HikariConfig hikari = new HikariConfig();
            hikari.setJdbcUrl(durable(config.dbUrl()));
            hikari.setMaximumPoolSize(10);
            hikari.setPoolName("trash-service");
            HikariDataSource pool = new HikariDataSource(hikari);
            try {
                JdbiServiceStore.createHostTables(pool);
                return pool;
            } catch (RuntimeException e) {
                pool.close();
                throw e;
            }
        }

        @Bean
        JdbiServiceStore serviceStore(DataSource dataSource, ServiceConfig config) {
            return new JdbiServiceStore(dataSource, config.dbUrl());
        }

    }

    /** One {@link TableMapping} bean per type and the dataset-image links: what the starter maps its store with. */
    static class Mappings implements BeanRegistrar {

        @Override
        public void register(BeanRegistry registry, Environment env) {
            for (TableMapping table : JdbiServiceStore.TABLES) {
                registry.registerBean("trashTable-" + table.type(), TableMapping.class,
                        spec -> spec.supplier(context -> table));
            }
            registry.registerBean("trashDatasetImages", AssetLinkMapping.class,
                    spec -> spec.supplier(context -> JdbiServiceStore.DATASET_IMAGES));
        }
    }

    /**
     * An H2 file database commits to its file at once: by default H2 writes commits up to 500 ms later, and a
     * process killed in between loses work it had acknowledged. A URL that sets WRITE_DELAY itself is kept.
     */
    static String durable(String url) {
        boolean h2File = url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:");
        return h2File && !url.toUpperCase(java.util.Locale.ROOT).contains("WRITE_DELAY") ? url + ";WRITE_DELAY=0" : url;
    }
}

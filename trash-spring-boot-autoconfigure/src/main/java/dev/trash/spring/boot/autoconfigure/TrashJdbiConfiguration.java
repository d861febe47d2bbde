package dev.trash.spring.boot.autoconfigure;

import dev.trash.TypeCatalogue;
import dev.trash.jdbi.AssetLinkMapping;
import dev.trash.jdbi.JdbiTrashRepository;
import dev.trash.jdbi.TableMapping;
import dev.trash.spi.TrashRepository;
import dev.trash.spring.boot.autoconfigure.internal.TrashSchemaInitializer;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * The JDBI store on the application's DataSource, with the host's {@link TableMapping} and
 * {@link AssetLinkMapping} beans, unless the host defines its own {@link TrashRepository}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass({JdbiTrashRepository.class, Jdbi.class, DataSourceUtils.class})
@ConditionalOnSingleCandidate(DataSource.class)
@ConditionalOnBean(TypeCatalogue.class)
@ConditionalOnMissingBean(TrashRepository.class)
class TrashJdbiConfiguration {

    /**
     * The store, each unit of work in a transaction of its own; the {@code Trash} bean wraps it to join the
     * caller's transaction. Built after the host's migrations, whoever asks for it first: the builder reads the
     * key columns' types, and takes a column that is not there yet for text.
     */
    @Bean
    @DependsOnDatabaseInitialization
    JdbiTrashRepository trashRepository(DataSource dataSource, TypeCatalogue catalogue,
                                        ObjectProvider<TableMapping> tables, ObjectProvider<AssetLinkMapping> links) {
        return JdbiTrashRepository.builder(Jdbi.create(dataSource), catalogue)
                .map(tables.orderedStream().toArray(TableMapping[]::new))
                .links(links.orderedStream().toArray(AssetLinkMapping[]::new))
                .build();
    }

    @Bean
    @DependsOnDatabaseInitialization
    TrashSchemaInitializer trashSchemaInitializer(DataSource dataSource, JdbiTrashRepository repository,
                                                  TrashProperties properties) {
        return new TrashSchemaInitializer(dataSource, repository, properties.schema().initialize());
    }

    /** Tells the Trash bean which DataSource's transactions it joins: the one its store was built on. */
    @Bean
    JoinableDataSource trashJoinableDataSource(DataSource dataSource, TrashSchemaInitializer schemaReady) {
        return new JoinableDataSource(dataSource);
    }

    /**
     * The DataSource of the auto-configured store.
     *
     * @param dataSource the DataSource
     */
    record JoinableDataSource(DataSource dataSource) {
    }
}

package dev.trash.spring.boot.autoconfigure;

import dev.trash.Authorizer;
import dev.trash.BeforeTrashHook;
import dev.trash.EventDispatcher;
import dev.trash.Trash;
import dev.trash.TrashListener;
import dev.trash.TrashMetrics;
import dev.trash.TrashSweeper;
import dev.trash.TypeCatalogue;
import dev.trash.jdbi.JdbiTrashRepository;
import dev.trash.spi.TrashRepository;
import dev.trash.spring.boot.autoconfigure.internal.CompositeTrashMetrics;
import dev.trash.spring.boot.autoconfigure.internal.SafeDispatch;
import dev.trash.spring.boot.autoconfigure.internal.SpringTransactionRepository;
import dev.trash.spring.boot.autoconfigure.internal.TrashScheduler;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Trash beans, once a catalogue and a store exist. A top-level class, so that it is imported after
 * {@link TrashJdbiConfiguration} (member classes are processed before imports) and sees its store.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBean({TypeCatalogue.class, TrashRepository.class})
class TrashBeansConfiguration {

    /** Built after Flyway, Liquibase and the starter's schema initialiser have run. */
    @Bean
    @ConditionalOnMissingBean(Trash.class)
    @DependsOnDatabaseInitialization
    TrashInstances trashInstances(TrashProperties properties, TypeCatalogue catalogue, TrashRepository repository,
                                  ObjectProvider<TrashJdbiConfiguration.JoinableDataSource> joinable,
                                  ObjectProvider<Clock> clock, ObjectProvider<Authorizer> authorizer,
                                  ObjectProvider<BeforeTrashHook> hooks, ObjectProvider<TrashMetrics> metrics,
                                  ObjectProvider<TrashCustomizer> customizers, ListableBeanFactory beans) {
        Trash.Builder builder = Trash.builder()
                .catalogue(catalogue)
                .clock(clock.getIfUnique(Clock::systemUTC))
                .retention(properties.retention().toPolicy())
                .purgePolicy(properties.purgePolicy())
                .trashCountsTowardQuota(properties.trashCountsTowardQuota())
                .sweepBatchSize(properties.sweep().batchSize())
                .sweepBudget(properties.sweep().budget())
                .sweepLease(properties.sweep().lease())
                .metrics(CompositeTrashMetrics.of(metrics.orderedStream().toList()));
        authorizer.ifUnique(builder::authorizer);
        hooks.orderedStream().forEach(builder::beforeTrash);
        // the bean name is the listener's stable name: it keys the listener's position in the outbox
        beans.getBeansOfType(TrashListener.class).forEach(builder::listener);
        customizers.orderedStream().forEach(c -> c.customize(builder));
        // the joinable DataSource comes after the starter's schema initialiser: Trash's tables are there
        TrashJdbiConfiguration.JoinableDataSource dataSource = joinable.getIfAvailable();
        validateAfterMigrations(repository, properties);
        if (dataSource == null || !(repository instanceof JdbiTrashRepository jdbi)) {
            Trash trash = builder.repository(repository).build();
            return new TrashInstances(trash, trash);
        }
        AtomicReference<Trash> background = new AtomicReference<>();
        SpringTransactionRepository joining = new SpringTransactionRepository(jdbi, dataSource.dataSource(),
                new SafeDispatch(() -> background.get().dispatcher()));
        Trash operations = builder.repository(joining).dispatchAfterCommit(false).build();
        background.set(builder.repository(jdbi).dispatchAfterCommit(true).build());
        return new TrashInstances(operations, background.get());
    }

    /**
     * The one call site of the store's start-up check, after the migrations have run: a mapping that does not
     * match the database fails the start with every problem listed, rather than the first request that meets
     * it. A store of the host's own is the host's to check.
     */
    private static void validateAfterMigrations(TrashRepository repository, TrashProperties properties) {
        if (properties.schema().validate() && repository instanceof JdbiTrashRepository jdbi) {
            jdbi.validate();
        }
    }

    @Bean
    @ConditionalOnMissingBean
    Trash trash(TrashInstances instances) {
        return instances.operations();
    }

    @Bean
    @ConditionalOnMissingBean
    TrashSweeper trashSweeper(ObjectProvider<TrashInstances> instances, Trash trash) {
        TrashInstances own = instances.getIfAvailable();
        return own != null ? own.sweeper() : trash.sweeper();
    }

    @Bean
    @ConditionalOnMissingBean
    EventDispatcher trashEventDispatcher(ObjectProvider<TrashInstances> instances, Trash trash) {
        TrashInstances own = instances.getIfAvailable();
        return own != null ? own.dispatcher() : trash.dispatcher();
    }

    @Bean
    @ConditionalOnMissingBean
    TrashSweepRunner trashSweepRunner(TrashSweeper sweeper, ObjectProvider<Clock> clock) {
        return new TrashSweepRunner(sweeper, clock.getIfUnique(Clock::systemUTC));
    }

    @Bean
    @ConditionalOnMissingBean
    TrashScheduler trashScheduler(TrashProperties properties, TrashSweepRunner runner, EventDispatcher dispatcher,
                                  ObjectProvider<Clock> clock) {
        return new TrashScheduler(properties, runner::sweepOnSchedule, dispatcher,
                clock.getIfUnique(Clock::systemUTC));
    }
}

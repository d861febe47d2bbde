package dev.trash.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trash.Authorizer;
import dev.trash.EventDispatcher;
import dev.trash.PurgePolicy;
import dev.trash.Trash;
import dev.trash.TrashSweeper;
import dev.trash.ResourceType;
import dev.trash.TypeCatalogue;
import dev.trash.jdbi.JdbiTrashRepository;
import dev.trash.jdbi.SchemaValidationException;
import dev.trash.jdbi.TableMapping;
import dev.trash.memory.InMemoryTrashRepository;
import dev.trash.spi.TrashRepository;
import dev.trash.spring.boot.autoconfigure.internal.TrashScheduler;
import java.time.Duration;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.sql.init.DatabaseInitializationMode;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class TrashAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                    DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
                    TrashAutoConfiguration.class))
            .withPropertyValues("spring.datasource.url=" + HostTypes.databaseWithTables(),
                    "spring.datasource.generate-unique-name=false");

    @Test
    void defaults() {
        runner.withUserConfiguration(HostTypes.class).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(Trash.class).hasSingleBean(TrashSweeper.class)
                    .hasSingleBean(EventDispatcher.class).hasSingleBean(JdbiTrashRepository.class)
                    .hasSingleBean(TrashScheduler.class).hasSingleBean(TrashSweepRunner.class);
            TrashProperties properties = context.getBean(TrashProperties.class);
            assertThat(properties.enabled()).isTrue();
            assertThat(properties.retention().period()).isEqualTo(Duration.ofDays(30));
            assertThat(properties.purgePolicy()).isEqualTo(PurgePolicy.ALLOWED);
            assertThat(properties.trashCountsTowardQuota()).isTrue();
            assertThat(properties.sweep().cron()).isEqualTo("0 0 3 * * *");
            assertThat(properties.sweep().zone()).isEqualTo(ZoneId.of("UTC"));
            assertThat(properties.sweep().batchSize()).isEqualTo(100);
            assertThat(properties.sweep().budget()).isEqualTo(Duration.ofMinutes(10));
            assertThat(properties.sweep().lease()).isEqualTo(Duration.ofMinutes(5));
            assertThat(properties.dispatch().interval()).isEqualTo(Duration.ofSeconds(10));
            assertThat(properties.schema().initialize()).isEqualTo(DatabaseInitializationMode.EMBEDDED);
            assertThat(properties.schema().validate()).isTrue();
            assertThat(properties.health().sweepOverdueAfter()).isEqualTo(Duration.ofDays(2));
            assertThat(context.getBean(TrashScheduler.class).isRunning()).isTrue();
            // the sweeper and dispatcher beans come from the Trash that never joins a caller's transaction
            TrashInstances instances = context.getBean(TrashInstances.class);
            assertThat(instances.operations()).isSameAs(context.getBean(Trash.class));
            assertThat(context.getBean(TrashSweeper.class)).isSameAs(instances.background().sweeper())
                    .isNotSameAs(instances.operations().sweeper());
        });
    }

    @Test
    void everyPropertyIsBound() {
        runner.withUserConfiguration(HostTypes.class).withPropertyValues("trash.retention.period=7d",
                "trash.retention.types.model=1d", "trash.purge-policy=protected",
                "trash.trash-counts-toward-quota=false", "trash.sweep.enabled=false", "trash.sweep.cron=0 30 4 * * *",
                "trash.sweep.zone=Europe/Paris", "trash.sweep.batch-size=7", "trash.sweep.budget=1m",
                "trash.sweep.lease=2m", "trash.dispatch.enabled=false", "trash.dispatch.interval=3s",
                "trash.schema.initialize=never", "trash.schema.validate=false", "trash.health.sweep-overdue-after=30h",
                "trash.web.problem-details=false").run(context -> {
                    assertThat(context).hasNotFailed();
                    TrashProperties p = context.getBean(TrashProperties.class);
                    assertThat(p.retention().toPolicy().retentionOf("ws", "model")).isEqualTo(Duration.ofDays(1));
                    assertThat(p.retention().toPolicy().retentionOf("ws", "project")).isEqualTo(Duration.ofDays(7));
                    assertThat(p.purgePolicy()).isEqualTo(PurgePolicy.PROTECTED);
                    assertThat(p.trashCountsTowardQuota()).isFalse();
                    assertThat(p.sweep()).isEqualTo(new TrashProperties.Sweep(false, "0 30 4 * * *",
                            ZoneId.of("Europe/Paris"), 7, Duration.ofMinutes(1), Duration.ofMinutes(2)));
                    assertThat(p.dispatch()).isEqualTo(new TrashProperties.Dispatch(false, Duration.ofSeconds(3)));
                    assertThat(p.schema()).isEqualTo(new TrashProperties.Schema(DatabaseInitializationMode.NEVER,
                            false));
                    assertThat(p.health().sweepOverdueAfter()).isEqualTo(Duration.ofHours(30));
                    assertThat(p.web().problemDetails()).isFalse();
                });
    }

    @Test
    void aBadCronFailsTheStartNamingIt() {
        runner.withUserConfiguration(HostTypes.class).withPropertyValues("trash.sweep.cron=every night")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("every night"));
    }

    @Test
    void aMappingThatDoesNotMatchTheDatabaseFailsTheStartListingEveryProblem() {
        runner.withUserConfiguration(MisspeltColumn.class)
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .isInstanceOf(SchemaValidationException.class).hasMessageContaining(
                                "- projects.tenant: the tenant column does not exist; fix: map the table's tenant "
                                        + "column with TableMapping.forType(\"project\").tenant(...)"));
    }

    /** The host's projects table mapped with the default tenant column, which it does not have. */
    @Configuration(proxyBeanMethods = false)
    static class MisspeltColumn {

        @Bean
        TypeCatalogue typeCatalogue() {
            return TypeCatalogue.builder().add(ResourceType.topLevel("project")).build();
        }

        @Bean
        TableMapping projectTable() {
            return TableMapping.forType("project").table("projects").tenant("tenant");
        }
    }

    @Test
    void theCheckCanBeSwitchedOff() {
        runner.withUserConfiguration(HostTypes.class)
                .withPropertyValues("spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                        "trash.schema.validate=false")
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(Trash.class));
    }

    @Test
    void disabled() {
        runner.withUserConfiguration(HostTypes.class).withPropertyValues("trash.enabled=false")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(Trash.class)
                        .doesNotHaveBean(TrashRepository.class).doesNotHaveBean(TrashProperties.class));
    }

    /**
     * A host bean that takes the store itself is created before every auto-configured bean; the store still
     * waits for the host's Flyway migrations, or it would take their BIGINT keys for text (and the start-up
     * check would say so).
     */
    @Test
    void theStoreWaitsForTheHostsMigrationsWhoeverAsksForItFirst() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                        DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
                        FlywayAutoConfiguration.class, TrashAutoConfiguration.class))
                .withPropertyValues("spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                        "spring.flyway.locations=classpath:db/bigint-keys")
                .withUserConfiguration(HostTypes.class, StoreUser.class)
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(Trash.class));
    }

    @Configuration(proxyBeanMethods = false)
    static class StoreUser {

        /** A host's bean that needs the store when it is built. */
        @Bean
        Holder storeHolder(JdbiTrashRepository store) {
            return new Holder(store);
        }

        record Holder(JdbiTrashRepository store) {
        }
    }

    @Test
    void withoutACatalogueNothingIsConfigured() {
        runner.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(Trash.class)
                .doesNotHaveBean(TrashRepository.class));
    }

    @Test
    void withoutADataSourceNorARepositoryThereIsNoTrash() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(TrashAutoConfiguration.class))
                .withUserConfiguration(HostTypes.class)
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(Trash.class)
                        .doesNotHaveBean(TrashRepository.class));
    }

    @Test
    void aRepositoryOfTheHostReplacesTheJdbiStore() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(TrashAutoConfiguration.class))
                .withUserConfiguration(HostTypes.class)
                .withBean(InMemoryTrashRepository.class, InMemoryTrashRepository::new)
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(Trash.class)
                            .doesNotHaveBean(JdbiTrashRepository.class);
                    TrashInstances instances = context.getBean(TrashInstances.class);
                    assertThat(instances.background()).isSameAs(instances.operations());
                });
    }

    @Test
    void beansOfTheHostWin() {
        Authorizer denyAll = (actor, permission) -> false;
        runner.withUserConfiguration(HostTypes.class)
                .withBean("hostAuthorizer", Authorizer.class, () -> denyAll)
                .withBean("hostTrash", Trash.class, () -> Trash.builder()
                        .catalogue(new HostTypes().typeCatalogue()).repository(new InMemoryTrashRepository()).build())
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(Trash.class).doesNotHaveBean(TrashInstances.class);
                    assertThat(context.getBean(TrashSweeper.class)).isSameAs(context.getBean(Trash.class).sweeper());
                });
    }

    @Test
    void customizersSeeTheBuilder() {
        runner.withUserConfiguration(HostTypes.class)
                .withBean(TrashCustomizer.class, () -> builder -> builder.purgePolicy(PurgePolicy.DISABLED))
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(Trash.class));
    }
}

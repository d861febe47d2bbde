package dev.trash.examples.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import dev.trash.Actor;
import dev.trash.ItemRef;
import dev.trash.Resource;
import dev.trash.ResourceType;
import dev.trash.SettableClock;
import dev.trash.Trash;
import dev.trash.TypeCatalogue;
import dev.trash.memory.InMemoryTrashRepository;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.ZoneOffset;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;
import org.springframework.scheduling.support.CronExpression;

/** The scheduling examples the docs quote: they compile, and they schedule what the docs say. */
class SchedulingExamplesTest {

    private final SettableClock clock = SettableClock.at(Instant.parse("2026-11-25T10:00:00Z"));
    private final Actor alice = Actor.of("ws1", "alice");
    private Trash trash;

    @BeforeEach
    void oneDueWorkflow() {
        trash = Trash.builder()
                .catalogue(TypeCatalogue.builder().add(ResourceType.topLevel("workflow")).build())
                .repository(new InMemoryTrashRepository())
                .clock(clock)
                .build();
        trash.create(alice, Resource.of("workflow", "w1", "Auto-label", 1));
        trash.moveToTrash(alice, ItemRef.of("workflow", "w1"));
        clock.advance(Duration.ofDays(30));
    }

    @Test
    void executorWaitsUntilTheNextThreeOClockUtc() {
        assertThat(ExecutorScheduling.untilNext(LocalTime.of(3, 0), clock)).isEqualTo(Duration.ofHours(17));
        clock.set(Instant.parse("2026-12-25T03:00:00Z"));
        assertThat(ExecutorScheduling.untilNext(LocalTime.of(3, 0), clock)).isEqualTo(Duration.ofDays(1));
        try (ExecutorScheduling scheduling = new ExecutorScheduling(trash, clock)) {
            assertThat(scheduling).isNotNull();
        }
    }

    @Test
    void quartzJobSweepsAndIsScheduledAtThreeUtc() throws Exception {
        Properties props = new Properties();
        props.setProperty("org.quartz.scheduler.instanceName", "trash-test");
        props.setProperty("org.quartz.threadPool.threadCount", "1");
        props.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        Scheduler scheduler = new StdSchedulerFactory(props).getScheduler();
        try {
            QuartzScheduling.schedule(scheduler, trash);
            ZonedDateTime next = scheduler.getTrigger(TriggerKey.triggerKey("trash-sweep-nightly"))
                    .getNextFireTime().toInstant().atZone(ZoneOffset.UTC);
            assertThat(next.toLocalTime()).isEqualTo(LocalTime.of(3, 0));
            scheduler.start();
            scheduler.triggerJob(JobKey.jobKey("trash-sweep"));
            for (int i = 0; i < 100 && trash.count(alice, null) > 0; i++) {
                Thread.sleep(50);
            }
            assertThat(trash.count(alice, null)).isZero();
        } finally {
            scheduler.shutdown(true);
        }
    }

    @Test
    void dbSchedulerTaskRunsDailyAtThreeUtc() {
        Instant next = DbSchedulerScheduling.NIGHTLY.getNextExecutionTime(
                ExecutionComplete.simulatedSuccess(clock.instant()));
        assertThat(next.atZone(ZoneOffset.UTC).toLocalTime()).isEqualTo(LocalTime.of(3, 0));
        DbSchedulerScheduling.nightlySweep(trash).executeRecurringly(null, null);
        assertThat(trash.count(alice, null)).isZero();
    }

    @Test
    void springMethodsSweepAndTheirCronMeansThreeUtc() {
        SpringScheduling bean = new SpringScheduling(trash);
        assertThat(bean.sweepNightly().rootsPurged()).isEqualTo(1);
        ZonedDateTime next = CronExpression.parse("0 0 3 * * *")
                .next(ZonedDateTime.parse("2026-11-25T10:00:00Z").withZoneSameInstant(ZoneOffset.UTC));
        assertThat(next).isEqualTo(ZonedDateTime.parse("2026-11-26T03:00:00Z"));
    }
}

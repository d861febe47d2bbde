package dev.trash.spring.boot.autoconfigure.internal;

import dev.trash.EventDispatcher;
import dev.trash.spring.boot.autoconfigure.TrashProperties;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronExpression;

/**
 * Schedules the sweep on its cron and the dispatch at its interval, on two threads of its own: not a
 * {@code TaskScheduler} bean, which a host's {@code @EnableScheduling} would take for its own tasks. Several
 * instances may all sweep and dispatch: claims and leases keep them apart.
 */
public final class TrashScheduler implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(TrashScheduler.class);
    /** How often the sweep's cron is read against the clock: its resolution is a second. */
    private static final Duration CRON_CHECK = Duration.ofSeconds(1);

    private final TrashProperties properties;
    private final Runnable sweep;
    private final EventDispatcher dispatcher;
    private final Clock clock;
    private final List<ScheduledFuture<?>> tasks = new ArrayList<>();
    private ThreadPoolTaskScheduler scheduler;

    /**
     * @param properties which tasks run, and when
     * @param sweep one sweep, which logs its own failure
     * @param dispatcher the dispatcher
     * @param clock the clock the cron is read against
     */
    public TrashScheduler(TrashProperties properties, Runnable sweep, EventDispatcher dispatcher, Clock clock) {
        this.properties = properties;
        this.sweep = sweep;
        this.dispatcher = dispatcher;
        this.clock = clock;
        // fail at start-up rather than at the first run
        CronExpression.parse(properties.sweep().cron());
    }

    @Override
    public synchronized void start() {
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(2);
        scheduler.setThreadNamePrefix("trash-");
        scheduler.setClock(clock);
        // a sweep stopped midway is safe (its claims run out and the next sweep resumes it), but it must not
        // outlive the DataSource: interrupt it and wait a little
        scheduler.setWaitForTasksToCompleteOnShutdown(false);
        scheduler.setAwaitTerminationMillis(5_000);
        scheduler.initialize();
        if (properties.sweep().enabled()) {
            CronByClock onCron = new CronByClock(CronExpression.parse(properties.sweep().cron()),
                    properties.sweep().zone(), clock, sweep);
            tasks.add(scheduler.scheduleWithFixedDelay(onCron, CRON_CHECK));
        }
        if (properties.dispatch().enabled()) {
            tasks.add(scheduler.scheduleWithFixedDelay(this::dispatch, properties.dispatch().interval()));
        }
    }

    private void dispatch() {
        try {
            dispatcher.dispatch();
        } catch (RuntimeException e) {
            LOG.warn("Trash event dispatch failed; events stay in the outbox and the next run retries: {}",
                    e.toString(), e);
        }
    }

    @Override
    public synchronized void stop() {
        tasks.forEach(t -> t.cancel(false));
        tasks.clear();
        if (scheduler != null) {
            scheduler.shutdown();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}

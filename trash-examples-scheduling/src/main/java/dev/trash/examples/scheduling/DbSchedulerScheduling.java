package dev.trash.examples.scheduling;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import dev.trash.Trash;
import java.time.LocalTime;
import java.time.ZoneOffset;

/** The sweeper as a db-scheduler recurring task, daily at 03:00 UTC. */
public final class DbSchedulerScheduling {

    /** Daily at 03:00 UTC. */
    static final Schedule NIGHTLY = Schedules.daily(ZoneOffset.UTC, LocalTime.of(3, 0));

    private DbSchedulerScheduling() {
    }

    /** The task to pass to {@code Scheduler.create(dataSource).startTasks(...)}. */
    public static RecurringTask<Void> nightlySweep(Trash trash) {
        // tag::db-scheduler[]
        return Tasks.recurring("trash-sweep", NIGHTLY)
                .execute((instance, context) -> trash.sweeper().sweep());
        // end::db-scheduler[]
    }
}

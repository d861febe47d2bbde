package dev.trash.examples.scheduling;

import dev.trash.Trash;
import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

/** The sweeper as a Quartz job, daily at 03:00 UTC. */
public final class QuartzScheduling {

    private QuartzScheduling() {
    }

    // tag::quartz[]
    /** Quartz creates the job; the Trash comes from the scheduler context. */
    @DisallowConcurrentExecution
    public static final class SweepJob implements Job {
        @Override
        public void execute(JobExecutionContext context) {
            try {
                Trash trash = (Trash) context.getScheduler().getContext().get("trash");
                trash.sweeper().sweep();
            } catch (SchedulerException e) {
                throw new IllegalStateException("no Trash in the scheduler context", e);
            }
        }
    }

    /** Registers the nightly sweep. */
    public static void schedule(Scheduler scheduler, Trash trash) throws SchedulerException {
        scheduler.getContext().put("trash", trash);
        JobDetail job = JobBuilder.newJob(SweepJob.class).withIdentity("trash-sweep").build();
        Trigger nightly = TriggerBuilder.newTrigger().withIdentity("trash-sweep-nightly")
                .withSchedule(CronScheduleBuilder.dailyAtHourAndMinute(3, 0)
                        .inTimeZone(TimeZone.getTimeZone("UTC")))
                .build();
        scheduler.scheduleJob(job, nightly);
    }
    // end::quartz[]
}

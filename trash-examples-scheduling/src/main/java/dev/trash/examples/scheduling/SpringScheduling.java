package dev.trash.examples.scheduling;

import dev.trash.SweepReport;
import dev.trash.Trash;
import org.springframework.scheduling.annotation.Scheduled;

// tag::spring[]
/** A Spring bean; enable scheduling with {@code @EnableScheduling} on a configuration class. */
public class SpringScheduling {

    private final Trash trash;

    /** Spring injects the Trash bean. */
    public SpringScheduling(Trash trash) {
        this.trash = trash;
    }

    /** The nightly sweep. */
    @Scheduled(cron = "0 0 3 * * *", zone = "UTC")
    public SweepReport sweepNightly() {
        return trash.sweeper().sweep();
    }

    /** Late and retried events. */
    @Scheduled(fixedDelayString = "PT10S")
    public void dispatchEvents() {
        trash.dispatcher().dispatch();
    }
}
// end::spring[]

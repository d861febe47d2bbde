package dev.trash.spring.boot.autoconfigure.internal;

import dev.trash.PurgeFailure;
import dev.trash.SweepReport;
import dev.trash.TrashEntry;
import dev.trash.TrashMetrics;
import java.time.Duration;
import java.util.List;

/** Every {@link TrashMetrics} bean at once: Micrometer's, the Actuator endpoint's record of failed purges. */
public final class CompositeTrashMetrics implements TrashMetrics {

    private final List<TrashMetrics> all;

    /** @param all the metrics to tell, in order */
    public CompositeTrashMetrics(List<TrashMetrics> all) {
        this.all = List.copyOf(all);
    }

    /** @param all the metrics beans @return one of them, {@link TrashMetrics#NONE}, or all together */
    public static TrashMetrics of(List<TrashMetrics> all) {
        return all.isEmpty() ? TrashMetrics.NONE : all.size() == 1 ? all.get(0) : new CompositeTrashMetrics(all);
    }

    @Override
    public void operation(String operation, String type, String outcome) {
        all.forEach(m -> m.operation(operation, type, outcome));
    }

    @Override
    public void sweepCompleted(SweepReport report) {
        all.forEach(m -> m.sweepCompleted(report));
    }

    @Override
    public void sweepFailed(Duration elapsed, RuntimeException failure) {
        all.forEach(m -> m.sweepFailed(elapsed, failure));
    }

    @Override
    public void purgeFailed(TrashEntry entry, PurgeFailure failure) {
        all.forEach(m -> m.purgeFailed(entry, failure));
    }
}

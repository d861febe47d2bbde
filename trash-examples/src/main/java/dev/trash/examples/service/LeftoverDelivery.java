package dev.trash.examples.service;

import dev.trash.EventDispatcher;
import dev.trash.FailedDelivery;
import dev.trash.TrashQuery;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At start, before the service reports itself started: re-arms the blob deletions a previous process gave up
 * on, then delivers every pending event, so the files of a purge a crash interrupted are deleted now. The
 * starter's dispatcher then runs every 30 seconds and the sweep daily at 03:00 UTC.
 */
@Component
final class LeftoverDelivery implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(LeftoverDelivery.class);

    private final EventDispatcher dispatcher;

    LeftoverDelivery(EventDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    public void run(ApplicationArguments args) {
        long reArmed = 0;
        List<FailedDelivery> givenUp;
        long after = 0;
        do {
            givenUp = dispatcher.failures(BlobCleaner.NAME, true, after, TrashQuery.MAX_LIMIT);
            for (FailedDelivery f : givenUp) {
                dispatcher.redeliver(BlobCleaner.NAME, f.sequence());
                after = f.sequence();
                reArmed++;
            }
        } while (givenUp.size() == TrashQuery.MAX_LIMIT);
        long delivered = dispatcher.dispatch();
        if (delivered > 0 || reArmed > 0) {
            LOG.info("delivered {} pending events at start ({} re-armed)", delivered, reArmed);
        }
    }
}

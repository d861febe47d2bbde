package dev.trash.examples.service;

import dev.trash.ItemRef;
import dev.trash.PurgedItem;
import dev.trash.Trash;
import dev.trash.TrashEvent;
import dev.trash.TrashListener;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The purge listener: on every PURGED event it pages through the purge's tombstones and deletes the files
 * of the purged items and exclusive assets. The outbox delivers at least once and keeps the tombstones until
 * the listener succeeded, so a service killed halfway deletes the rest when the dispatcher runs again.
 */
public final class BlobCleaner implements TrashListener {

    /** The listener's name; it keys its position in the outbox, so it must not change. */
    public static final String NAME = "blob-cleaner";

    private static final Logger LOG = LoggerFactory.getLogger(BlobCleaner.class);
    private static final int PAGE = 500;

    private final Supplier<Trash> trash;
    private final BlobStore blobs;

    /** A cleaner deleting from {@code blobs}; the Trash is supplied late because it is built with this listener. */
    public BlobCleaner(Supplier<Trash> trash, BlobStore blobs) {
        this.trash = trash;
        this.blobs = blobs;
    }

    // tag::purge-listener[]
    @Override
    public void onEvent(TrashEvent event) {
        if (event.kind() != TrashEvent.Kind.PURGED) {
            return;
        }
        long deleted = 0;
        RuntimeException firstFailure = null;
        ItemRef after = null;
        List<PurgedItem> page;
        do {
            page = trash.get().purgedItems(event.tenant(), event.entryId(), after, PAGE);
            for (PurgedItem item : page) {
                try {
                    if (blobs.delete(item.tenant(), item.ref())) {
                        deleted++;
                    }
                } catch (RuntimeException e) {
                    // delete the others now; throwing at the end makes the dispatcher retry the event
                    firstFailure = firstFailure == null ? e : firstFailure;
                }
            }
            after = page.isEmpty() ? after : page.get(page.size() - 1).ref();
        } while (page.size() == PAGE);
        LOG.debug("deleted {} blobs of purged entry {} ({})", deleted, event.entryId(), event.root());
        if (firstFailure != null) {
            throw firstFailure;
        }
    }
    // end::purge-listener[]
}

package dev.trash.examples.service;

import dev.trash.BeingPurgedException;
import dev.trash.BulkOutcome;
import dev.trash.DuplicateItemException;
import dev.trash.InvalidRequestException;
import dev.trash.ItemNotFoundException;
import dev.trash.ItemRef;
import dev.trash.NameConflictException;
import dev.trash.NotTrashRootException;
import dev.trash.ParentInTrashException;
import dev.trash.PermissionDeniedException;
import dev.trash.PurgeFailedException;
import dev.trash.PurgeRefusedException;
import dev.trash.TrashCountMismatchException;
import dev.trash.TrashVetoedException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns exceptions and bulk outcomes into HTTP statuses, in one place, so that the contract of the API
 * ("409 for a restore whose parent is in Trash", "404, never 403, for another workspace's item") is
 * written down once.
 */
public final class ErrorMapper {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

    private ErrorMapper() {
    }

    /** The answer for an exception thrown while handling a request. */
    public static Reply toReply(Throwable e) {
        int status = statusOf(e);
        if (status == 500) {
            LOG.error("request failed", e);
            return new Reply(500, Json.error("Internal error: " + e.getClass().getSimpleName()));
        }
        Map<String, Object> body = Json.error(e.getMessage());
        if (e instanceof NameConflictException conflict) {
            // the page and scripts need the other item's id without parsing the message; it has the same name
            body.put("conflicting", named(conflict.conflicting(), conflict.itemName()));
        }
        if (e instanceof ParentInTrashException parent) {
            body.put("restoreFirst", named(parent.trashedAncestor(), parent.trashedAncestorName()));
        }
        if (e instanceof TrashCountMismatchException mismatch) {
            body.put("expectedCount", mismatch.expected());
            body.put("actualCount", mismatch.actual());
        }
        return new Reply(status, body);
    }

    /** {@code {"type","id","name"}}, without {@code name} when the store has none. */
    private static Map<String, Object> named(ItemRef ref, String name) {
        Map<String, Object> json = Json.ref(ref);
        if (name != null) {
            json.put("name", name);
        }
        return json;
    }

    /** The status of an exception: 400, 403, 404, 409, or 500 for what the service did not expect. */
    public static int statusOf(Throwable e) {
        if (e instanceof ApiException api) {
            return api.status();
        }
        if (e instanceof DuplicateItemException || e instanceof ParentInTrashException
                || e instanceof NameConflictException || e instanceof BeingPurgedException
                || e instanceof TrashVetoedException || e instanceof NotTrashRootException
                || e instanceof TrashCountMismatchException || e instanceof PurgeFailedException) {
            return 409;
        }
        if (e instanceof ItemNotFoundException) {
            return 404;
        }
        if (e instanceof PermissionDeniedException || e instanceof PurgeRefusedException) {
            return 403;
        }
        if (e instanceof InvalidRequestException) {
            return 400;
        }
        return 500;
    }

    /** The status of one restore or purge outcome, consistent with {@link #statusOf}. */
    public static int statusOf(BulkOutcome.Status status) {
        return switch (status) {
            case RESTORED, PURGED -> 200;
            case NOT_FOUND, NOT_IN_TRASH -> 404;
            case BEING_PURGED, PARENT_IN_TRASH, NOT_A_ROOT, CONFLICT -> 409;
            case FORBIDDEN, REFUSED -> 403;
            case FAILED -> 400;
        };
    }
}

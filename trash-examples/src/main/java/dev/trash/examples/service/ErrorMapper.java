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
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns exceptions and bulk outcomes into HTTP statuses and {@code {"error": ...}} bodies, in one place, so
 * that the contract of the API ("409 for a restore whose parent is in Trash", "404, never 403, for another
 * workspace's item") is written down once. A 500 names no class: the log has the stack trace.
 */
@RestControllerAdvice
public final class ErrorMapper {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

    /** Every exception a route, the authentication or Spring MVC throws. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> handle(Exception e, HttpServletRequest request) {
        if (e instanceof NoResourceFoundException) {
            return ResponseEntity.status(404).body(Json.error("no route for " + request.getRequestURI()));
        }
        if (e instanceof InvalidParameterException) {
            return ResponseEntity.status(400).body(Json.error("malformed query string: a parameter has a broken"
                    + " %-escape"));
        }
        if (e instanceof HttpRequestMethodNotSupportedException) {
            return ResponseEntity.status(405).body(Json.error("method " + request.getMethod() + " is not allowed here"));
        }
        return toResponse(e);
    }

    /** The answer for an exception thrown while handling a request. */
    public static ResponseEntity<Map<String, Object>> toResponse(Throwable e) {
        int status = statusOf(e);
        if (status == 500) {
            LOG.error("request failed", e);
            return ResponseEntity.status(500).body(Json.error("Internal error: the service could not answer;"
                    + " its log has the details"));
        }
        if (e instanceof ErrorResponse) {
            // Spring MVC's own refusals (a missing parameter, an unreadable request): the status, no internals
            return ResponseEntity.status(status).body(Json.error(HttpStatus.valueOf(status).getReasonPhrase()));
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
        return ResponseEntity.status(status).body(body);
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
        if (e instanceof ErrorResponse spring) {
            return spring.getStatusCode().value();
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

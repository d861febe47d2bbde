package dev.trash.spring.boot.autoconfigure;

import dev.trash.BeingPurgedException;
import dev.trash.InvalidRequestException;
import dev.trash.ItemException;
import dev.trash.ItemNotFoundException;
import dev.trash.ItemRef;
import dev.trash.NameConflictException;
import dev.trash.NotTrashRootException;
import dev.trash.OwnershipCycleException;
import dev.trash.ParentInTrashException;
import dev.trash.PermissionDeniedException;
import dev.trash.PurgeFailedException;
import dev.trash.PurgeRefusedException;
import dev.trash.TrashCountMismatchException;
import dev.trash.TrashException;
import dev.trash.TrashMetrics;
import dev.trash.TrashVetoedException;
import dev.trash.UnknownTypeException;
import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Every {@link TrashException} as an RFC 9457 problem detail: 404 for an item that is not there (or not in
 * Trash, or in another tenant), 403 for a permission or a purge policy that refuses, 409 for a state that
 * conflicts (a name taken, a parent in Trash, a purge under way or failed, a count that no longer matches, a
 * veto, a cycle), 400 for a malformed request or an unknown type. The {@code code} member names the kind
 * (as the {@code outcome} tag of {@code trash.operations}); the ids and names involved are members of their
 * own. No member names a class.
 */
public final class TrashProblemDetails {

    private TrashProblemDetails() {
    }

    /**
     * @param e the exception
     * @return its problem detail
     */
    public static ProblemDetail of(TrashException e) {
        HttpStatus status = statusOf(e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        String code = TrashMetrics.outcomeOf(e);
        problem.setType(URI.create("urn:trash:problem:" + code.replace('_', '-')));
        problem.setProperty("code", code);
        if (e instanceof ItemException item && item.item() != null) {
            problem.setProperty("item", ref(item.item()));
        }
        extensions(e, problem);
        return problem;
    }

    /**
     * @param e the exception
     * @return its status
     */
    public static HttpStatus statusOf(TrashException e) {
        if (e instanceof ItemNotFoundException) {
            return HttpStatus.NOT_FOUND;
        }
        if (e instanceof PermissionDeniedException || e instanceof PurgeRefusedException) {
            return HttpStatus.FORBIDDEN;
        }
        if (e instanceof InvalidRequestException) {
            return HttpStatus.BAD_REQUEST;
        }
        // the rest are states that conflict: a name taken, a parent in Trash, a purge under way or failed, a
        // count that no longer matches, a veto, a cycle; and so is any subclass a later version adds
        return HttpStatus.CONFLICT;
    }

    private static void extensions(TrashException e, ProblemDetail problem) {
        if (e instanceof NameConflictException conflict && conflict.conflicting() != null) {
            problem.setProperty("conflicting", ref(conflict.conflicting()));
        } else if (e instanceof ParentInTrashException parent) {
            problem.setProperty("trashedAncestor", ref(parent.trashedAncestor()));
        } else if (e instanceof BeingPurgedException purging) {
            problem.setProperty("purging", ref(purging.purging()));
        } else if (e instanceof NotTrashRootException notRoot) {
            problem.setProperty("root", ref(notRoot.root()));
        } else if (e instanceof OwnershipCycleException cycle) {
            problem.setProperty("cycle", cycle.cycle().stream().map(TrashProblemDetails::ref).toList());
        } else if (e instanceof TrashVetoedException veto) {
            problem.setProperty("reason", veto.reason());
        } else if (e instanceof PurgeFailedException failed) {
            problem.setProperty("entryId", failed.entryId());
        } else if (e instanceof TrashCountMismatchException mismatch) {
            problem.setProperty("expected", mismatch.expected());
            problem.setProperty("actual", mismatch.actual());
        } else if (e instanceof PermissionDeniedException denied) {
            problem.setProperty("permission", denied.permission().name());
        } else if (e instanceof PurgeRefusedException refused) {
            problem.setProperty("policy", refused.policy().name());
        } else if (e instanceof UnknownTypeException unknown) {
            problem.setProperty("unknownType", unknown.type());
        }
    }

    private static Map<String, String> ref(ItemRef ref) {
        return Map.of("type", ref.type(), "id", ref.id());
    }
}

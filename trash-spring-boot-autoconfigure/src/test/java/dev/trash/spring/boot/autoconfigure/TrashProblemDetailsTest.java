package dev.trash.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.trash.Actor;
import dev.trash.BeingPurgedException;
import dev.trash.InvalidRequestException;
import dev.trash.ItemNotFoundException;
import dev.trash.ItemRef;
import dev.trash.NameConflictException;
import dev.trash.NotInTrashException;
import dev.trash.ParentInTrashException;
import dev.trash.Permission;
import dev.trash.PermissionDeniedException;
import dev.trash.PurgeFailedException;
import dev.trash.PurgeRefusedException;
import dev.trash.TrashCountMismatchException;
import dev.trash.TrashException;
import dev.trash.UnknownTypeException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

class TrashProblemDetailsTest {

    private static final ItemRef P1 = ItemRef.of("project", "p1");

    @Test
    void eachExceptionHasItsStatusAndCode() {
        assertProblem(new ItemNotFoundException(P1), HttpStatus.NOT_FOUND, "item_not_found");
        assertProblem(new NotInTrashException(P1), HttpStatus.NOT_FOUND, "not_in_trash");
        assertProblem(new PermissionDeniedException(Actor.of("ws", "bob"), Permission.PURGE), HttpStatus.FORBIDDEN,
                "permission_denied");
        assertProblem(PurgeRefusedException.disabled(), HttpStatus.FORBIDDEN, "purge_refused");
        assertProblem(new InvalidRequestException("limit must be positive"), HttpStatus.BAD_REQUEST, "invalid_request");
        assertProblem(new UnknownTypeException("dataset", List.of("project")), HttpStatus.BAD_REQUEST, "unknown_type");
        assertProblem(new NameConflictException(P1, "Apollo", ItemRef.of("project", "p2")), HttpStatus.CONFLICT,
                "name_conflict");
        assertProblem(new ParentInTrashException(ItemRef.of("model", "m1"), P1, true), HttpStatus.CONFLICT,
                "parent_in_trash");
        assertProblem(new BeingPurgedException(ItemRef.of("model", "m1"), P1), HttpStatus.CONFLICT, "being_purged");
        assertProblem(new TrashCountMismatchException(3, 4), HttpStatus.CONFLICT, "trash_count_mismatch");
        assertProblem(new PurgeFailedException(P1, 7, "pins_fk", "still pinned", null), HttpStatus.CONFLICT,
                "purge_failed");
    }

    @Test
    void theIdsAndNamesInvolvedAreMembersOfTheirOwn() {
        ProblemDetail conflict = TrashProblemDetails.of(
                new NameConflictException(P1, "Apollo", ItemRef.of("project", "p2")));
        assertThat(conflict.getProperties()).containsEntry("item", Map.of("type", "project", "id", "p1"))
                .containsEntry("conflicting", Map.of("type", "project", "id", "p2"));
        assertThat(conflict.getDetail()).contains("Apollo");
        ProblemDetail mismatch = TrashProblemDetails.of(new TrashCountMismatchException(3, 4));
        assertThat(mismatch.getProperties()).containsEntry("expected", 3L).containsEntry("actual", 4L);
        ProblemDetail denied = TrashProblemDetails.of(
                new PermissionDeniedException(Actor.of("ws", "bob"), Permission.PURGE));
        assertThat(denied.getProperties()).containsEntry("permission", "purge");
    }

    @Test
    void aControllerAnswersWithTheProblemDetailAndNoClassName() throws Exception {
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new Failing())
                .setControllerAdvice(new TrashProblemDetailsAdvice()).build();

        String body = mvc.perform(get("/projects/p1"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andReturn().getResponse().getContentAsString();

        assertThat(body).contains("\"status\":404", "\"code\":\"not_in_trash\"", "\"id\":\"p1\"",
                "\"type\":\"urn:trash:problem:not-in-trash\"").doesNotContain("dev.trash", "Exception");
    }

    private static void assertProblem(TrashException e, HttpStatus status, String code) {
        ProblemDetail problem = TrashProblemDetails.of(e);
        assertThat(problem.getStatus()).as(code).isEqualTo(status.value());
        assertThat(problem.getProperties()).containsEntry("code", code);
        assertThat(problem.getType().toString()).isEqualTo("urn:trash:problem:" + code.replace('_', '-'));
        assertThat(problem.toString()).doesNotContain("dev.trash").doesNotContain("Exception");
    }

    @RestController
    static class Failing {

        @GetMapping("/projects/p1")
        String project() {
            throw new NotInTrashException(P1);
        }
    }
}

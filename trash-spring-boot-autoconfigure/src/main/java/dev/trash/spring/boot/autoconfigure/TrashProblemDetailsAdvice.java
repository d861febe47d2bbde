package dev.trash.spring.boot.autoconfigure;

import dev.trash.TrashException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers every {@link TrashException} a controller lets through with its {@link TrashProblemDetails problem
 * detail}. Last in order, so that an advice of the host's own takes precedence; switched off with
 * {@code trash.web.problem-details=false}.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class TrashProblemDetailsAdvice {

    /**
     * @param e the exception
     * @return the problem detail, with its status
     */
    @ExceptionHandler(TrashException.class)
    public ResponseEntity<ProblemDetail> handle(TrashException e) {
        ProblemDetail problem = TrashProblemDetails.of(e);
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}

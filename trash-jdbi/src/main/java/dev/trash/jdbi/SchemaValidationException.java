package dev.trash.jdbi;

import dev.trash.TrashException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The database does not match the mapping: thrown by {@link JdbiTrashRepository#validate()} with every problem
 * it found at once, each with the table, the column, what is wrong and the DDL that fixes it.
 */
public final class SchemaValidationException extends TrashException {

    private final transient List<SchemaProblem> problems;

    /**
     * Creates the exception.
     *
     * @param problems what is wrong, at least one
     */
    public SchemaValidationException(List<SchemaProblem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    private static String message(List<SchemaProblem> problems) {
        return "The database does not match Trash's mapping (" + problems.size()
                + (problems.size() == 1 ? " problem" : " problems") + "):\n"
                + problems.stream().map(p -> "- " + p).collect(Collectors.joining("\n"));
    }

    /** @return every problem found, in the order of the mapping */
    public List<SchemaProblem> problems() {
        return problems;
    }
}

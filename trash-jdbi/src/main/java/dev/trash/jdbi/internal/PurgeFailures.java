package dev.trash.jdbi.internal;

import dev.trash.ItemRef;
import dev.trash.PurgeFailedException;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.JdbiException;

/**
 * Translates a constraint violation (SQLState class 23) raised while purging into
 * {@link PurgeFailedException}: a host table outside Trash still references a row the purge removes. The
 * constraint's name is read from the message, in each database's wording.
 */
final class PurgeFailures {

    /** PostgreSQL ({@code constraint "x"}), MariaDB ({@code CONSTRAINT `x`}), H2 ({@code violation: "X: ...}). */
    private static final List<Pattern> CONSTRAINT_NAMES = List.of(
            Pattern.compile("constraint \"([^\"]+)\""),
            Pattern.compile("CONSTRAINT `([^`]+)`"),
            Pattern.compile("violation: \"([^:\"]+):"));
    private static final int DETAIL_LENGTH = 300;

    private PurgeFailures() {
    }

    /** Runs a purge statement of the entry, translating a constraint violation; {@code rootName} may be null. */
    static <T> T translate(ItemRef root, String rootName, long entryId, Supplier<T> work) {
        try {
            return work.get();
        } catch (JdbiException e) {
            Optional<SQLException> violation = violation(e);
            if (violation.isEmpty()) {
                throw e;
            }
            SQLException sql = violation.get();
            throw new PurgeFailedException(root, rootName, entryId, constraintName(sql), detail(sql), e);
        }
    }

    /** The SQL exception behind {@code e} when it is a constraint violation. */
    static Optional<SQLException> violation(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return Optional.of(sql);
            }
        }
        return Optional.empty();
    }

    private static String constraintName(SQLException e) {
        String message = String.valueOf(e.getMessage());
        for (Pattern p : CONSTRAINT_NAMES) {
            Matcher m = p.matcher(message);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    /** The database's first line, without the statement H2 appends. */
    private static String detail(SQLException e) {
        String message = String.valueOf(e.getMessage()).strip();
        int cut = message.indexOf('\n');
        message = cut < 0 ? message : message.substring(0, cut);
        int statement = message.indexOf("; SQL statement:");
        message = statement < 0 ? message : message.substring(0, statement);
        return message.length() > DETAIL_LENGTH ? message.substring(0, DETAIL_LENGTH) + "..." : message;
    }
}

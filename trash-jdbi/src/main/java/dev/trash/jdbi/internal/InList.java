package dev.trash.jdbi.internal;

import java.util.List;
import java.util.StringJoiner;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * The values of an {@code IN (...)} list as numbered parameters. Not JDBI's {@code bindList}: that needs
 * the default template engine, and a host's handle, joined with {@code joining(handle)}, may run another.
 */
final class InList {

    private InList() {
    }

    /** {@code :prefix0, :prefix1, ...}, one per value. */
    static String params(String prefix, int count) {
        if (count == 0) {
            throw new IllegalArgumentException("an IN list needs at least one value");
        }
        StringJoiner params = new StringJoiner(", ");
        for (int i = 0; i < count; i++) {
            params.add(":" + prefix + i);
        }
        return params.toString();
    }

    /** Binds the values to the parameters {@link #params} named. */
    static <S extends SqlStatement<S>> S bind(S statement, String prefix, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            statement.bind(prefix + i, values.get(i));
        }
        return statement;
    }
}

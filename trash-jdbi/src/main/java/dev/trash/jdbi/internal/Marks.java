package dev.trash.jdbi.internal;

import java.util.Collections;
import java.util.List;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * "The marker is one of these entry ids", worded so that each database seeks its (tenant, marker) index:
 * parameters {@code :entry0 ...}, plus on dialects that ask for it a range around them; on dialects that bind
 * arrays, one array parameter, however many entries and however often a statement repeats the condition.
 */
final class Marks {

    private Marks() {
    }

    /** The condition on {@code column} for {@code marks}, to be bound with {@link #bind}. */
    static String among(Dialect dialect, String column, List<Long> marks) {
        if (marks.size() == 1) {
            return column + " = :entry0";
        }
        if (dialect.bindsArrays()) {
            return column + " = ANY(:entries)";
        }
        String in = column + " IN (" + InList.params("entry", marks.size()) + ")";
        return dialect.boundsMarkLists() ? column + " BETWEEN :entryLow AND :entryHigh AND " + in : in;
    }

    /** Binds what {@link #among} named. */
    static <S extends SqlStatement<S>> S bind(Dialect dialect, S statement, List<Long> marks) {
        if (marks.size() > 1 && dialect.bindsArrays()) {
            return statement.bindArray("entries", Long.class, marks);
        }
        InList.bind(statement, "entry", marks);
        if (marks.size() > 1 && dialect.boundsMarkLists()) {
            statement.bind("entryLow", Collections.min(marks)).bind("entryHigh", Collections.max(marks));
        }
        return statement;
    }
}

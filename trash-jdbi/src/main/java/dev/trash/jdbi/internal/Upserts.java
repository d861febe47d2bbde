package dev.trash.jdbi.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** The parts of an upsert that every dialect spells alike; the dialects add their own conflict clause. */
final class Upserts {

    private Upserts() {
    }

    static List<String> concat(List<String> keys, List<String> values) {
        List<String> all = new ArrayList<>(keys);
        all.addAll(values);
        return all;
    }

    static String params(List<String> columns) {
        return columns.stream().map(c -> ":" + c).collect(Collectors.joining(", "));
    }

    static String assignments(List<String> columns, UnaryOperator<String> newValue) {
        return columns.stream().map(c -> c + " = " + newValue.apply(c)).collect(Collectors.joining(", "));
    }
}

package dev.trash;

import java.util.Collection;

/** Argument checks shared by the value types and the API, each failing with {@link InvalidRequestException}. */
final class Identifiers {

    private Identifiers() {
    }

    static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException(what + " must not be blank");
        }
        return value;
    }

    /** Text of at most {@code max} characters (UTF-16 code units, see {@link InputLimits}). */
    static String requireText(String value, String what, int max) {
        return requireLength(requireText(value, what), what, max);
    }

    /** Null, or at most {@code max} characters (UTF-16 code units, see {@link InputLimits}). */
    static String requireLength(String value, String what, int max) {
        if (value != null && value.length() > max) {
            throw new InvalidRequestException(what + " must be at most " + max + " characters, was "
                    + value.length());
        }
        return value;
    }

    /**
     * A key (tenant, type, id): text without surrounding whitespace or control characters. Some databases
     * compare {@code 'ws1 '} equal to {@code 'ws1'}, and an invisible character makes two ids look alike in
     * every message, so neither may name anything.
     */
    static String requireKey(String value, String what, int max) {
        requireText(value, what, max);
        boolean padded = Character.isWhitespace(value.codePointAt(0))
                || Character.isWhitespace(value.codePointBefore(value.length()));
        if (padded || value.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidRequestException(what + " must not begin or end with whitespace nor contain control "
                    + "characters, was '" + printable(value) + "'");
        }
        return value;
    }

    /** A page size: 1 to {@link TrashQuery#MAX_LIMIT}. */
    static int requireLimit(int limit) {
        if (limit < 1 || limit > TrashQuery.MAX_LIMIT) {
            throw new InvalidRequestException("limit must be between 1 and " + TrashQuery.MAX_LIMIT + ", was "
                    + limit);
        }
        return limit;
    }

    static long requireNotNegative(long value, String what) {
        if (value < 0) {
            throw new InvalidRequestException(what + " must not be negative, was " + value);
        }
        return value;
    }

    /** A value that must be given. */
    static <T> T requirePresent(T value, String what) {
        if (value == null) {
            throw new InvalidRequestException(what + " must not be null");
        }
        return value;
    }

    /** A collection that must be given, without null elements. */
    static <C extends Collection<?>> C requireElements(C values, String what) {
        requirePresent(values, what);
        int i = 0;
        for (Object value : values) {
            if (value == null) {
                throw new InvalidRequestException(what + " must not contain null, found one at index " + i);
            }
            i++;
        }
        return values;
    }

    /** The value with control characters spelled as escapes, so that a message shows what was sent. */
    private static String printable(String value) {
        StringBuilder out = new StringBuilder();
        value.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}

package dev.trash;

/** Argument checks shared by the value types, each failing with {@link InvalidRequestException}. */
final class Identifiers {

    private Identifiers() {
    }

    static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException(what + " must not be blank");
        }
        return value;
    }

    static long requireNotNegative(long value, String what) {
        if (value < 0) {
            throw new InvalidRequestException(what + " must not be negative, was " + value);
        }
        return value;
    }
}

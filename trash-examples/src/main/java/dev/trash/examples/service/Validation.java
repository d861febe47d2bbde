package dev.trash.examples.service;

import java.util.regex.Pattern;

/**
 * The shape of workspace names and ids: {@code [A-Za-z0-9][A-Za-z0-9._-]{0,63}}. Both end up as folder
 * and file names under the blob directory, so this is also what keeps a request from escaping it
 * ({@code ..} or a slash can never match).
 */
public final class Validation {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private Validation() {
    }

    /** Whether the value is a valid workspace name or id. */
    public static boolean isIdentifier(String value) {
        return value != null && IDENTIFIER.matcher(value).matches();
    }

    /** The value, or a 400 naming the field. */
    public static String requireIdentifier(String value, String what) {
        if (!isIdentifier(value)) {
            throw ApiException.badRequest(what + " '" + value + "' is invalid: use 1 to 64 letters, digits, '.', '_'"
                    + " or '-', starting with a letter or digit");
        }
        return value;
    }
}

package dev.trash.examples.service;

import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The shape of what a request names. Workspace names and ids are {@code [A-Za-z0-9][A-Za-z0-9._-]{0,63}}:
 * both end up as folder and file names under the blob directory, so this is also what keeps a request from
 * escaping it ({@code ..} or a slash can never match). Names are text a person reads: no control characters,
 * no broken UTF-16. Sizes fit the file system and every total the service adds them into.
 */
public final class Validation {

    /** The largest {@code sizeBytes}: 1 TiB, so that no sum of a workspace's sizes can overflow a long. */
    public static final long MAX_SIZE_BYTES = 1L << 40;
    /** The most items one bulk request may name. */
    public static final int MAX_BULK_ITEMS = 500;

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

    /** A display name: 1 to 255 characters, not blank, no control characters, no unpaired surrogates. */
    public static String requireName(String name) {
        if (name == null || name.isBlank() || name.length() > 255) {
            throw ApiException.badRequest("name is required, at most 255 characters");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isISOControl(c)) {
                throw ApiException.badRequest(String.format("name must not contain control characters (U+%04X at %d)",
                        (int) c, i));
            }
            if (Character.isHighSurrogate(c) && i + 1 < name.length() && Character.isLowSurrogate(name.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw ApiException.badRequest(String.format("name is not valid text: an unpaired surrogate (U+%04X) at %d",
                        (int) c, i));
            }
        }
        return name;
    }

    /** A bulk request's list: at most {@link #MAX_BULK_ITEMS}, else a 400 naming the field and the count. */
    public static void requireBulkSize(int count, String field) {
        if (count > MAX_BULK_ITEMS) {
            throw ApiException.badRequest("at most " + MAX_BULK_ITEMS + " entries in " + field + " of one request, got "
                    + count);
        }
    }

    /** {@code sizeBytes}: absent is 0; otherwise a whole number from 0 to {@link #MAX_SIZE_BYTES}. */
    public static long requireSize(JsonNode size) {
        if (size.isMissingNode() || size.isNull()) {
            return 0;
        }
        if (!size.isIntegralNumber()) {
            throw ApiException.badRequest("sizeBytes must be a whole number of bytes");
        }
        if (!size.canConvertToLong() || size.asLong() < 0 || size.asLong() > MAX_SIZE_BYTES) {
            throw ApiException.badRequest("sizeBytes must be between 0 and " + MAX_SIZE_BYTES + " (1 TiB), was "
                    + size.asString());
        }
        return size.asLong();
    }
}

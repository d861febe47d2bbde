package dev.trash.jdbi.internal;

import java.util.regex.Pattern;

/**
 * The only gate through which text reaches SQL: identifiers are spliced unquoted, so they must be plain
 * names that every supported database accepts as they are, and that no request can influence.
 */
public final class SqlNames {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    private SqlNames() {
    }

    /**
     * Returns {@code name} if it is a plain SQL identifier of at most 63 characters.
     *
     * @param name the identifier
     * @param what what it names, for the message
     * @return the identifier
     * @throws IllegalArgumentException naming the offending identifier otherwise
     */
    public static String require(String name, String what) {
        if (name == null || !IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException(what + " '" + name + "' is not a valid SQL identifier: it must match "
                    + IDENTIFIER.pattern());
        }
        return name;
    }
}

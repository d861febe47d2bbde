package dev.trash.jdbi.internal;

import dev.trash.InvalidRequestException;

/** Checks keys that are about to be written into host key columns, before any SQL sees them. */
final class HostKeys {

    private HostKeys() {
    }

    /**
     * Refuses a key that the column's type cannot hold.
     *
     * @throws InvalidRequestException naming the key, what it is and the column
     */
    static void require(Key key, String value, String what, String column) {
        if (key.canonical(value).isEmpty()) {
            throw new InvalidRequestException(what + " '" + value + "' is not a valid " + key.type() + " key for column "
                    + column);
        }
    }
}

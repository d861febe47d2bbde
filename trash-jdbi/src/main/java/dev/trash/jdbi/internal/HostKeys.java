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

    /**
     * Refuses to write an item of another tenant into a single-tenant repository's tables, whose rows hold no
     * tenant: the item would belong to the single tenant.
     *
     * @param singleTenant the table's single tenant, or {@code null} when it has a tenant of its own
     * @throws InvalidRequestException naming the tenant
     */
    static void requireSingleTenant(String singleTenant, String tenant) {
        if (singleTenant != null && !singleTenant.equals(tenant)) {
            throw new InvalidRequestException("tenant '" + tenant + "' has no items in this single-tenant repository");
        }
    }
}

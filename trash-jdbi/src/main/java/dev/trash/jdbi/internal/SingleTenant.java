package dev.trash.jdbi.internal;

/**
 * The one tenant of a repository whose tables have no tenant column. Statements compare the bound tenant
 * with it as a literal, so every statement on such a table finds nothing for any other tenant, without a
 * check in each verb.
 */
public final class SingleTenant {

    private SingleTenant() {
    }

    /**
     * Checks the tenant: a key as Trash's API accepts it, without the characters a literal would need escaped.
     *
     * @param tenant the tenant
     * @return the tenant
     * @throws IllegalArgumentException naming the value and what is allowed
     */
    public static String require(String tenant) {
        if (tenant == null || tenant.isEmpty() || tenant.length() > 255 || !tenant.strip().equals(tenant)
                || tenant.chars().anyMatch(c -> c == '\'' || c == '\\' || Character.isISOControl(c))) {
            throw new IllegalArgumentException("singleTenant must be 1 to 255 characters without surrounding "
                    + "whitespace, quotes, backslashes or control characters, was '" + tenant + "'");
        }
        return tenant;
    }

    /** The tenant as an SQL string literal; {@link #require} made it safe to splice. */
    static String literal(String tenant) {
        return "'" + require(tenant) + "'";
    }
}

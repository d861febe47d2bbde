package dev.trash.jdbi.internal;

/**
 * A validated asset link table: one row per (owner, asset) pair of a tenant.
 *
 * @param ownerType the referencing type
 * @param assetType the asset type
 * @param table the link table
 * @param tenant its tenant column, or {@code null} in a single-tenant repository
 * @param owner its owner id column
 * @param asset its asset id column
 * @param tenantKey the tenant column's type
 * @param ownerKey the owner column's type
 * @param assetKey the asset column's type
 * @param singleTenant the one tenant of a repository without tenant columns, or {@code null}
 */
public record LinkTable(String ownerType, String assetType, String table, String tenant, String owner,
                        String asset, Key tenantKey, Key ownerKey, Key assetKey, String singleTenant) {

    /** A link table with a tenant column. */
    public LinkTable(String ownerType, String assetType, String table, String tenant, String owner, String asset,
                     Key tenantKey, Key ownerKey, Key assetKey) {
        this(ownerType, assetType, table, tenant, owner, asset, tenantKey, ownerKey, assetKey, null);
    }

    /** "{@code alias.tenant = :tenant}", the tenant bound in the column's type; {@code alias} may be null. */
    public String tenantIs(String alias) {
        String bound = tenantKey.param("tenant");
        if (tenant == null) {
            return tenantKey.dialect().sameText(bound, SingleTenant.literal(singleTenant));
        }
        return (alias == null ? "" : alias + ".") + tenant + " = " + bound;
    }

    /** "The link {@code alias} is in the tenant of the row {@code rowAlias} of {@code rowTable}". */
    public String sameTenantAs(String alias, TypeTable rowTable, String rowAlias) {
        return tenant == null ? "1 = 1" : rowTable.tenantMatches(rowAlias, key -> alias + "." + tenant);
    }
}

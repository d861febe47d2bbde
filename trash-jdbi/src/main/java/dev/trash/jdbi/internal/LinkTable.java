package dev.trash.jdbi.internal;

/**
 * A validated asset link table: one row per (owner, asset) pair of a tenant.
 *
 * @param ownerType the referencing type
 * @param assetType the asset type
 * @param table the link table
 * @param tenant its tenant column
 * @param owner its owner id column
 * @param asset its asset id column
 * @param tenantKey the tenant column's type
 * @param ownerKey the owner column's type
 * @param assetKey the asset column's type
 */
public record LinkTable(String ownerType, String assetType, String table, String tenant, String owner,
                        String asset, Key tenantKey, Key ownerKey, Key assetKey) {

    /** "{@code alias.tenant = :tenant}", the tenant bound in the column's type; {@code alias} may be null. */
    public String tenantIs(String alias) {
        return (alias == null ? "" : alias + ".") + tenant + " = " + tenantKey.param("tenant");
    }
}

package dev.trash.jdbi;

import dev.trash.jdbi.internal.SqlNames;
import java.util.Objects;

/**
 * How a declared asset relation ({@code ResourceType.referencing}) maps onto a host link table with one
 * row per (owner, asset) pair. Immutable: each setter returns a copy and validates the identifier.
 *
 * <pre>{@code
 * AssetLinkMapping.between("dataset", "image").table("dataset_images").tenant("workspace_id")
 * }</pre>
 *
 * <p>Defaults: table {@code <owner>_<asset>}, {@code tenant_id}, {@code <owner>_id}, {@code <asset>_id}.
 */
public final class AssetLinkMapping {

    private final String ownerType;
    private final String assetType;
    private final String table;
    private final String tenant;
    private final String owner;
    private final String asset;

    private AssetLinkMapping(String ownerType, String assetType, String table, String tenant, String owner,
                             String asset) {
        this.ownerType = ownerType;
        this.assetType = assetType;
        this.table = table;
        this.tenant = tenant;
        this.owner = owner;
        this.asset = asset;
    }

    /**
     * Starts the mapping of the relation "{@code ownerType} references {@code assetType}".
     *
     * @param ownerType the referencing type, such as {@code dataset}
     * @param assetType the shared asset type, such as {@code image}
     * @return a mapping with the default names
     */
    public static AssetLinkMapping between(String ownerType, String assetType) {
        Objects.requireNonNull(ownerType, "ownerType");
        Objects.requireNonNull(assetType, "assetType");
        return new AssetLinkMapping(ownerType, assetType, ownerType + "_" + assetType, "tenant_id",
                ownerType + "_id", assetType + "_id");
    }

    /** @param value the link table @return a copy using it */
    public AssetLinkMapping table(String value) {
        return new AssetLinkMapping(ownerType, assetType, SqlNames.require(value, "link table"), tenant, owner, asset);
    }

    /** @param value the tenant column of the link table @return a copy using it */
    public AssetLinkMapping tenant(String value) {
        return new AssetLinkMapping(ownerType, assetType, table, SqlNames.require(value, "link tenant column"),
                owner, asset);
    }

    /**
     * The link table has no tenant column, in a repository built with {@code singleTenant(...)}.
     *
     * @return a copy without a tenant column
     */
    public AssetLinkMapping noTenant() {
        return new AssetLinkMapping(ownerType, assetType, table, null, owner, asset);
    }

    /** @param value the column holding the owner's id @return a copy using it */
    public AssetLinkMapping owner(String value) {
        return new AssetLinkMapping(ownerType, assetType, table, tenant, SqlNames.require(value, "owner column"),
                asset);
    }

    /** @param value the column holding the asset's id @return a copy using it */
    public AssetLinkMapping asset(String value) {
        return new AssetLinkMapping(ownerType, assetType, table, tenant, owner,
                SqlNames.require(value, "asset column"));
    }

    /** @return the owner type */
    public String ownerType() {
        return ownerType;
    }

    /** @return the asset type */
    public String assetType() {
        return assetType;
    }

    /** @return the link table */
    public String tableName() {
        return table;
    }

    /** @return the tenant column, or {@code null} after {@link #noTenant()} */
    public String tenantColumn() {
        return tenant;
    }

    /** @return the owner column */
    public String ownerColumn() {
        return owner;
    }

    /** @return the asset column */
    public String assetColumn() {
        return asset;
    }

    @Override
    public String toString() {
        return "AssetLinkMapping[" + ownerType + " -> " + assetType + " in " + table + "]";
    }
}

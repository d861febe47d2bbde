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
 */
public record LinkTable(String ownerType, String assetType, String table, String tenant, String owner,
                        String asset) {
}

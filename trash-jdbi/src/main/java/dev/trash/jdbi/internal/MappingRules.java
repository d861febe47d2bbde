package dev.trash.jdbi.internal;

import dev.trash.ResourceType;
import dev.trash.jdbi.AssetLinkMapping;
import dev.trash.jdbi.InvalidMappingException;
import dev.trash.jdbi.TableMapping;

/**
 * What makes one table mapping consistent with its catalogue type and with the repository's tenancy: checked
 * when the repository is built and when the DDL is printed, so a mapping that cannot work fails there, naming
 * the type, table and column, instead of in the first statement that needs the missing column.
 */
public final class MappingRules {

    private MappingRules() {
    }

    /**
     * Checks the parent, name and tenant columns of a mapping.
     *
     * @param type the catalogue's type
     * @param m its mapping
     * @param singleTenant the repository's single tenant, or {@code null} for a repository of tenant columns
     * @throws InvalidMappingException naming what is wrong
     */
    public static void check(ResourceType type, TableMapping m, String singleTenant) {
        checkColumns(type, m);
        String table = m.tableName();
        if (singleTenant != null && m.tenantColumn() != null) {
            throw new InvalidMappingException(m.type(), table, m.tenantColumn(), "type '" + m.type() + "' maps tenant "
                    + "column " + table + "." + m.tenantColumn() + " in a single-tenant repository: map it with "
                    + (type.parentType() == null ? ".noTenant()" : ".tenantFromParent() or .noTenant()"));
        }
        if (singleTenant == null && m.isTenantless()) {
            throw new InvalidMappingException(m.type(), table, null, "type '" + m.type() + "' (table " + table
                    + ") has no tenant column (.noTenant()), which only a single-tenant repository allows: call "
                    + "JdbiTrashRepository.builder(...).singleTenant(\"...\"), or map its tenant column with .tenant(...)");
        }
    }

    /**
     * Checks what the catalogue alone decides: the parent column, the tenant through the parent, the name.
     *
     * @param type the catalogue's type
     * @param m its mapping
     * @throws InvalidMappingException naming what is wrong
     */
    public static void checkColumns(ResourceType type, TableMapping m) {
        String table = m.tableName();
        if (type.parentType() != null && m.parentColumn() == null) {
            throw new InvalidMappingException(m.type(), table, null, "type '" + m.type() + "' has parent type '"
                    + type.parentType() + "': map its parent column with .parent(...)");
        }
        if (type.parentType() == null && m.parentColumn() != null) {
            throw new InvalidMappingException(m.type(), table, m.parentColumn(), "type '" + m.type() + "' is top-level "
                    + "but maps parent column '" + m.parentColumn() + "'");
        }
        if (m.isTenantFromParent() && type.parentType() == null) {
            throw new InvalidMappingException(m.type(), table, null, "type '" + m.type() + "' (table " + table
                    + ") takes its tenant from its parent (.tenantFromParent()), but it is top-level: map its tenant "
                    + "column with .tenant(...)");
        }
        if (m.isTenantFromParent() && type.parentType().equals(type.name())) {
            throw new InvalidMappingException(m.type(), table, m.parentColumn(), "type '" + m.type() + "' (table "
                    + table + ") nests in itself, so its top-level rows have no parent to take the tenant from "
                    + "(.tenantFromParent()): map its tenant column with .tenant(...)");
        }
        if (m.nameColumn() == null && type.uniqueNames()) {
            throw new InvalidMappingException(m.type(), table, null, "type '" + m.type() + "' (table " + table
                    + ") has no name column (.noName()), but the catalogue declares unique names for it "
                    + "(withUniqueNames()): map its name column with .name(...)");
        }
    }

    /**
     * Checks a link table's tenant column against the repository's tenancy.
     *
     * @param m the link mapping
     * @param singleTenant the repository's single tenant, or {@code null}
     * @throws InvalidMappingException naming what is wrong
     */
    static void checkLink(AssetLinkMapping m, String singleTenant) {
        if (singleTenant != null && m.tenantColumn() != null) {
            throw new InvalidMappingException(null, m.tableName(), m.tenantColumn(), "link table " + m.tableName()
                    + " maps tenant column " + m.tableName() + "." + m.tenantColumn() + " in a single-tenant "
                    + "repository: map it with .noTenant()");
        }
        if (singleTenant == null && m.tenantColumn() == null) {
            throw new InvalidMappingException(null, m.tableName(), null, "link table " + m.tableName() + " has no "
                    + "tenant column (.noTenant()), which only a single-tenant repository allows: call "
                    + "JdbiTrashRepository.builder(...).singleTenant(\"...\"), or map its tenant column with .tenant(...)");
        }
    }
}

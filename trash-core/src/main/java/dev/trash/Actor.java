package dev.trash;

/**
 * Who calls: the tenant (workspace) every operation is scoped to, and the principal recorded as
 * {@code deletedBy} and in the audit trail.
 *
 * @param tenant the workspace whose Trash is used: not blank, at most {@link InputLimits#TENANT} characters,
 *     without surrounding whitespace or control characters
 * @param principal who acts, such as a user id or an API key's name: not blank, at most
 *     {@link InputLimits#PRINCIPAL} characters
 */
public record Actor(String tenant, String principal) {

    /** Validates that both parts are present. */
    public Actor {
        if (tenant == null || tenant.isBlank()) {
            throw new InvalidRequestException("tenant is missing");
        }
        Identifiers.requireKey(tenant, "tenant", InputLimits.TENANT);
        Identifiers.requireText(principal, "principal", InputLimits.PRINCIPAL);
    }

    /** Shorthand for {@code new Actor(tenant, principal)}. */
    public static Actor of(String tenant, String principal) {
        return new Actor(tenant, principal);
    }
}

package dev.trash;

/**
 * Who calls: the tenant (workspace) every operation is scoped to, and the principal recorded as
 * {@code deletedBy} and in the audit trail.
 *
 * @param tenant the workspace whose Trash is used, never blank
 * @param principal who acts, such as a user id or an API key's name, never blank
 */
public record Actor(String tenant, String principal) {

    /** Validates that both parts are present. */
    public Actor {
        if (tenant == null || tenant.isBlank()) {
            throw new InvalidRequestException("tenant is missing");
        }
        Identifiers.requireText(principal, "principal");
    }

    /** Shorthand for {@code new Actor(tenant, principal)}. */
    public static Actor of(String tenant, String principal) {
        return new Actor(tenant, principal);
    }
}

package dev.trash.examples.service;

import java.util.Set;

/**
 * What one API key allows: the workspace it is bound to ({@code *} for every workspace), the core's
 * permission names it holds, whether it is an admin key, and who it acts as.
 *
 * @param workspace the workspace, or {@code *}
 * @param permissions permission names such as {@code view_trash}, {@code trash_model}, {@code purge}
 * @param name who the key acts as, shown as {@code deletedBy}; never the key itself
 */
public record ApiKey(String workspace, Set<String> permissions, String name) {

    /** The permission that opens {@code /admin} routes. */
    public static final String ADMIN = "admin";

    /** Copies the permissions. */
    public ApiKey {
        permissions = Set.copyOf(permissions);
    }

    /** Whether the key may act in {@code ws}. */
    public boolean isBoundTo(String ws) {
        return "*".equals(workspace) || workspace.equals(ws);
    }

    /** The actor this key is in {@code ws}: the workspace and the key's name. */
    public dev.trash.Actor actor(String ws) {
        return dev.trash.Actor.of(ws, name);
    }

    /** Whether the key opens {@code /admin} routes. */
    public boolean isAdmin() {
        return permissions.contains(ADMIN);
    }
}

package dev.trash;

/**
 * Port through which Trash asks the host whether an actor holds a permission. Permission is checked on the
 * root's type only: trashing a project needs {@code trash_project}, not {@code trash_model}.
 */
@FunctionalInterface
public interface Authorizer {

    /** An authorizer that allows everything; the default. */
    Authorizer ALLOW_ALL = (actor, permission) -> true;

    /** Whether {@code actor} holds {@code permission} in its tenant. */
    boolean isAllowed(Actor actor, Permission permission);
}

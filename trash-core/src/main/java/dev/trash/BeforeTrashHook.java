package dev.trash;

import java.util.Optional;

/**
 * Called before an item moves to Trash; may veto with a reason, such as "project p1 has a running training
 * job". A veto is a {@link TrashVetoedException} unless the caller passed {@link TrashOptions#force()}.
 */
@FunctionalInterface
public interface BeforeTrashHook {

    /** Returns a reason to refuse, or empty to allow. */
    Optional<String> veto(Actor actor, ItemRef item);
}

package dev.trash.internal;

import dev.trash.Actor;
import dev.trash.Authorizer;
import dev.trash.BeforePurgeHook;
import dev.trash.BeforeTrashHook;
import dev.trash.ItemRef;
import dev.trash.Permission;
import dev.trash.PermissionDeniedException;
import dev.trash.PurgePolicy;
import dev.trash.ResourceType;
import dev.trash.RetentionPolicy;
import dev.trash.TypeCatalogue;
import dev.trash.spi.TrashRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Everything an operation needs, fixed when the {@code Trash} is built. */
public record TrashContext(
        TypeCatalogue catalogue,
        TrashRepository repository,
        Clock clock,
        RetentionPolicy retention,
        PurgePolicy purgePolicy,
        Authorizer authorizer,
        List<BeforeTrashHook> hooks,
        List<BeforePurgeHook> purgeHooks,
        boolean trashCountsTowardQuota) {

    /** Copies the hooks. */
    public TrashContext {
        hooks = List.copyOf(hooks);
        purgeHooks = List.copyOf(purgeHooks);
    }

    /** The clock's instant, kept to the millisecond as every store keeps it. */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** The registered type of the reference, or {@code UnknownTypeException}. */
    public ResourceType typeOf(ItemRef ref) {
        return catalogue.require(ref.type());
    }

    /** Throws {@link PermissionDeniedException} unless the authorizer allows. */
    public void authorize(Actor actor, Permission permission) {
        if (!authorizer.isAllowed(actor, permission)) {
            throw new PermissionDeniedException(actor, permission);
        }
    }
}

package dev.trash.internal;

import dev.trash.Actor;
import dev.trash.DuplicateItemException;
import dev.trash.InvalidRequestException;
import dev.trash.ItemNotFoundException;
import dev.trash.ItemRef;
import dev.trash.NameConflictException;
import dev.trash.Resource;
import dev.trash.ResourceType;
import dev.trash.TrashItem;
import dev.trash.spi.TrashTransaction;

/** Creates resources and asset links, for stores that Trash owns (the in-memory one, tests, examples). */
public final class Resources {

    private final TrashContext context;

    /** Creates the operation. */
    public Resources(TrashContext context) {
        this.context = context;
    }

    /** Adds an active resource under an active parent. */
    public TrashItem create(Actor actor, Resource resource) {
        ResourceType type = context.typeOf(resource.ref());
        ItemRef parent = parentRef(type, resource);
        return context.repository().inTransaction(tx -> {
            String tenant = actor.tenant();
            requireNew(tx, tenant, resource.ref());
            if (parent != null) {
                // top-down like a trash of an ancestor: either its cascade has committed and the parent is
                // seen in Trash, or it waits for this create and then takes the new child along
                boolean parentActive = TreeLocks.lockChain(tx, tenant, parent).map(TrashItem::isActive).orElse(false);
                if (!parentActive) {
                    // the id is refused first, as it is without a race: a create of it may have committed
                    // before the parent went to Trash, after the check above read nothing
                    requireNew(tx, tenant, resource.ref());
                    throw new ItemNotFoundException(parent, "parent " + parent + " not found or in trash");
                }
            }
            if (type.uniqueNames()) {
                tx.lockNameScope(tenant, type.name(), parent);
            }
            requireNew(tx, tenant, resource.ref()); // again under the locks: a racing create of the id has committed
            if (type.uniqueNames()) {
                tx.findActiveByName(tenant, type.name(), parent, resource.name()).ifPresent(other -> {
                    throw new NameConflictException(resource.ref(), resource.name(), other.ref());
                });
            }
            TrashItem item = new TrashItem(tenant, resource.ref(), resource.name(), resource.sizeBytes(), parent, null);
            tx.insertItem(item);
            return item;
        });
    }

    /** Records that {@code owner} references the shared {@code asset}. */
    public void link(Actor actor, ItemRef owner, ItemRef asset) {
        ResourceType ownerType = context.typeOf(owner);
        context.typeOf(asset);
        if (!ownerType.assetTypes().contains(asset.type())) {
            throw new InvalidRequestException(owner.type() + " does not reference assets of type " + asset.type()
                    + "; it references " + ownerType.assetTypes());
        }
        context.repository().inTransaction(tx -> {
            requireActive(tx, actor.tenant(), owner, owner + " not found or in trash");
            requireActive(tx, actor.tenant(), asset, asset + " not found or in trash");
            tx.linkAsset(actor.tenant(), owner, asset);
            return null;
        });
    }

    private static ItemRef parentRef(ResourceType type, Resource resource) {
        if (resource.parentId() == null) {
            return null;
        }
        if (type.parentType() == null) {
            throw new InvalidRequestException(type.name() + " has no parent type, but parent " + resource.parentId()
                    + " was given");
        }
        return ItemRef.of(type.parentType(), resource.parentId());
    }

    private static void requireNew(TrashTransaction tx, String tenant, ItemRef ref) {
        if (tx.findItem(tenant, ref).isPresent()) {
            throw new DuplicateItemException(ref);
        }
    }

    private static void requireActive(TrashTransaction tx, String tenant, ItemRef ref, String message) {
        if (!tx.lockItem(tenant, ref).map(TrashItem::isActive).orElse(false)) {
            throw new ItemNotFoundException(ref, message);
        }
    }
}

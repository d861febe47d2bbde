package dev.trash;

/**
 * One item as the store holds it: what the host created, plus the Trash entry that moved it, if any.
 *
 * @param tenant the workspace
 * @param ref type and id
 * @param name display name
 * @param sizeBytes bytes
 * @param parent the owning parent, or {@code null}
 * @param trashEntryId the entry that moved it to Trash, or {@code null} when active
 */
public record TrashItem(String tenant, ItemRef ref, String name, long sizeBytes, ItemRef parent, Long trashEntryId) {

    /** Whether neither it nor an ancestor is in Trash: a cascade marks every active descendant. */
    public boolean isActive() {
        return trashEntryId == null;
    }

    /** Whether it is the root of the entry that holds it, given that entry. */
    public boolean isRootOf(TrashEntry entry) {
        return entry != null && entry.root().equals(ref);
    }

    /** The same item under another name. */
    public TrashItem withName(String newName) {
        return new TrashItem(tenant, ref, newName, sizeBytes, parent, trashEntryId);
    }

    /** The same item held by another entry, or active with {@code null}. */
    public TrashItem withEntry(Long entryId) {
        return new TrashItem(tenant, ref, name, sizeBytes, parent, entryId);
    }
}

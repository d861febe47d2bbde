package dev.trash;

/**
 * Called inside the purge transaction, before the host's rows of a batch are deleted: the place for rows of
 * tables outside Trash that reference the purged items (a {@code project_tags} table with a foreign key to
 * projects), which the host deletes or detaches in the same transaction, set-based, with the ids the batch
 * carries per type. Every purge goes through it: on request, in bulk, Empty Trash and the sweep, nested
 * entries included; also {@code previewPurge}, whose transaction is rolled back.
 *
 * <p>A hook that throws fails the purge, which changes nothing (its own writes in the transaction roll back
 * with it): a purge on request rethrows the exception, the sweep records it as that entry's purge failure
 * and purges the others. Do nothing here that a rollback cannot undo.
 *
 * <pre>{@code
 * Trash.builder()...beforePurge(batch -> {
 *     List<String> projects = batch.ids("project");
 *     if (!projects.isEmpty()) {
 *         batch.transaction(Handle.class).createUpdate("DELETE FROM project_tags WHERE workspace_id = :ws"
 *                 + " AND project_id IN (<ids>)").bind("ws", batch.tenant()).bindList("ids", projects).execute();
 *     }
 * })
 * }</pre>
 */
@FunctionalInterface
public interface BeforePurgeHook {

    /**
     * Deletes or detaches what references the batch's items, in the purge's transaction.
     *
     * @param batch the tenant, the ids per type, and the store's open transaction
     */
    void beforePurge(PurgeBatch batch);
}

package dev.trash.examples.service;

import dev.trash.BulkOutcome;
import dev.trash.StorageUsage;
import dev.trash.TrashEntry;
import dev.trash.TrashItem;
import dev.trash.TrashRow;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ResponseEntity;

/** How Trash rows, outcomes and storage look in JSON. */
final class TrashJson {

    private TrashJson() {
    }

    /** A row: id, type, name, deletedAt, deletedBy, scheduledCleanupAt, daysRemaining, sizeBytes, cascadedCount, parent. */
    static Map<String, Object> row(TrashRow row) {
        TrashEntry entry = row.entry();
        Map<String, Object> json = Json.object();
        json.put("id", entry.root().id());
        json.put("type", entry.root().type());
        json.put("name", entry.rootName());
        json.put("deletedAt", Json.instant(entry.deletedAt()));
        json.put("deletedBy", entry.deletedBy());
        // the effective time: a model in a trashed project goes when the project goes, if that is sooner
        json.put("scheduledCleanupAt", Json.instant(row.effectiveCleanupAt()));
        json.put("daysRemaining", row.daysRemaining());
        json.put("sizeBytes", entry.sizeBytes());
        json.put("cascadedCount", entry.cascadedCount());
        Map<String, Object> parent = null;
        if (entry.parent() != null) {
            parent = Json.ref(entry.parent());
            parent.put("name", row.parentName());
        }
        json.put("parent", parent);
        json.put("status", entry.status().name().toLowerCase(Locale.ROOT));
        json.put("reason", entry.reason());
        json.put("deleteExclusiveAssets", entry.deleteExclusiveAssets());
        // "purge_failed": the sweeper could not delete it (a host row still references it); still restorable
        Map<String, Object> failure = null;
        if (entry.purgeFailure() != null) {
            failure = Json.object();
            failure.put("reason", entry.purgeFailure().reason());
            failure.put("attempts", entry.purgeFailure().attempts());
            failure.put("nextAttemptAt", Json.instant(entry.purgeFailure().nextAttemptAt()));
        }
        json.put("purgeFailure", failure);
        return json;
    }

    /** One outcome: {@code {"type","id","outcome","error"?}}. */
    static Map<String, Object> outcome(BulkOutcome outcome) {
        Map<String, Object> json = Json.ref(outcome.item());
        json.put("outcome", outcome.status().name().toLowerCase(Locale.ROOT));
        if (!outcome.succeeded()) {
            json.put("error", outcome.message());
        }
        return json;
    }

    /**
     * {@code {"results":[...]}}. A single-item request answers with the status of its one outcome and, when
     * it failed, the core's message as {@code error} too; a bulk request is 200 with an outcome per item.
     */
    static ResponseEntity<Map<String, Object>> outcomes(List<BulkOutcome> outcomes, boolean single) {
        Map<String, Object> json = Json.object();
        if (single && !outcomes.get(0).succeeded()) {
            json.put("error", outcomes.get(0).message());
        }
        json.put("results", outcomes.stream().map(TrashJson::outcome).toList());
        int status = single ? ErrorMapper.statusOf(outcomes.get(0).status()) : 200;
        return ResponseEntity.status(status).body(json);
    }

    /** Active and trashed bytes, in total and by type. */
    static Map<String, Object> storage(String workspace, StorageUsage usage) {
        Map<String, Object> json = Json.object();
        json.put("workspace", workspace);
        json.put("activeBytes", usage.activeBytes());
        json.put("trashedBytes", usage.trashedBytes());
        json.put("quotaBytes", usage.quotaBytes());
        Map<String, Object> byType = Json.object();
        ServiceTypes.CATALOGUE.names().forEach(type -> {
            StorageUsage.TypeUsage t = usage.byType().getOrDefault(type, new StorageUsage.TypeUsage(0, 0, 0, 0));
            Map<String, Object> entry = Json.object();
            entry.put("activeCount", t.activeCount());
            entry.put("activeBytes", t.activeBytes());
            entry.put("trashedCount", t.trashedCount());
            entry.put("trashedBytes", t.trashedBytes());
            byType.put(type, entry);
        });
        json.put("byType", byType);
        return json;
    }

    /** An active item as the API shows it. */
    static Map<String, Object> item(TrashItem item) {
        Map<String, Object> json = Json.object();
        json.put("id", item.ref().id());
        json.put("type", item.ref().type());
        json.put("name", item.name());
        json.put("sizeBytes", item.sizeBytes());
        json.put("parent", item.parent() == null ? null : Json.ref(item.parent()));
        json.put("workspace", item.tenant());
        return json;
    }
}

package dev.trash.examples.service;

import dev.trash.BulkOutcome;
import dev.trash.ItemRef;
import dev.trash.PurgeResult;
import dev.trash.Trash;
import dev.trash.TrashPage;
import dev.trash.TrashQuery;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The workspace's Trash: list, restore (one, several, all), delete permanently (one root, or everything with
 * the count the user confirmed), and storage. The core checks {@code view_trash}, {@code restore_<type>}
 * and {@code purge}, and refuses what the purge policy forbids.
 */
@RestController
@RequestMapping("/api/{ws}")
final class TrashController {

    private final Trash trash;

    TrashController(Trash trash) {
        this.trash = trash;
    }

    @GetMapping("/trash")
    Map<String, Object> list(@PathVariable String ws, @RequestAttribute(ApiAccess.KEY) ApiKey key,
                             @RequestParam(required = false) String type, @RequestParam(required = false) String cursor,
                             @RequestParam(required = false) String limit) {
        String typeName = type == null || type.isEmpty() ? null : trash.catalogue().require(type).name();
        TrashPage page = trash.list(key.actor(ws), new TrashQuery(typeName, cursor, limit(limit)));
        Map<String, Object> json = Json.object();
        json.put("items", page.rows().stream().map(TrashJson::row).toList());
        Map<String, Object> sections = Json.object();
        page.sections().forEach((t, rows) -> sections.put(t, rows.stream().map(TrashJson::row).toList()));
        json.put("sections", sections);
        json.put("nextCursor", page.nextCursor());
        // what "Empty Trash" must confirm, even when the page shows fewer rows
        json.put("total", trash.count(key.actor(ws), null));
        return json;
    }

    @PostMapping("/trash/restore")
    ResponseEntity<Map<String, Object>> restore(@PathVariable String ws, @RequestAttribute(ApiAccess.KEY) ApiKey key,
                                                HttpServletRequest request) {
        JsonNode body = JsonBody.read(request);
        if (body.path("all").asBoolean(false)) {
            return TrashJson.outcomes(trash.restoreAll(key.actor(ws)), false);
        }
        if (body.has("items")) {
            JsonNode items = body.get("items");
            if (!items.isArray()) {
                throw ApiException.badRequest("items must be an array of {\"type\",\"id\"}");
            }
            Validation.requireBulkSize(items.size(), "items");
            List<ItemRef> refs = new ArrayList<>();
            items.forEach(item -> refs.add(ref(item)));
            return TrashJson.outcomes(trash.restoreAll(key.actor(ws), refs), false);
        }
        return TrashJson.outcomes(trash.restoreAll(key.actor(ws), List.of(ref(body))), true);
    }

    @DeleteMapping("/trash/{type}/{id}")
    ResponseEntity<Map<String, Object>> purge(@PathVariable String ws, @PathVariable String type,
                                              @PathVariable String id, @RequestAttribute(ApiAccess.KEY) ApiKey key) {
        ItemRef ref = ItemRef.of(trash.catalogue().require(type).name(), Validation.requireIdentifier(id, "id"));
        return TrashJson.outcomes(trash.purgeAll(key.actor(ws), List.of(ref)), true);
    }

    @DeleteMapping("/trash")
    Map<String, Object> empty(@PathVariable String ws, @RequestAttribute(ApiAccess.KEY) ApiKey key,
                              @RequestParam(required = false) String expectedCount) {
        if (expectedCount == null || expectedCount.isEmpty()) {
            throw ApiException.badRequest("expectedCount is required: the number of items the user confirmed");
        }
        long count;
        try {
            count = Long.parseLong(expectedCount);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("expectedCount must be a whole number, was '" + expectedCount + "'");
        }
        PurgeResult result = trash.emptyTrash(key.actor(ws), count);
        Map<String, Object> json = Json.object();
        json.put("results", result.purged().stream().map(entry -> TrashJson.outcome(
                new BulkOutcome(entry.root(), BulkOutcome.Status.PURGED, null))).toList());
        json.put("itemCount", result.itemCount() + result.assetCount());
        json.put("bytesFreed", result.bytesFreed());
        return json;
    }

    @GetMapping("/storage")
    Map<String, Object> storage(@PathVariable String ws, @RequestAttribute(ApiAccess.KEY) ApiKey key) {
        return TrashJson.storage(ws, trash.storageUsage(key.actor(ws)));
    }

    private ItemRef ref(JsonNode node) {
        JsonNode type = node.get("type");
        JsonNode id = node.get("id");
        if (type == null || !type.isString() || id == null || !id.isString()) {
            throw ApiException.badRequest("an item is {\"type\",\"id\"}, or send {\"items\":[...]} or {\"all\":true}");
        }
        return ItemRef.of(trash.catalogue().require(type.asString()).name(),
                Validation.requireIdentifier(id.asString(), "id"));
    }

    private static int limit(String value) {
        if (value == null || value.isEmpty()) {
            return 50;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("limit must be a whole number between 1 and " + TrashQuery.MAX_LIMIT);
        }
    }
}

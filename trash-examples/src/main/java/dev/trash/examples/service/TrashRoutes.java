package dev.trash.examples.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trash.BulkOutcome;
import dev.trash.ItemRef;
import dev.trash.PurgeResult;
import dev.trash.Trash;
import dev.trash.TrashPage;
import dev.trash.TrashQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The workspace's Trash: list, restore (one, several, all), delete permanently (one root, or everything with
 * the count the user confirmed), and storage. The core checks {@code view_trash}, {@code restore_<type>}
 * and {@code purge}, and refuses what the purge policy forbids.
 */
public final class TrashRoutes {

    private final Trash trash;

    /** Routes over the Trash. */
    public TrashRoutes(Trash trash) {
        this.trash = trash;
    }

    /** Adds the routes; before the item routes, so that {@code trash} and {@code storage} are not types. */
    public void register(Router router) {
        router.add("GET", "/api/{ws}/trash", Router.Access.WORKSPACE, this::list)
                .add("DELETE", "/api/{ws}/trash", Router.Access.WORKSPACE, this::empty)
                .add("POST", "/api/{ws}/trash/restore", Router.Access.WORKSPACE, this::restore)
                .add("DELETE", "/api/{ws}/trash/{type}/{id}", Router.Access.WORKSPACE, this::purge)
                .add("GET", "/api/{ws}/storage", Router.Access.WORKSPACE, this::storage);
    }

    private Reply list(Request request) {
        String type = request.query("type");
        type = type == null || type.isEmpty() ? null : trash.catalogue().require(type).name();
        TrashQuery query = new TrashQuery(type, request.query("cursor"), limit(request.query("limit")));
        TrashPage page = trash.list(request.actor(), query);
        Map<String, Object> json = Json.object();
        json.put("items", page.rows().stream().map(TrashJson::row).toList());
        Map<String, Object> sections = Json.object();
        page.sections().forEach((t, rows) -> sections.put(t, rows.stream().map(TrashJson::row).toList()));
        json.put("sections", sections);
        json.put("nextCursor", page.nextCursor());
        // what "Empty Trash" must confirm, even when the page shows fewer rows
        json.put("total", trash.count(request.actor(), null));
        return Reply.ok(json);
    }

    private Reply restore(Request request) {
        JsonNode body = request.json();
        if (body.path("all").asBoolean(false)) {
            return TrashJson.outcomes(trash.restoreAll(request.actor()), false);
        }
        if (body.has("items")) {
            if (!body.get("items").isArray()) {
                throw ApiException.badRequest("items must be an array of {\"type\",\"id\"}");
            }
            List<ItemRef> refs = new ArrayList<>();
            body.get("items").forEach(item -> refs.add(ref(item)));
            return TrashJson.outcomes(trash.restoreAll(request.actor(), refs), false);
        }
        return TrashJson.outcomes(trash.restoreAll(request.actor(), List.of(ref(body))), true);
    }

    private Reply purge(Request request) {
        ItemRef ref = ItemRef.of(trash.catalogue().require(request.path("type")).name(),
                Validation.requireIdentifier(request.path("id"), "id"));
        return TrashJson.outcomes(trash.purgeAll(request.actor(), List.of(ref)), true);
    }

    private Reply empty(Request request) {
        String expected = request.query("expectedCount");
        if (expected == null || expected.isEmpty()) {
            throw ApiException.badRequest("expectedCount is required: the number of items the user confirmed");
        }
        long count;
        try {
            count = Long.parseLong(expected);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("expectedCount must be a whole number, was '" + expected + "'");
        }
        PurgeResult result = trash.emptyTrash(request.actor(), count);
        Map<String, Object> json = Json.object();
        json.put("results", result.purged().stream().map(entry -> TrashJson.outcome(
                new BulkOutcome(entry.root(), BulkOutcome.Status.PURGED, null))).toList());
        json.put("itemCount", result.itemCount() + result.assetCount());
        json.put("bytesFreed", result.bytesFreed());
        return Reply.ok(json);
    }

    private Reply storage(Request request) {
        return Reply.ok(TrashJson.storage(request.path("ws"), trash.storageUsage(request.actor())));
    }

    private ItemRef ref(JsonNode node) {
        JsonNode type = node.get("type");
        JsonNode id = node.get("id");
        if (type == null || !type.isTextual() || id == null || !id.isTextual()) {
            throw ApiException.badRequest("an item is {\"type\",\"id\"}, or send {\"items\":[...]} or {\"all\":true}");
        }
        return ItemRef.of(trash.catalogue().require(type.asText()).name(),
                Validation.requireIdentifier(id.asText(), "id"));
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

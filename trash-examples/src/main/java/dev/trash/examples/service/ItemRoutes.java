package dev.trash.examples.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trash.Actor;
import dev.trash.ItemRef;
import dev.trash.ItemNotFoundException;
import dev.trash.Resource;
import dev.trash.ResourceType;
import dev.trash.Trash;
import dev.trash.TrashItem;
import dev.trash.TrashOptions;
import dev.trash.TrashResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The workspace's active items: create (with its content file), list, read, and move to Trash. Create and
 * read need only a key bound to the workspace; moving to Trash needs {@code trash_<type>}, which the core
 * checks.
 */
public final class ItemRoutes {

    private final Trash trash;
    private final ServiceStore store;
    private final BlobStore blobs;

    /** Routes over the service's parts. */
    public ItemRoutes(Trash trash, ServiceStore store, BlobStore blobs) {
        this.trash = trash;
        this.store = store;
        this.blobs = blobs;
    }

    /** Adds the routes; after the Trash routes, whose fixed segments must win. */
    public void register(Router router) {
        router.add("POST", "/api/{ws}/{type}", Router.Access.WORKSPACE, this::create)
                .add("GET", "/api/{ws}/{type}", Router.Access.WORKSPACE, this::list)
                .add("GET", "/api/{ws}/{type}/{id}", Router.Access.WORKSPACE, this::get)
                .add("DELETE", "/api/{ws}/{type}/{id}", Router.Access.WORKSPACE, this::moveToTrash);
    }

    private Reply create(Request request) {
        ResourceType type = trash.catalogue().require(request.path("type"));
        JsonNode body = request.json();
        String id = Validation.requireIdentifier(Json.text(body, "id"), "id");
        String name = Json.text(body, "name");
        if (name == null || name.isBlank() || name.length() > 255) {
            throw ApiException.badRequest("name is required, at most 255 characters");
        }
        JsonNode size = body.path("sizeBytes");
        if (!size.isMissingNode() && !size.isIntegralNumber()) {
            throw ApiException.badRequest("sizeBytes must be a whole number of bytes");
        }
        String parent = Json.text(body, "parent");
        if (parent != null) {
            Validation.requireIdentifier(parent, "parent");
        } else if (type.parentType() != null) {
            throw ApiException.badRequest("parent is required: a " + type.name() + " belongs to a " + type.parentType());
        }
        List<ItemRef> datasets = datasets(type, body);
        Actor actor = request.actor();
        for (ItemRef dataset : datasets) {
            // checked before the insert, so a missing dataset leaves no image behind
            if (!trash.isVisible(actor, dataset)) {
                throw new ItemNotFoundException(dataset, dataset + " not found or in trash");
            }
        }
        TrashItem item = trash.create(actor, new Resource(ItemRef.of(type.name(), id), name, size.asLong(0), parent));
        datasets.forEach(dataset -> trash.linkAsset(actor, dataset, item.ref()));
        store.created(item);
        blobs.write(item.tenant(), item.ref(), item.sizeBytes());
        Map<String, Object> json = TrashJson.item(item);
        if (!datasets.isEmpty()) {
            json.put("datasets", datasets.stream().map(ItemRef::id).toList());
        }
        return new Reply(201, json);
    }

    private Reply list(Request request) {
        String type = trash.catalogue().require(request.path("type")).name();
        Map<String, Object> json = Json.object();
        json.put("items", store.listActive(request.path("ws"), type).stream().map(TrashJson::item).toList());
        return Reply.ok(json);
    }

    private Reply get(Request request) {
        ItemRef ref = ref(request);
        return trash.find(request.actor(), ref).filter(TrashItem::isActive)
                .map(item -> Reply.ok(TrashJson.item(item)))
                .orElseThrow(() -> new ItemNotFoundException(ref));
    }

    private Reply moveToTrash(Request request) {
        ItemRef ref = ref(request);
        TrashOptions options = request.flag("deleteExclusiveAssets")
                ? TrashOptions.defaults().withExclusiveAssets() : TrashOptions.defaults();
        TrashResult result = trash.moveToTrash(request.actor(), ref, options);
        Map<String, Object> json = Json.object();
        json.put("deleted", true);
        json.put("type", ref.type());
        json.put("id", ref.id());
        json.put("workspace", request.path("ws"));
        json.put("trash", true);
        json.put("scheduledCleanupAt", Json.instant(result.entry().scheduledCleanupAt()));
        json.put("created", result.created());
        if (!result.created()) {
            json.put("coveredBy", Json.ref(result.entry().root()));
        }
        return Reply.ok(json);
    }

    private ItemRef ref(Request request) {
        String type = trash.catalogue().require(request.path("type")).name();
        return ItemRef.of(type, Validation.requireIdentifier(request.path("id"), "id"));
    }

    private static List<ItemRef> datasets(ResourceType type, JsonNode body) {
        JsonNode node = body.path("datasets");
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (!type.name().equals(ServiceTypes.IMAGE)) {
            throw ApiException.badRequest("datasets applies to images only, not to a " + type.name());
        }
        if (!node.isArray()) {
            throw ApiException.badRequest("datasets must be an array of dataset ids");
        }
        List<ItemRef> refs = new ArrayList<>();
        for (JsonNode element : node) {
            String id = Validation.requireIdentifier(element.isTextual() ? element.asText() : null, "dataset");
            refs.add(ItemRef.of(ServiceTypes.DATASET, id));
        }
        return refs;
    }
}

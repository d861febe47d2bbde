package dev.trash.examples.service;

import dev.trash.Actor;
import dev.trash.ItemNotFoundException;
import dev.trash.ItemRef;
import dev.trash.Resource;
import dev.trash.ResourceType;
import dev.trash.Trash;
import dev.trash.TrashItem;
import dev.trash.TrashOptions;
import dev.trash.TrashResult;
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
 * The workspace's active items: create (with its content file), list, read, and move to Trash. Create and
 * read need only a key bound to the workspace; moving to Trash needs {@code trash_<type>}, which the core
 * checks. Spring prefers fixed segments, so {@code /api/{ws}/trash} is never taken for a type.
 */
@RestController
@RequestMapping("/api/{ws}")
final class ItemController {

    private final Trash trash;
    private final ServiceStore store;
    private final BlobStore blobs;
    private final Transactions transactions;

    ItemController(Trash trash, ServiceStore store, BlobStore blobs, Transactions transactions) {
        this.trash = trash;
        this.store = store;
        this.blobs = blobs;
        this.transactions = transactions;
    }

    @PostMapping("/{type}")
    ResponseEntity<Map<String, Object>> create(@PathVariable String ws, @PathVariable String type,
                                               @RequestAttribute(ApiAccess.KEY) ApiKey key, HttpServletRequest request) {
        ResourceType resourceType = trash.catalogue().require(type);
        JsonNode body = JsonBody.read(request);
        String id = Validation.requireIdentifier(Json.text(body, "id"), "id");
        String name = Validation.requireName(Json.text(body, "name"));
        long size = Validation.requireSize(body.path("sizeBytes"));
        String parent = Json.text(body, "parent");
        if (parent != null) {
            Validation.requireIdentifier(parent, "parent");
        } else if (resourceType.parentType() != null) {
            throw ApiException.badRequest("parent is required: a " + resourceType.name() + " belongs to a "
                    + resourceType.parentType());
        }
        List<ItemRef> datasets = datasets(resourceType, body);
        Actor actor = key.actor(ws);
        for (ItemRef dataset : datasets) {
            // checked before the insert, so a missing dataset leaves no image behind
            if (!trash.isVisible(actor, dataset)) {
                throw new ItemNotFoundException(dataset, dataset + " not found or in trash");
            }
        }
        Resource resource = new Resource(ItemRef.of(resourceType.name(), id), name, size, parent);
        TrashItem item = transactions.inTransaction(() -> {
            TrashItem created = trash.create(actor, resource);
            datasets.forEach(dataset -> trash.linkAsset(actor, dataset, created.ref()));
            // before the commit: a blob that cannot be written undoes the row, so no item is ever without content
            blobs.write(created.tenant(), created.ref(), created.sizeBytes());
            return created;
        });
        store.created(item);
        Map<String, Object> json = TrashJson.item(item);
        if (!datasets.isEmpty()) {
            json.put("datasets", datasets.stream().map(ItemRef::id).toList());
        }
        return ResponseEntity.status(201).body(json);
    }

    @GetMapping("/{type}")
    Map<String, Object> list(@PathVariable String ws, @PathVariable String type) {
        String name = trash.catalogue().require(type).name();
        Map<String, Object> json = Json.object();
        json.put("items", store.listActive(ws, name).stream().map(TrashJson::item).toList());
        return json;
    }

    @GetMapping("/{type}/{id}")
    Map<String, Object> get(@PathVariable String ws, @PathVariable String type, @PathVariable String id,
                            @RequestAttribute(ApiAccess.KEY) ApiKey key) {
        ItemRef ref = ref(type, id);
        return trash.find(key.actor(ws), ref).filter(TrashItem::isActive)
                .map(TrashJson::item)
                .orElseThrow(() -> new ItemNotFoundException(ref));
    }

    @DeleteMapping("/{type}/{id}")
    Map<String, Object> moveToTrash(@PathVariable String ws, @PathVariable String type, @PathVariable String id,
                                    @RequestParam(required = false) String deleteExclusiveAssets,
                                    @RequestAttribute(ApiAccess.KEY) ApiKey key) {
        ItemRef ref = ref(type, id);
        TrashOptions options = flag("deleteExclusiveAssets", deleteExclusiveAssets)
                ? TrashOptions.defaults().withExclusiveAssets() : TrashOptions.defaults();
        TrashResult result = trash.moveToTrash(key.actor(ws), ref, options);
        Map<String, Object> json = Json.object();
        json.put("deleted", true);
        json.put("type", ref.type());
        json.put("id", ref.id());
        json.put("workspace", ws);
        json.put("trash", true);
        json.put("scheduledCleanupAt", Json.instant(result.entry().scheduledCleanupAt()));
        json.put("created", result.created());
        if (!result.created()) {
            json.put("coveredBy", Json.ref(result.entry().root()));
        }
        return json;
    }

    private ItemRef ref(String type, String id) {
        return ItemRef.of(trash.catalogue().require(type).name(), Validation.requireIdentifier(id, "id"));
    }

    /** A boolean query parameter: absent is false; anything but true or false is a 400. */
    static boolean flag(String name, String value) {
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw ApiException.badRequest(name + " must be true or false, was '" + value + "'");
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
        Validation.requireBulkSize(node.size(), "datasets");
        List<ItemRef> refs = new ArrayList<>();
        for (JsonNode element : node) {
            String id = Validation.requireIdentifier(element.isString() ? element.asString() : null, "dataset");
            refs.add(ItemRef.of(ServiceTypes.DATASET, id));
        }
        return refs;
    }
}

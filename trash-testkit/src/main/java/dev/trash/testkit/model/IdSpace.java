package dev.trash.testkit.model;

import dev.trash.ItemRef;
import dev.trash.testkit.ContractTypes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The few tenants, ids and names the property tests draw from. Deliberately small, so that generated
 * operations hit existing items, collide on names and nest often; every item a script can create is in
 * here, which lets a check probe the whole store by asking for each of them.
 */
public final class IdSpace {

    /** The tenant most operations use. */
    public static final String T1 = "t1";
    /** The other tenant, to catch leaks between tenants. */
    public static final String T2 = "t2";
    /** Both tenants. */
    public static final List<String> TENANTS = List.of(T1, T2);
    /** Display names; few, so that unique-name types clash, and one that a rename on restore produces. */
    public static final List<String> NAMES = List.of("a", "b", "a (restored)");

    private static final Map<String, List<String>> IDS_BY_TYPE = idsByType();

    private IdSpace() {
    }

    private static Map<String, List<String>> idsByType() {
        Map<String, List<String>> ids = new LinkedHashMap<>();
        ids.put(ContractTypes.PROJECT, List.of("p1", "p2", "p3"));
        ids.put(ContractTypes.MODEL, List.of("m1", "m2", "m3", "m4"));
        ids.put(ContractTypes.VERSION, List.of("v1", "v2"));
        ids.put(ContractTypes.FOLDER, List.of("f1", "f2", "f3", "f4"));
        ids.put(ContractTypes.DATASET, List.of("d1", "d2"));
        ids.put(ContractTypes.IMAGE, List.of("i1", "i2", "i3"));
        ids.put(ContractTypes.WORKFLOW, List.of("w1"));
        return Collections.unmodifiableMap(ids); // keeps the catalogue order
    }

    /** Every type, in catalogue order. */
    public static List<String> types() {
        return List.copyOf(IDS_BY_TYPE.keySet());
    }

    /** The ids of one type. */
    public static List<String> idsOf(String type) {
        return IDS_BY_TYPE.get(type);
    }

    /** The refs of one type. */
    public static List<ItemRef> refsOf(String type) {
        return idsOf(type).stream().map(id -> ItemRef.of(type, id)).toList();
    }

    /** Every ref, type by type. */
    public static List<ItemRef> refs() {
        List<ItemRef> all = new ArrayList<>();
        types().forEach(type -> all.addAll(refsOf(type)));
        return List.copyOf(all);
    }
}

package dev.trash.testkit.concurrency;

import static dev.trash.testkit.ContractTypes.FOLDER;
import static dev.trash.testkit.ContractTypes.MODEL;
import static dev.trash.testkit.ContractTypes.PROJECT;
import static dev.trash.testkit.ContractTypes.VERSION;
import static dev.trash.testkit.ContractTypes.WORKFLOW;

import dev.trash.ItemRef;
import dev.trash.testkit.model.IdSpace;
import dev.trash.testkit.model.Operation;
import java.util.List;

/**
 * The small shared forest every history starts from, and what its steps aim at. Laid out so that each
 * known race has its material: a model and a folder in Trash whose names an active sibling has taken (two
 * restores, or a restore and a create, racing for one name, at the top level too), owned items whose
 * parent may be trashed while they are restored, a folder chain, and an unrelated workflow.
 */
final class Forest {

    /** The forest: projects p1 (models m1 'a', m2 'b', m4 'a' in Trash; version v1) and p2 (version v2), folders f1 > f2, f4 'a' in Trash at the top, workflow w1. */
    static final List<Operation> BASE = List.of(
            create(PROJECT, "p1", "a", 100, null),
            create(PROJECT, "p2", "b", 200, null),
            create(MODEL, "m4", "a", 40, "p1"),
            trash(ref(MODEL, "m4")),
            create(MODEL, "m1", "a", 10, "p1"),
            create(MODEL, "m2", "b", 20, "p1"),
            create(VERSION, "v1", "a", 5, "p1"),
            create(VERSION, "v2", "a", 6, "p2"),
            create(FOLDER, "f4", "a", 1, null),
            trash(ref(FOLDER, "f4")),
            create(FOLDER, "f1", "a", 2, null),
            create(FOLDER, "f2", "a", 3, "f1"),
            create(WORKFLOW, "w1", "a", 7, null));

    /** What trashes, restores and purges aim at: the forest and what creates add to it. */
    static final List<ItemRef> TARGETS = List.of(ref(PROJECT, "p1"), ref(PROJECT, "p2"), ref(PROJECT, "p3"),
            ref(MODEL, "m1"), ref(MODEL, "m2"), ref(MODEL, "m3"), ref(MODEL, "m4"), ref(VERSION, "v1"),
            ref(VERSION, "v2"), ref(FOLDER, "f1"), ref(FOLDER, "f2"), ref(FOLDER, "f3"), ref(FOLDER, "f4"),
            ref(WORKFLOW, "w1"));

    /** Creates under a parent (or at the top) of the ids the forest leaves free, with names that clash. */
    static final List<Operation> CREATES = List.of(
            create(PROJECT, "p3", "c", 300, null),
            create(MODEL, "m3", "a", 30, "p1"),
            create(MODEL, "m3", "b", 30, "p1"),
            create(MODEL, "m3", "a", 30, "p2"),
            create(FOLDER, "f3", "a", 4, null),
            create(FOLDER, "f3", "b", 4, "f1"),
            create(FOLDER, "f3", "a", 4, "f2"));

    private Forest() {
    }

    private static ItemRef ref(String type, String id) {
        return ItemRef.of(type, id);
    }

    private static Operation create(String type, String id, String name, long size, String parentId) {
        return new Operation.Create(IdSpace.T1, ref(type, id), name, size, parentId);
    }

    private static Operation trash(ItemRef ref) {
        return new Operation.MoveToTrash(IdSpace.T1, ref, false);
    }
}

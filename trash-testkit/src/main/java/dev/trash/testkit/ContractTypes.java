package dev.trash.testkit;

import dev.trash.ResourceType;
import dev.trash.TypeCatalogue;

/**
 * The type catalogue every store runs the contract with: a Roboflow-like workspace with a self-nesting
 * type. A store under test maps each of these types to its own storage (the JDBI adapter: one table each).
 *
 * <ul>
 *   <li>{@code project}: top level; {@code model} (unique names) and {@code version} are owned by a project</li>
 *   <li>{@code folder}: nests in itself, unique names among siblings</li>
 *   <li>{@code dataset}: top level, references shared {@code image} assets</li>
 *   <li>{@code image}: top level, a shared asset</li>
 *   <li>{@code workflow}: top level, alone</li>
 * </ul>
 */
public final class ContractTypes {

    /** Type names, for readable tests. */
    public static final String PROJECT = "project";
    /** Owned by a project; names unique among active siblings. */
    public static final String MODEL = "model";
    /** Owned by a project. */
    public static final String VERSION = "version";
    /** Nests in itself. */
    public static final String FOLDER = "folder";
    /** References images. */
    public static final String DATASET = "dataset";
    /** A shared asset. */
    public static final String IMAGE = "image";
    /** Stands alone. */
    public static final String WORKFLOW = "workflow";

    private ContractTypes() {
    }

    /** The catalogue. */
    public static TypeCatalogue catalogue() {
        return TypeCatalogue.builder()
                .add(ResourceType.topLevel(PROJECT))
                .add(ResourceType.ownedBy(MODEL, PROJECT).withUniqueNames())
                .add(ResourceType.ownedBy(VERSION, PROJECT))
                .add(ResourceType.selfNesting(FOLDER).withUniqueNames())
                .add(ResourceType.topLevel(DATASET).referencing(IMAGE))
                .add(ResourceType.topLevel(IMAGE))
                .add(ResourceType.topLevel(WORKFLOW))
                .build();
    }
}

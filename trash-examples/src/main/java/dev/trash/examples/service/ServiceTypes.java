package dev.trash.examples.service;

import dev.trash.ResourceType;
import dev.trash.TypeCatalogue;

/**
 * The service's resource types, as in a computer-vision platform: projects own models and versions;
 * datasets reference shared images; workflows stand alone. Names are unique among active siblings of a
 * type, so a restore can clash with an item created meanwhile.
 */
public final class ServiceTypes {

    /** The catalogue, in the order the page shows its filters. */
    public static final TypeCatalogue CATALOGUE = TypeCatalogue.builder()
            .add(ResourceType.topLevel("project").withUniqueNames())
            .add(ResourceType.ownedBy("model", "project").withUniqueNames())
            .add(ResourceType.ownedBy("version", "project").withUniqueNames())
            .add(ResourceType.topLevel("dataset").withUniqueNames().referencing("image"))
            .add(ResourceType.topLevel("image").withUniqueNames())
            .add(ResourceType.topLevel("workflow").withUniqueNames())
            .build();

    /** The asset type images are linked as, and the type that references it. */
    public static final String IMAGE = "image";
    /** The type images are linked to. */
    public static final String DATASET = "dataset";

    private ServiceTypes() {
    }
}

package dev.trash.examples;

import dev.trash.Actor;
import dev.trash.ItemRef;
import dev.trash.ParentInTrashException;
import dev.trash.Resource;
import dev.trash.ResourceType;
import dev.trash.SettableClock;
import dev.trash.SweepReport;
import dev.trash.Trash;
import dev.trash.TrashOptions;
import dev.trash.TrashQuery;
import dev.trash.TrashRow;
import dev.trash.TypeCatalogue;
import dev.trash.spi.TrashRepository;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;

/**
 * A tour of Trash in a workspace like Ultralytics Platform's or Roboflow's: trash a model, then its
 * project; see the restore rule; restore the project; let 30 days pass; sweep.
 */
public final class Quickstart {

    /** The types of the tour: a project owns models and versions; datasets share images. */
    public static final TypeCatalogue TYPES = TypeCatalogue.builder()
            .add(ResourceType.topLevel("project"))
            .add(ResourceType.ownedBy("model", "project").withUniqueNames())
            .add(ResourceType.ownedBy("version", "project"))
            .add(ResourceType.topLevel("dataset").referencing("image"))
            .add(ResourceType.topLevel("image"))
            .add(ResourceType.topLevel("workflow"))
            .build();

    private static final Actor ALICE = Actor.of("acme", "alice");
    private static final long MB = 1 << 20;

    private final PrintStream out;
    private final SettableClock clock = SettableClock.at(Instant.parse("2026-11-25T09:00:00Z"));
    private final Trash trash;

    /** A tour over {@code repository}, printing to {@code out}. */
    public Quickstart(TrashRepository repository, PrintStream out) {
        this.out = out;
        this.trash = Trash.builder()
                .catalogue(TYPES)
                .repository(repository)
                .clock(clock)
                .listener("blob-cleaner", event -> out.printf("  event: %s %s (%d items)%n",
                        event.kind(), event.root(), event.itemCount()))
                .build();
    }

    /** Runs the tour. */
    public void run() {
        createWorkspace();
        ItemRef p1 = ItemRef.of("project", "p1");
        ItemRef m1 = ItemRef.of("model", "m1");

        step("Trash model m1 on its own, then, a day later, its project p1");
        trash.moveToTrash(ALICE, m1, TrashOptions.defaults().withReason("wrong labels"));
        clock.advance(Duration.ofDays(1));
        trash.moveToTrash(ALICE, p1);
        trash.moveToTrash(ALICE, ItemRef.of("dataset", "d1"), TrashOptions.defaults().withExclusiveAssets());
        printTrash();

        step("Restore model m1 while its project is in Trash");
        try {
            trash.restore(ALICE, m1);
        } catch (ParentInTrashException e) {
            out.println("  refused: " + e.getMessage());
        }

        step("Restore project p1: it brings back m2 and v1, not m1, which was trashed on its own");
        trash.restore(ALICE, p1);
        for (String id : new String[] {"p1", "m1", "m2", "v1"}) {
            String type = id.startsWith("p") ? "project" : id.startsWith("m") ? "model" : "version";
            out.printf("  %-8s %-3s %s%n", type, id, trash.isVisible(ALICE, ItemRef.of(type, id)) ? "active" : "in trash");
        }
        printTrash();

        step("Thirty days later, the nightly sweep at 03:00 UTC");
        clock.set(Instant.parse("2026-12-27T03:00:00Z"));
        SweepReport report = trash.sweeper().sweep();
        out.printf("  purged %d roots, %d items, %s%n", report.rootsPurged(), report.itemsPurged(),
                size(report.bytesFreed()));
        out.printf("  shared image i1 still there: %s; d1's exclusive image i2 gone: %s%n",
                trash.isVisible(ALICE, ItemRef.of("image", "i1")), trash.find(ALICE, ItemRef.of("image", "i2")).isEmpty());
        printTrash();
    }

    private void createWorkspace() {
        step("Workspace acme: project p1 (models m1, m2; version v1), datasets d1 and d2 sharing image i1, workflow w1");
        trash.create(ALICE, Resource.of("project", "p1", "Road signs", 0));
        trash.create(ALICE, Resource.owned("model", "m1", "detector", 120 * MB, "p1"));
        trash.create(ALICE, Resource.owned("model", "m2", "classifier", 80 * MB, "p1"));
        trash.create(ALICE, Resource.owned("version", "v1", "v1 (640px)", 300 * MB, "p1"));
        trash.create(ALICE, Resource.of("dataset", "d1", "Signs 2025", 2 * MB));
        trash.create(ALICE, Resource.of("dataset", "d2", "Signs 2026", 2 * MB));
        trash.create(ALICE, Resource.of("image", "i1", "stop.jpg", 3 * MB));
        trash.create(ALICE, Resource.of("image", "i2", "yield.jpg", 4 * MB));
        trash.linkAsset(ALICE, ItemRef.of("dataset", "d1"), ItemRef.of("image", "i1"));
        trash.linkAsset(ALICE, ItemRef.of("dataset", "d2"), ItemRef.of("image", "i1"));
        trash.linkAsset(ALICE, ItemRef.of("dataset", "d1"), ItemRef.of("image", "i2"));
        trash.create(ALICE, Resource.of("workflow", "w1", "Auto-label", 1024));
    }

    private void printTrash() {
        var rows = trash.list(ALICE, TrashQuery.firstPage()).rows();
        out.printf("  %-12s %-8s %-17s %-6s %9s %8s  %s%n", "NAME", "TYPE", "DELETED", "LEFT", "SIZE", "CASCADED",
                "PARENT");
        for (TrashRow row : rows) {
            out.printf("  %-12s %-8s %-17s %-6s %9s %8d  %s%n", row.entry().rootName(), row.type(),
                    row.entry().deletedAt().toString().substring(0, 16).replace('T', ' '), row.daysRemaining() + "d",
                    size(row.entry().sizeBytes()), row.entry().cascadedCount(),
                    row.parentName() == null ? "-" : row.parentName());
        }
        if (rows.isEmpty()) {
            out.println("  (Trash is empty)");
        }
    }

    private void step(String title) {
        out.printf("%n== %s%n", title);
    }

    private static String size(long bytes) {
        return bytes >= MB ? bytes / MB + " MB" : bytes + " B";
    }
}

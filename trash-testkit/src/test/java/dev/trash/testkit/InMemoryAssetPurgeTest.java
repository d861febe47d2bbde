package dev.trash.testkit;

import static dev.trash.testkit.ContractTypes.DATASET;
import static dev.trash.testkit.ContractTypes.IMAGE;
import static dev.trash.testkit.TrashFixture.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trash.ItemRef;
import dev.trash.Trash;
import dev.trash.TrashOptions;
import dev.trash.memory.InMemoryTrashRepository;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Kept shared assets and purge events on the in-memory store. */
class InMemoryAssetPurgeTest extends AssetPurgeContract {

    @Override
    protected StoreUnderTest store() {
        return new InMemoryStore();
    }

    /** The in-memory store's purge block stands for a host row that refuses one orphaned asset's removal. */
    @Test
    void aRefusedOrphanedAssetIsKeptAndTheOthersOfItsBatchGo() {
        TrashFixture fx = new TrashFixture(store());
        Trash trash = fx.trash();
        ItemRef first = fx.create(DATASET, "first");
        ItemRef second = fx.create(DATASET, "second");
        List<ItemRef> images = List.of(fx.create(IMAGE, "a"), fx.create(IMAGE, "b"), fx.create(IMAGE, "c"));
        for (ItemRef image : images) {
            trash.linkAsset(ALICE, first, image);
            trash.linkAsset(ALICE, second, image);
        }
        trash.moveToTrash(ALICE, first, TrashOptions.defaults().withExclusiveAssets());
        trash.purge(ALICE, first);
        trash.moveToTrash(ALICE, second);
        trash.purge(ALICE, second);
        InMemoryTrashRepository repository = (InMemoryTrashRepository) fx.repository();
        repository.blockPurge(ALICE.tenant(), images.get(1));

        assertThat(trash.sweeper().sweep().assetsPurged()).isEqualTo(2);
        assertThat(images).filteredOn(fx::visible).containsExactly(images.get(1));

        repository.unblockPurge(ALICE.tenant(), images.get(1));
        assertThat(trash.sweeper().sweep().assetsPurged()).as("kept for the next sweep").isEqualTo(1);
        assertThat(images).noneMatch(fx::visible);
    }
}

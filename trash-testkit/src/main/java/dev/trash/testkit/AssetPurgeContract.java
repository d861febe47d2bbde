package dev.trash.testkit;

import static dev.trash.testkit.ContractTypes.DATASET;
import static dev.trash.testkit.ContractTypes.IMAGE;
import static dev.trash.testkit.TrashFixture.ALICE;
import static dev.trash.testkit.TrashFixture.BOB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.trash.AuditRecord;
import dev.trash.ItemRef;
import dev.trash.PurgeResult;
import dev.trash.PurgedItem;
import dev.trash.SweepReport;
import dev.trash.Trash;
import dev.trash.TrashEvent;
import dev.trash.TrashOptions;
import dev.trash.TrashQuery;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Shared assets that a flagged purge keeps and a later sweep removes: the record of a kept asset ends with
 * the asset, and purge events count items and assets apart. A store runs it with a subclass that names the
 * store.
 */
public abstract class AssetPurgeContract {

    /** The store under test. */
    protected abstract StoreUnderTest store();

    private final ItemRef d1 = ItemRef.of(DATASET, "d1");
    private final ItemRef d2 = ItemRef.of(DATASET, "d2");
    private final ItemRef i1 = ItemRef.of(IMAGE, "i1");
    /** What each PURGED event's entry lists as purged, read by a listener as a host would. */
    private final Map<String, List<PurgedItem>> purgedByEvent = new ConcurrentHashMap<>();
    private TrashFixture fx;
    private Trash trash;

    @BeforeEach
    void twoDatasetsSharingAnImage() {
        fx = new TrashFixture(store());
        trash = fx.rebuild(b -> b.listener("purged-items", event -> {
            if (event.kind() == TrashEvent.Kind.PURGED) {
                purgedByEvent.put(event.eventId(), fx.trash().purgedItems(event.tenant(), event.entryId(), null, 100));
            }
        }));
        fx.create(ALICE, DATASET, "d1", null, 100);
        fx.create(ALICE, DATASET, "d2", null, 100);
        fx.create(ALICE, IMAGE, "i1", null, 10);
        trash.linkAsset(ALICE, d1, i1);
        trash.linkAsset(ALICE, d2, i1);
    }

    /** D1 purged with its exclusive assets while D2 still holds i1: i1 is kept, and recorded. */
    private void flaggedPurgeKeepsTheSharedImage() {
        trash.moveToTrash(ALICE, d1, TrashOptions.defaults().withExclusiveAssets());
        trash.emptyTrash(ALICE, 1);
        assertThat(fx.visible(i1)).isTrue();
    }

    @Test
    void aSweepNeverRemovesANewItemThatReusesThePurgedAssetsId() {
        flaggedPurgeKeepsTheSharedImage();
        trash.moveToTrash(ALICE, i1);
        trash.purge(ALICE, i1);
        fx.create(ALICE, IMAGE, "i1", null, 10);

        SweepReport report = trash.sweeper().sweep();

        assertThat(report.assetsPurged()).isZero();
        assertThat(fx.visible(i1)).isTrue();
    }

    @Test
    void aSweepNeverRemovesANewItemThatReusesTheIdOfAnAssetItsLastOwnerTookAlong() {
        flaggedPurgeKeepsTheSharedImage();
        trash.moveToTrash(ALICE, d2, TrashOptions.defaults().withExclusiveAssets());
        trash.emptyTrash(ALICE, 1);
        assertThat(fx.visible(i1)).isFalse();
        fx.create(ALICE, IMAGE, "i1", null, 10);

        SweepReport report = trash.sweeper().sweep();

        assertThat(report.assetsPurged()).isZero();
        assertThat(fx.visible(i1)).isTrue();
    }

    @Test
    void anAssetTrashedAndRestoredIsNoLongerTheKeptOne() {
        flaggedPurgeKeepsTheSharedImage();
        trash.moveToTrash(ALICE, i1);
        trash.restore(ALICE, i1);
        trash.moveToTrash(ALICE, d2);
        trash.purge(ALICE, d2);

        assertThat(trash.sweeper().sweep().assetsPurged()).isZero();
        assertThat(fx.visible(i1)).isTrue();
    }

    @Test
    void anAssetLinkedToANewOwnerIsKeptForIt() {
        flaggedPurgeKeepsTheSharedImage();
        ItemRef d3 = fx.create(DATASET, "d3");
        trash.linkAsset(ALICE, d3, i1);
        for (ItemRef owner : List.of(d2, d3)) {
            trash.moveToTrash(ALICE, owner);
            trash.purge(ALICE, owner);
        }

        assertThat(trash.sweeper().sweep().assetsPurged()).isZero();
        assertThat(fx.visible(i1)).isTrue();
    }

    @Test
    void aPurgeCountsItsItemsAndItsAssetsApartInResultAndEvent() {
        fx.create(ALICE, IMAGE, "only_d1", null, 20);
        trash.linkAsset(ALICE, d1, ItemRef.of(IMAGE, "only_d1"));
        trash.moveToTrash(ALICE, d1, TrashOptions.defaults().withExclusiveAssets());

        PurgeResult result = trash.purge(ALICE, d1);

        assertThat(result).extracting(PurgeResult::itemCount, PurgeResult::sizeBytes, PurgeResult::assetCount,
                PurgeResult::assetBytes).containsExactly(1L, 100L, 1L, 20L);
        assertThat(fx.events()).last().extracting(TrashEvent::kind, TrashEvent::itemCount, TrashEvent::sizeBytes,
                TrashEvent::assetCount, TrashEvent::assetBytes)
                .containsExactly(TrashEvent.Kind.PURGED, 1L, 100L, 1L, 20L);
        assertThat(lastAudit()).extracting(AuditRecord::itemCount, AuditRecord::sizeBytes, AuditRecord::assetCount,
                AuditRecord::assetBytes).containsExactly(1L, 100L, 1L, 20L);
    }

    @Test
    void aLaterAssetPurgeHasAnEntryAndAnEventOfItsOwn() {
        flaggedPurgeKeepsTheSharedImage();
        trash.moveToTrash(ALICE, d2);
        trash.purge(ALICE, d2);

        SweepReport report = trash.sweeper().sweep();

        assertThat(report.assetsPurged()).isEqualTo(1);
        assertThat(fx.visible(i1)).isFalse();
        List<TrashEvent> purges = fx.events().stream().filter(e -> e.kind() == TrashEvent.Kind.PURGED).toList();
        assertThat(purges).extracting(TrashEvent::root).containsExactly(d1, d2, i1);
        assertThat(purges).extracting(TrashEvent::entryId).doesNotHaveDuplicates();
        assertThat(purges).extracting(TrashEvent::eventId).doesNotHaveDuplicates();
        TrashEvent assetPurge = purges.get(2);
        assertThat(assetPurge).extracting(TrashEvent::itemCount, TrashEvent::sizeBytes, TrashEvent::assetCount,
                TrashEvent::assetBytes).containsExactly(0L, 0L, 1L, 10L);
        assertThat(purgedByEvent.get(assetPurge.eventId())).extracting(PurgedItem::ref, PurgedItem::asset)
                .containsExactly(tuple(i1, true));
        assertThat(purgedByEvent.get(purges.get(0).eventId())).extracting(PurgedItem::ref).containsExactly(d1);
        assertThat(lastAudit()).extracting(AuditRecord::entryId, AuditRecord::root, AuditRecord::assetCount,
                AuditRecord::assetBytes).containsExactly(assetPurge.entryId(), i1, 1L, 10L);
    }

    @Test
    void oneSweepRemovesTheOrphanedAssetsOfTwoTenantsEachUnderAnEntryOfItsOwn() {
        ItemRef i2 = fx.create(ALICE, IMAGE, "i2", null, 20);
        ItemRef i3 = fx.create(ALICE, IMAGE, "i3", null, 30);
        for (ItemRef image : List.of(i2, i3)) {
            trash.linkAsset(ALICE, d1, image);
            trash.linkAsset(ALICE, d2, image);
        }
        ItemRef e1 = fx.create(BOB, DATASET, "e1", null, 100);
        ItemRef e2 = fx.create(BOB, DATASET, "e2", null, 100);
        ItemRef j1 = fx.create(BOB, IMAGE, "j1", null, 40);
        trash.linkAsset(BOB, e1, j1);
        trash.linkAsset(BOB, e2, j1);
        trash.moveToTrash(ALICE, d1, TrashOptions.defaults().withExclusiveAssets());
        trash.purge(ALICE, d1);
        trash.moveToTrash(BOB, e1, TrashOptions.defaults().withExclusiveAssets());
        trash.purge(BOB, e1);
        trash.moveToTrash(ALICE, d2);
        trash.purge(ALICE, d2);
        trash.moveToTrash(BOB, e2);
        trash.purge(BOB, e2);

        SweepReport report = trash.sweeper().sweep();

        assertThat(report.assetsPurged()).isEqualTo(4);
        assertThat(report.bytesFreed()).isEqualTo(10 + 20 + 30 + 40);
        assertThat(List.of(i1, i2, i3)).noneMatch(fx::visible);
        assertThat(trash.isVisible(BOB, j1)).isFalse();
        List<TrashEvent> assetPurges = fx.events().stream()
                .filter(e -> e.kind() == TrashEvent.Kind.PURGED && e.root().type().equals(IMAGE)).toList();
        assertThat(assetPurges).extracting(TrashEvent::tenant, TrashEvent::root, TrashEvent::itemCount,
                TrashEvent::assetCount, TrashEvent::assetBytes).containsExactlyInAnyOrder(
                tuple(ALICE.tenant(), i1, 0L, 1L, 10L), tuple(ALICE.tenant(), i2, 0L, 1L, 20L),
                tuple(ALICE.tenant(), i3, 0L, 1L, 30L), tuple(BOB.tenant(), j1, 0L, 1L, 40L));
        assertThat(assetPurges).extracting(TrashEvent::entryId).doesNotHaveDuplicates();
        for (TrashEvent purge : assetPurges) {
            assertThat(purgedByEvent.get(purge.eventId())).as(purge.root().toString())
                    .extracting(PurgedItem::ref, PurgedItem::sizeBytes, PurgedItem::asset)
                    .containsExactly(tuple(purge.root(), purge.assetBytes(), true));
        }
        assertThat(trash.list(ALICE, TrashQuery.firstPage()).rows()).isEmpty();
    }

    private AuditRecord lastAudit() {
        List<AuditRecord> audit = trash.audit(ALICE, 0, TrashQuery.MAX_LIMIT);
        return audit.get(audit.size() - 1);
    }
}

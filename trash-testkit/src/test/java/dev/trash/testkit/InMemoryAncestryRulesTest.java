package dev.trash.testkit;

import dev.trash.ItemRef;
import dev.trash.TrashItem;
import dev.trash.spi.TrashRepository;

/** The ancestry rules on the in-memory store. */
class InMemoryAncestryRulesTest extends AncestryRulesContract {

    @Override
    protected StoreUnderTest store() {
        return new InMemoryStore();
    }

    /** The store keeps what it is given: inserting the item again with another parent re-parents it. */
    @Override
    protected void hostSetsParent(TrashRepository repository, ItemRef child, ItemRef parent) {
        repository.inTransaction(tx -> {
            TrashItem item = tx.findItem(TrashFixture.ALICE.tenant(), child).orElseThrow();
            tx.insertItem(new TrashItem(item.tenant(), child, item.name(), item.sizeBytes(), parent,
                    item.trashEntryId()));
            return null;
        });
    }
}

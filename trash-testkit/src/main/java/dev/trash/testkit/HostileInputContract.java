package dev.trash.testkit;

import static dev.trash.testkit.ContractTypes.DATASET;
import static dev.trash.testkit.ContractTypes.FOLDER;
import static dev.trash.testkit.ContractTypes.IMAGE;
import static dev.trash.testkit.ContractTypes.PROJECT;
import static dev.trash.testkit.ContractTypes.VERSION;
import static dev.trash.testkit.ContractTypes.WORKFLOW;
import static dev.trash.testkit.TrashFixture.ALICE;
import static dev.trash.testkit.TrashFixture.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.trash.Actor;
import dev.trash.FailedDelivery;
import dev.trash.InputLimits;
import dev.trash.InvalidRequestException;
import dev.trash.ItemRef;
import dev.trash.Resource;
import dev.trash.RestoreOptions;
import dev.trash.RetentionPolicy;
import dev.trash.RetryPolicy;
import dev.trash.StorageUsage;
import dev.trash.Trash;
import dev.trash.TrashEntry;
import dev.trash.TrashItem;
import dev.trash.TrashOptions;
import dev.trash.TrashQuery;
import dev.trash.spi.DeliveryState;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a store does with input a careful caller would not send: padded or over-long ids, nulls, extreme
 * sizes and retentions, very deep trees. Every store gives the same answer, and a refused request changes
 * nothing.
 */
public abstract class HostileInputContract {

    private static final ItemRef W1 = ItemRef.of(WORKFLOW, "w1");
    /** U+1F5D1, outside the Basic Multilingual Plane: two UTF-16 code units. */
    private static final String WASTEBASKET = "\uD83D\uDDD1";

    /** The store under test. */
    protected abstract StoreUnderTest store();

    private TrashFixture fx;
    private Trash trash;

    @BeforeEach
    void newFixture() {
        fx = new TrashFixture(store());
        trash = fx.trash();
    }

    private void assertRefused(ThrowingCallable call, String message) {
        Object before = fx.snapshot();
        assertThatThrownBy(call).isInstanceOf(InvalidRequestException.class).hasMessage(message);
        assertThat(fx.snapshot()).isEqualTo(before);
    }

    @Test
    void keysWithSurroundingWhitespaceOrControlCharactersAreRefused() {
        assertRefused(() -> Actor.of("ws1 ", "eve"), "tenant must not begin or end with whitespace nor contain "
                + "control characters, was 'ws1 '");
        assertRefused(() -> ItemRef.of(WORKFLOW, " w1"), "id must not begin or end with whitespace nor contain "
                + "control characters, was ' w1'");
        assertRefused(() -> ItemRef.of(WORKFLOW, "w\u00001"), "id must not begin or end with whitespace nor "
                + "contain control characters, was 'w\\u00001'");
        assertRefused(() -> ItemRef.of("workflow\t", "w1"), "type must not begin or end with whitespace nor "
                + "contain control characters, was 'workflow\\u0009'");
        assertRefused(() -> Resource.owned(FOLDER, "f2", "f2", 1, "f1 "), "parentId must not begin or end with "
                + "whitespace nor contain control characters, was 'f1 '");
        assertRefused(() -> TrashQuery.firstPage().ofType("workflow "), "type must not begin or end with "
                + "whitespace nor contain control characters, was 'workflow '");
    }

    /** The store compares keys exactly: MariaDB's PAD SPACE collations took 'ws1 ' for 'ws1'. */
    @Test
    void theStoreComparesTenantsAndIdsExactly() {
        fx.create(WORKFLOW, "w1");
        long entryId = trash.moveToTrash(ALICE, W1).entry().id();
        fx.repository().inTransaction(tx -> {
            assertThat(tx.listEntries("ws1 ", null, null, 10)).isEmpty();
            assertThat(tx.countEntries("ws1 ", null)).isZero();
            assertThat(tx.findEntry("ws1 ", entryId)).isEmpty();
            assertThat(tx.listEntries("ws1", WORKFLOW + " ", null, 10)).isEmpty();
            return null;
        });
    }

    @Test
    void valuesLongerThanTheirColumnsAreRefusedWithTheSameLimitsEverywhere() {
        String tooLong = "x".repeat(256);
        assertRefused(() -> Actor.of(tooLong, "alice"), "tenant must be at most 255 characters, was 256");
        assertRefused(() -> Actor.of("ws1", tooLong), "principal must be at most 255 characters, was 256");
        assertRefused(() -> ItemRef.of(WORKFLOW, tooLong), "id must be at most 255 characters, was 256");
        assertRefused(() -> ItemRef.of("t".repeat(65), "w1"), "type must be at most 64 characters, was 65");
        assertRefused(() -> Resource.of(WORKFLOW, "w1", "n".repeat(1001), 1),
                "name must be at most 1000 characters, was 1001");
        assertRefused(() -> TrashOptions.defaults().withReason("r".repeat(4001)),
                "reason must be at most 4000 characters, was 4001");
        // UTF-16 code units, as H2 counts them: an emoji is two, so 128 of them are one too many for an id
        assertRefused(() -> ItemRef.of(WORKFLOW, WASTEBASKET.repeat(128)),
                "id must be at most 255 characters, was 256");
        assertRefused(() -> Actor.of(WASTEBASKET.repeat(128), "alice"),
                "tenant must be at most 255 characters, was 256");
        assertRefused(() -> Resource.of(WORKFLOW, "w1", WASTEBASKET.repeat(501), 1),
                "name must be at most 1000 characters, was 1002");
    }

    @Test
    void valuesAtTheirLimitsAreStoredAndReadBackWhole() {
        storedAndReadBackWhole(Actor.of("t".repeat(InputLimits.TENANT), "p".repeat(InputLimits.PRINCIPAL)),
                "w".repeat(InputLimits.ID), "r".repeat(InputLimits.REASON));
        // an emoji is two UTF-16 code units, as H2 counts them: 127 of them and one letter are 255
        String emoji255 = WASTEBASKET.repeat(127) + "x";
        storedAndReadBackWhole(Actor.of(emoji255, emoji255), emoji255, WASTEBASKET.repeat(InputLimits.REASON / 2));
    }

    private void storedAndReadBackWhole(Actor actor, String id, String reason) {
        ItemRef ref = fx.create(actor, WORKFLOW, id, null, 1);
        trash.moveToTrash(actor, ref, TrashOptions.defaults().withReason(reason));

        TrashEntry entry = trash.list(actor, TrashQuery.firstPage()).rows().get(0).entry();
        assertThat(entry.root()).isEqualTo(ref);
        assertThat(entry.reason()).isEqualTo(reason);
        assertThat(entry.deletedBy()).isEqualTo(actor.principal());
        trash.restore(actor, ref);
        assertThat(trash.isVisible(actor, ref)).isTrue();
    }

    /**
     * Whether the store's host tables hold names of {@link InputLimits#NAME} characters for types with unique
     * names. A store whose unique-name index is narrower (MariaDB's, 255 characters) says no, and the test of
     * renamed names at the limit does not apply to it.
     */
    protected boolean holdsUniqueNamesAtTheLimit() {
        return true;
    }

    /** A name at the limit, restored beside namesakes, is shortened to take its suffix, never beyond the limit. */
    @Test
    void aNameAtTheLimitRestoredUnderANewNameStaysWithinTheLimit() {
        assumeTrue(holdsUniqueNamesAtTheLimit(), "the store's unique-name index holds shorter names");
        // the first new name cuts the name inside the emoji: it leaves the emoji out whole
        String name = "a".repeat(988) + WASTEBASKET + "b".repeat(10);
        ItemRef f1 = trash.create(ALICE, Resource.of(FOLDER, "f1", name, 1)).ref();
        trash.moveToTrash(ALICE, f1);
        trash.create(ALICE, Resource.of(FOLDER, "f2", name, 1));
        trash.create(ALICE, Resource.of(FOLDER, "f3", "a".repeat(988) + " (restored)", 1));

        String renamed = trash.restore(ALICE, f1, RestoreOptions.defaults().withRenameOnConflict()).renamedTo();

        assertThat(renamed).isEqualTo("a".repeat(987) + " (restored 2)").hasSize(InputLimits.NAME);
        assertThat(trash.moveToTrash(ALICE, f1).entry().rootName()).isEqualTo(renamed);
        assertThat(trash.list(ALICE, TrashQuery.firstPage()).rows().get(0).entry().rootName()).isEqualTo(renamed);
    }

    /** A host row may hold a longer name than Trash's, or none: the entry keeps what its column holds. */
    @Test
    void anEntryKeepsAHostNameLongerThanTheLimitCutAndAMissingOneAsTheId() {
        fx.repository().inTransaction(tx -> {
            // cut at the limit, the name would end inside the emoji: the entry leaves it out whole
            tx.insertItem(new TrashItem(ALICE.tenant(), W1, "c".repeat(999) + WASTEBASKET + "d".repeat(500), 1,
                    null, null));
            tx.insertItem(new TrashItem(ALICE.tenant(), ItemRef.of(WORKFLOW, "w2"), null, 1, null, null));
            return null;
        });

        assertThat(trash.moveToTrash(ALICE, W1).entry().rootName()).isEqualTo("c".repeat(999));
        assertThat(trash.moveToTrash(ALICE, ItemRef.of(WORKFLOW, "w2")).entry().rootName()).isEqualTo("w2");
        assertThat(trash.list(ALICE, TrashQuery.firstPage()).rows()).extracting(row -> row.entry().rootName())
                .containsExactly("w2", "c".repeat(999));
    }

    /** Every read that pages takes 1 to {@link TrashQuery#MAX_LIMIT} rows: a database refuses a negative LIMIT. */
    @Test
    void pageSizesOutsideOneToTheLargestPageAreRefused() {
        fx.create(WORKFLOW, "w1");
        long entryId = trash.moveToTrash(ALICE, W1).entry().id();
        assertRefused(() -> trash.entryItems(ALICE.tenant(), entryId, null, -1),
                "limit must be between 1 and 500, was -1");
        assertRefused(() -> trash.purgedItems(ALICE.tenant(), entryId, null, 0),
                "limit must be between 1 and 500, was 0");
        assertRefused(() -> trash.audit(ALICE, 0, TrashQuery.MAX_LIMIT + 1),
                "limit must be between 1 and 500, was 501");
        assertRefused(() -> trash.dispatcher().failures("recorder", true, 0, Integer.MIN_VALUE),
                "limit must be between 1 and 500, was " + Integer.MIN_VALUE);
        assertThat(trash.audit(ALICE, 0, TrashQuery.MAX_LIMIT)).hasSize(1);
    }

    /** A listener's error message may be of any length: every store keeps the same cut of it. */
    @Test
    void aListenersLongErrorIsKeptCutTheSameOnEveryStore() {
        String error = "e".repeat(DeliveryState.MAX_ERROR_LENGTH - 1) + WASTEBASKET + "f".repeat(2000);
        trash = fx.rebuild(b -> b.retryPolicy(new RetryPolicy(1, Duration.ZERO, Duration.ZERO))
                .listener("verbose", event -> {
                    throw new IllegalStateException(error);
                }));
        fx.create(WORKFLOW, "w1");
        trash.moveToTrash(ALICE, W1);

        assertThat(trash.dispatcher().failures("verbose", true, 0, 10)).singleElement()
                .extracting(FailedDelivery::lastError).isEqualTo("e".repeat(DeliveryState.MAX_ERROR_LENGTH - 1));
    }

    @Test
    void nullArgumentsAreInvalidRequests() {
        fx.create(WORKFLOW, "w1");
        assertRefused(() -> trash.moveToTrash(null, W1), "actor must not be null");
        assertRefused(() -> trash.moveToTrash(ALICE, null), "ref must not be null");
        assertRefused(() -> trash.moveToTrash(ALICE, W1, null), "options must not be null");
        assertRefused(() -> trash.restore(ALICE, W1, (RestoreOptions) null), "options must not be null");
        assertRefused(() -> trash.purge(ALICE, null), "ref must not be null");
        assertRefused(() -> trash.restoreAll(ALICE, Arrays.asList(W1, null)),
                "items must not contain null, found one at index 1");
        assertRefused(() -> trash.purgeAll(ALICE, null), "items must not be null");
        assertRefused(() -> trash.restoreAll(null), "actor must not be null");
        assertRefused(() -> trash.list(ALICE, null), "query must not be null");
        assertRefused(() -> trash.find(ALICE, null), "ref must not be null");
        assertRefused(() -> trash.create(ALICE, null), "resource must not be null");
        assertRefused(() -> trash.storageUsage(null), "actor must not be null");
        assertRefused(() -> trash.emptyTrash(null, 0), "actor must not be null");
        assertRefused(() -> trash.previewPurge(ALICE, null), "ref must not be null");
        assertRefused(() -> trash.entryItems(null, 1, null, 10), "tenant must not be blank");
    }

    @Test
    void aRetentionBeyondTheLongestIsRefusedWhenThePolicyIsBuilt() {
        assertThatThrownBy(() -> RetentionPolicy.builder().defaultRetention(Duration.ofSeconds(Long.MAX_VALUE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("retention must be at most 36500 days, was PT" + Long.MAX_VALUE / 3600 + "H"
                        + Long.MAX_VALUE % 3600 / 60 + "M" + Long.MAX_VALUE % 60 + "S");
        trash = fx.rebuild(b -> b.retention(RetentionPolicy.builder().defaultRetention(RetentionPolicy.MAX).build()));
        fx.create(WORKFLOW, "w1");
        TrashEntry entry = trash.moveToTrash(ALICE, W1).entry();
        assertThat(entry.scheduledCleanupAt()).isEqualTo(START.plus(RetentionPolicy.MAX));
        assertThat(trash.list(ALICE, TrashQuery.firstPage()).rows().get(0).entry().scheduledCleanupAt())
                .isEqualTo(START.plus(RetentionPolicy.MAX));
    }

    /** Every duration Trash adds to the time is capped like a retention, so no sweep or delivery overflows. */
    @Test
    void everyDurationBeyondTheLongestIsRefusedWhenItIsSet() {
        Duration tooLong = RetentionPolicy.MAX.plusSeconds(1);
        Trash.Builder builder = Trash.builder();
        assertThatThrownBy(() -> builder.eventRetention(tooLong)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("eventRetention must be at most 36500 days, was PT876000H1S");
        assertThatThrownBy(() -> builder.auditRetention(tooLong)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("auditRetention must be at most 36500 days, was PT876000H1S");
        assertThatThrownBy(() -> builder.sweepLease(tooLong)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sweepLease must be at most 36500 days, was PT876000H1S");
        assertThatThrownBy(() -> builder.sweepBudget(tooLong)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sweepBudget must be at most 36500 days, was PT876000H1S");
        assertThatThrownBy(() -> new RetryPolicy(1, Duration.ZERO, tooLong))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxBackoff must be at most 36500 days, was PT876000H1S");

        // at the longest, sweeps and deliveries still work out their times
        Duration max = RetentionPolicy.MAX;
        trash = fx.rebuild(b -> b.eventRetention(max).auditRetention(max).sweepLease(max).sweepBudget(max)
                .retryPolicy(new RetryPolicy(2, max, max)).listener("failing", event -> {
                    throw new IllegalStateException("not now");
                }));
        fx.create(WORKFLOW, "w1");
        trash.moveToTrash(ALICE, W1);
        fx.clock().advance(RetentionPolicy.DEFAULT);
        assertThat(trash.sweeper().sweep().rootsPurged()).isEqualTo(1);
        assertThat(trash.dispatcher().failures("failing", false, 0, 10)).first()
                .extracting(FailedDelivery::attempts).isEqualTo(1);
    }

    /** Sizes are each valid; their sums stop at Long.MAX_VALUE instead of wrapping to a negative number. */
    @Test
    void byteTotalsSaturateInsteadOfWrapping() {
        fx.create(PROJECT, "p1");
        fx.create(ALICE, VERSION, "v1", "p1", Long.MAX_VALUE);
        fx.create(ALICE, VERSION, "v2", "p1", Long.MAX_VALUE);
        fx.create(ALICE, WORKFLOW, "w1", null, Long.MAX_VALUE);
        StorageUsage usage = trash.storageUsage(ALICE);
        assertThat(usage.byType().get(VERSION).activeBytes()).isEqualTo(Long.MAX_VALUE);
        assertThat(usage.activeBytes()).isEqualTo(Long.MAX_VALUE);

        TrashEntry entry = trash.moveToTrash(ALICE, ItemRef.of(PROJECT, "p1")).entry();
        assertThat(entry.sizeBytes()).isEqualTo(Long.MAX_VALUE);
        usage = trash.storageUsage(ALICE);
        assertThat(usage.byType().get(VERSION).trashedBytes()).isEqualTo(Long.MAX_VALUE);
        assertThat(usage.quotaBytes()).isEqualTo(Long.MAX_VALUE);
        assertThat(trash.purge(ALICE, ItemRef.of(PROJECT, "p1")).sizeBytes()).isEqualTo(Long.MAX_VALUE);

        // a sweep frees the items' bytes and the exclusive assets' bytes: together more than a long holds
        ItemRef d1 = fx.create(ALICE, DATASET, "d1", null, Long.MAX_VALUE);
        trash.linkAsset(ALICE, d1, fx.create(ALICE, IMAGE, "i1", null, 1));
        trash.moveToTrash(ALICE, d1, TrashOptions.defaults().withExclusiveAssets());
        fx.clock().advance(RetentionPolicy.DEFAULT);
        assertThat(trash.sweeper().sweep().bytesFreed()).isEqualTo(Long.MAX_VALUE);
    }

    /** The docs promise any depth; MariaDB stopped recursive queries after 1,000 rounds. */
    @Test
    void aFolderChainFiveThousandDeepIsTrashedRestoredAndPurged() {
        int depth = 5_000;
        // seeded through the port in one transaction, as a host inserts its own rows: Trash.create locks the
        // whole ancestor chain of each new item, which makes a chain built item by item quadratic
        fx.repository().inTransaction(tx -> {
            for (int i = 0; i < depth; i++) {
                ItemRef parent = i == 0 ? null : ItemRef.of(FOLDER, "f" + (i - 1));
                tx.insertItem(new TrashItem(ALICE.tenant(), ItemRef.of(FOLDER, "f" + i), "f" + i, 1, parent,
                        null));
            }
            return null;
        });
        ItemRef top = ItemRef.of(FOLDER, "f0");
        ItemRef deepest = ItemRef.of(FOLDER, "f" + (depth - 1));

        assertThat(trash.moveToTrash(ALICE, top).entry().cascadedCount()).isEqualTo(depth - 1);
        assertThat(fx.visible(deepest)).isFalse();
        trash.restore(ALICE, top);
        assertThat(fx.visible(deepest)).isTrue();
        trash.moveToTrash(ALICE, top);
        assertThat(trash.purge(ALICE, top).itemCount()).isEqualTo(depth);
        assertThat(trash.find(ALICE, deepest)).isEmpty();
        assertThat(trash.find(ALICE, ItemRef.of(FOLDER, "f2500"))).isEmpty();
    }

    /** A hostile id may spell what a separator would: "t" + "image/z" must not look like "t/image" + "z". */
    @Test
    void rootsWhoseKeysContainSlashesStayApart() {
        List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        trash = fx.rebuild(b -> b.listener("picky", event -> {
            if (event.tenant().equals("t/workflow")) {
                throw new IllegalStateException("not now");
            }
            seen.add(event.tenant() + " " + event.root());
        }));
        Actor slashedTenant = Actor.of("t/workflow", "alice");
        Actor plain = Actor.of("t", "alice");
        ItemRef a = fx.create(slashedTenant, WORKFLOW, "z", null, 1);
        ItemRef b = fx.create(plain, WORKFLOW, "workflow/z", null, 1);
        trash.moveToTrash(slashedTenant, a);
        trash.moveToTrash(plain, b);
        assertThat(seen).containsExactly("t workflow workflow/z");
    }
}

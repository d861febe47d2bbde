package dev.trash.jdbi.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trash.jdbi.fixture.JdbiStore;
import dev.trash.jdbi.fixture.TestDatabase;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * MariaDB loses a row of a recursive query whose working table moves to disk (MDEV-40803), and with it the
 * row's subtree. A folder cascade given little memory, so that its first level (20,000 folders) spills,
 * still marks every folder below the root: the level's children included.
 */
class MariaDbRecursionSpillTest {

    private static final JdbiStore STORE = new JdbiStore(TestDatabase.MARIADB);
    private static final int LEVEL = 20_000;

    private final Key text = Key.text(new MariaDbDialect());
    private final TypeTable folders = new TypeTable("folder", "folders", "id", "workspace_id", "parent_id", "folder",
            "name", "size_bytes", "trash_entry_id", false, text, text, text);

    @BeforeAll
    static void requireDatabase() {
        TestDatabase.MARIADB.assumeEnabled();
    }

    @AfterAll
    static void dropSchema() {
        STORE.close();
    }

    @Test
    void aCascadeWhoseRecursionSpillsToDiskStillMarksEveryFolder() {
        try (Handle h = STORE.schema().jdbi().open()) {
            h.execute("INSERT INTO folders (workspace_id, id, parent_id, name) VALUES ('spill', 'root', NULL, 'root')");
            h.execute("INSERT INTO folders (workspace_id, id, parent_id, name) SELECT 'spill', CONCAT('f', seq), 'root',"
                    + " CONCAT('f', seq) FROM seq_1_to_" + LEVEL);
            h.execute("INSERT INTO folders (workspace_id, id, parent_id, name) SELECT 'spill', CONCAT('g', seq),"
                    + " CONCAT('f', seq), CONCAT('g', seq) FROM seq_1_to_" + LEVEL);
            h.execute("UPDATE folders SET trash_entry_id = 7 WHERE workspace_id = 'spill' AND id = 'root'");
            MariaDbDialect smallMemory = new MariaDbDialect(1 << 20);
            long spilledBefore = smallMemory.spilledTemporaryTables(h);

            new SubtreeSql(new Session(h, null, smallMemory)).markNestedDescendants(folders, "spill", 7);

            assertThat(smallMemory.spilledTemporaryTables(h)).as("the recursion spilled").isGreaterThan(spilledBefore);
            assertThat(h.createQuery("SELECT COUNT(*) FROM folders WHERE workspace_id = 'spill' AND trash_entry_id IS NULL")
                    .mapTo(Long.class).one()).as("folders left active below the trashed root").isZero();
        }
    }
}

package dev.trash.bench;

import dev.trash.ResourceType;
import dev.trash.Trash;
import dev.trash.TypeCatalogue;
import dev.trash.jdbi.JdbiTrashRepository;
import dev.trash.jdbi.SqlDialect;
import dev.trash.jdbi.TableMapping;
import dev.trash.jdbi.TrashSchema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The folder scenario's host table: {@code folders} (tenant, id, parent_id, name, size_bytes), keyed by
 * (workspace_id, id), with a foreign key from (workspace_id, parent_id) to the table itself and the index a
 * host puts under it, then what adopting Trash adds ({@link TrashSchema#markerColumnDdl}) and the adapter's
 * own tables. One self-nesting type, {@code folder}.
 *
 * <p>Root folder {@code f0} holds {@code folders} folders {@code f1} to {@code fN} in one of three shapes,
 * generated level by level ({@code INSERT ... SELECT} over a series, one statement per level) before the
 * foreign key is added:
 * <ul>
 * <li>{@code three_levels}: fan-out {@code f = floor(N^(1/3))} (46 for 100,000) on the first two levels, the
 * rest on the third;</li>
 * <li>{@code ten_levels}: the same with ten levels (fan-out 3, 70,477 folders on the tenth level for 100,000);</li>
 * <li>{@code chain}: {@code N / 2,000} chains of 2,000 folders each under the root (50 for 100,000), so that
 * the cascade goes 2,000 levels deep; below 2,000 folders one chain of them all.</li>
 * </ul>
 * Level {@code k}'s folders take their parents on level {@code k - 1} in turn, so every parent has its share.
 */
public final class FolderSchema {

    /** The type. */
    public static final String FOLDER = "folder";
    /** The root folder's id. */
    public static final String ROOT = "f0";
    /** How deep the chains go. */
    public static final int CHAIN_DEPTH = 2_000;
    /** The tables a run touches, for VACUUM. */
    static final String[] TABLES = {"folders", "trash_entry", "trash_audit", "trash_outbox", "trash_tombstone"};

    private FolderSchema() {
    }

    /** One self-nesting type. */
    public static TypeCatalogue catalogue() {
        return TypeCatalogue.builder().add(ResourceType.selfNesting(FOLDER)).build();
    }

    /** How the type maps onto {@code folders}. */
    public static List<TableMapping> mappings() {
        return List.of(TableMapping.forType(FOLDER).table("folders").tenant("workspace_id").parent("parent_id"));
    }

    /** A Trash on the folders, with the defaults a host starts with. */
    public static Trash trash(Database db) {
        JdbiTrashRepository repository = JdbiTrashRepository.builder(db.jdbi(), catalogue())
                .dialect(HostSchema.dialect(db)).map(mappings().toArray(TableMapping[]::new)).build();
        return Trash.builder().catalogue(catalogue()).repository(repository).clock(Ours.clock()).build();
    }

    /**
     * Creates the table as a host has it (the self foreign key over its own index, made before the key so that
     * H2 and MariaDB use it rather than make one of their own), fills it in the given shape, and adds Trash's
     * marker column and indexes and the adapter's tables.
     */
    public static void create(Database db, String shape, int folders) {
        String id = db.idType();
        SqlDialect dialect = HostSchema.dialect(db);
        db.jdbi().useHandle(h -> {
            h.execute("CREATE TABLE folders (workspace_id " + id + " NOT NULL, id " + id + " NOT NULL, parent_id " + id
                    + " NULL, name VARCHAR(255) NOT NULL, size_bytes BIGINT NOT NULL DEFAULT 0, "
                    + "PRIMARY KEY (workspace_id, id))");
            h.execute("CREATE INDEX folders_parent_fk_idx ON folders (workspace_id, parent_id)");
        });
        fill(db, levels(shape, folders));
        db.jdbi().useHandle(h -> {
            // after the load, as a host's bulk load does it: checked row by row during the INSERTs, PostgreSQL's
            // foreign-key lookups ran on a plan made for the empty table, over 3 minutes for 100,000 rows
            h.execute("ALTER TABLE folders ADD CONSTRAINT folders_parent_fk FOREIGN KEY (workspace_id, parent_id) "
                    + "REFERENCES folders (workspace_id, id)");
            TrashSchema.markerColumnDdl(dialect, catalogue(), mappings()).forEach(h::execute);
        });
        TrashSchema.install(db.jdbi(), dialect);
        db.vacuum(TABLES);
    }

    /** How many folders each level below the root holds, top down. */
    static List<Integer> levels(String shape, int folders) {
        return switch (shape) {
            case "three_levels" -> tree(folders, 3);
            case "ten_levels" -> tree(folders, 10);
            case "chain" -> chains(folders);
            default -> throw new IllegalArgumentException("unknown shape " + shape
                    + "; expected three_levels, ten_levels or chain");
        };
    }

    private static List<Integer> tree(int folders, int depth) {
        int fanOut = Math.max(2, (int) Math.floor(Math.pow(folders, 1.0 / depth) + 1e-9));
        List<Integer> sizes = new ArrayList<>();
        long size = fanOut;
        int left = folders;
        for (int level = 1; level < depth && left > 0; level++, size *= fanOut) {
            int n = (int) Math.min(size, left);
            sizes.add(n);
            left -= n;
        }
        if (left > 0) {
            sizes.add(left);
        }
        return sizes;
    }

    private static List<Integer> chains(int folders) {
        int depth = Math.min(CHAIN_DEPTH, folders);
        int width = folders / depth;
        List<Integer> sizes = new ArrayList<>(Collections.nCopies(depth, width));
        sizes.set(0, width + folders - width * depth); // what does not divide evenly hangs under the root
        return sizes;
    }

    private static void fill(Database db, List<Integer> levels) {
        db.jdbi().useTransaction(h -> {
            h.execute("INSERT INTO folders (workspace_id, id, parent_id, name, size_bytes) VALUES ('" + HostSchema.TENANT
                    + "', '" + ROOT + "', NULL, 'root', " + HostSchema.ITEM_BYTES + ")");
            long start = 1;
            long parentStart = 0;
            long parents = 1;
            for (int size : levels) {
                String folder = "(" + start + " + s.x - 1)";
                String parent = "'f' || (" + parentStart + " + MOD(s.x - 1, " + parents + "))";
                h.execute("INSERT INTO folders (workspace_id, id, parent_id, name, size_bytes) SELECT '"
                        + HostSchema.TENANT + "', 'f' || " + folder + ", " + parent + ", 'folder ' || " + folder + ", "
                        + HostSchema.ITEM_BYTES + " FROM " + db.series(size));
                parentStart = start;
                parents = size;
                start += size;
            }
        });
    }

    /** Rows of {@code folders} carrying a Trash marker. */
    public static long marked(Database db) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM folders WHERE trash_entry_id IS NOT NULL")
                .mapTo(Long.class).one());
    }

    /** Puts every folder back to active and empties the adapter's tables. */
    public static void reset(Database db) {
        db.jdbi().useTransaction(h -> {
            h.execute("UPDATE folders SET trash_entry_id = NULL WHERE workspace_id = ? AND trash_entry_id IS NOT NULL",
                    HostSchema.TENANT);
            for (String table : new String[] {"trash_entry", "trash_audit", "trash_outbox", "trash_tombstone"}) {
                h.execute("DELETE FROM " + table);
            }
        });
    }
}

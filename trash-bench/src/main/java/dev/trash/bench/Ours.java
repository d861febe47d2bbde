package dev.trash.bench;

import dev.trash.Actor;
import dev.trash.SettableClock;
import dev.trash.Trash;
import dev.trash.TypeCatalogue;
import dev.trash.jdbi.JdbiTrashRepository;
import dev.trash.jdbi.TableMapping;
import java.time.Instant;

/**
 * Trash over {@link JdbiTrashRepository} on the benchmark's tables, with the defaults a host starts with
 * (sweeper batches of 100 entries, 30-day retention, a record per purged item), no listeners, a clock the
 * benchmark sets.
 */
public final class Ours {

    /** The actor of every call. */
    public static final Actor ACTOR = Actor.of(HostSchema.TENANT, "bench");
    /** Where the clock stands: scenario data is generated relative to it. */
    public static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private Ours() {
    }

    /** A Trash on the database's tables of the given schema. */
    public static Trash trash(Database db, BenchSchema schema, SettableClock clock) {
        return trash(db, schema, clock, true);
    }

    /**
     * A Trash on the database's tables of the given schema; with {@code purgeRecords} false every type is
     * declared {@code withoutPurgeRecords()}, so that a purge writes no record per item.
     */
    public static Trash trash(Database db, BenchSchema schema, SettableClock clock, boolean purgeRecords) {
        TypeCatalogue catalogue = schema.catalogue(purgeRecords);
        JdbiTrashRepository repository = JdbiTrashRepository.builder(db.jdbi(), catalogue)
                .dialect(HostSchema.dialect(db))
                .map(schema.mappings().toArray(TableMapping[]::new))
                .build();
        return Trash.builder().catalogue(catalogue).repository(repository).clock(clock).build();
    }

    /** A clock at {@link #NOW}. */
    public static SettableClock clock() {
        return SettableClock.at(NOW);
    }
}

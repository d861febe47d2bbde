package dev.trash.bench;

import dev.trash.Actor;
import dev.trash.SettableClock;
import dev.trash.Trash;
import dev.trash.jdbi.JdbiTrashRepository;
import dev.trash.jdbi.TableMapping;
import java.time.Instant;

/**
 * Trash over {@link JdbiTrashRepository} on the benchmark's schema, with the defaults a host starts with
 * (sweeper batches of 100 entries, 30-day retention), no listeners, a clock the benchmark sets.
 */
public final class Ours {

    /** The actor of every call. */
    public static final Actor ACTOR = Actor.of(HostSchema.TENANT, "bench");
    /** Where the clock stands: scenario data is generated relative to it. */
    public static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private Ours() {
    }

    /** A Trash on the database's tables. */
    public static Trash trash(Database db, SettableClock clock) {
        JdbiTrashRepository repository = JdbiTrashRepository.builder(db.jdbi(), HostSchema.catalogue())
                .dialect(HostSchema.dialect(db))
                .map(HostSchema.mappings().toArray(TableMapping[]::new))
                .build();
        return Trash.builder().catalogue(HostSchema.catalogue()).repository(repository).clock(clock).build();
    }

    /** A clock at {@link #NOW}. */
    public static SettableClock clock() {
        return SettableClock.at(NOW);
    }
}

package dev.trash.jdbi.internal;

import dev.trash.spi.DeliveryState;
import java.time.Instant;
import java.util.List;

/** Listener bookkeeping: positions, dispatcher leases and per-event delivery states. */
final class DeliverySql {

    private final Session s;

    DeliverySql(Session session) {
        this.s = session;
    }

    long listenerPosition(String listener) {
        return s.handle().createQuery("SELECT position FROM trash_listener_position WHERE listener = :listener")
                .bind("listener", listener).mapTo(Long.class).findOne().orElse(0L);
    }

    void saveListenerPosition(String listener, long sequence) {
        s.handle().createUpdate(s.dialect().upsert("trash_listener_position", List.of("listener"), List.of("position")))
                .bind("listener", listener).bind("position", sequence).execute();
    }

    /**
     * A guarded UPDATE renews our lease or takes over an expired one; failing that, an INSERT takes a free
     * listener, and a duplicate key there means another instance took it first.
     */
    boolean leaseListener(String listener, String owner, Instant now, Instant until) {
        int renewed = s.handle().createUpdate("UPDATE trash_listener_lease SET owner = :owner, lease_until = :until "
                        + "WHERE listener = :listener AND (owner = :owner OR lease_until <= :now)")
                .bind("owner", owner).bind("until", until.toEpochMilli()).bind("listener", listener)
                .bind("now", now.toEpochMilli()).execute();
        if (renewed > 0) {
            return true;
        }
        return Savepoints.onDuplicate(s, () -> s.handle().createUpdate("INSERT INTO trash_listener_lease (listener, "
                        + "owner, lease_until) SELECT :listener, :owner, :until" + s.dialect().fromNoTable()
                        + " WHERE NOT EXISTS (SELECT 1 FROM trash_listener_lease WHERE listener = :listener)")
                .bind("listener", listener).bind("owner", owner).bind("until", until.toEpochMilli())
                .execute() > 0, () -> false);
    }

    List<DeliveryState> deliveryStates(String listener, boolean undeliverable, long afterSequence, int limit) {
        return s.handle().createQuery("SELECT listener, sequence, root_key, attempts, next_attempt_at, last_error, "
                        + "undeliverable FROM trash_delivery WHERE listener = :listener AND undeliverable = :undeliverable "
                        + "AND sequence > :after ORDER BY sequence LIMIT :limit")
                .bind("listener", listener).bind("undeliverable", undeliverable).bind("after", afterSequence)
                .bind("limit", limit)
                .map((rs, ctx) -> new DeliveryState(rs.getString("listener"), rs.getLong("sequence"),
                        rs.getString("root_key"), rs.getInt("attempts"),
                        Instant.ofEpochMilli(rs.getLong("next_attempt_at")), rs.getString("last_error"),
                        rs.getBoolean("undeliverable")))
                .list();
    }

    void saveDeliveryState(DeliveryState d) {
        s.handle().createUpdate(s.dialect().upsert("trash_delivery", List.of("listener", "sequence"),
                        List.of("root_key", "attempts", "next_attempt_at", "last_error", "undeliverable")))
                .bind("listener", d.listener()).bind("sequence", d.sequence()).bind("root_key", d.rootKey())
                .bind("attempts", d.attempts()).bind("next_attempt_at", d.nextAttemptAt().toEpochMilli())
                .bind("last_error", d.lastError()).bind("undeliverable", d.undeliverable())
                .execute();
    }

    void deleteDeliveryState(String listener, long sequence) {
        s.handle().createUpdate("DELETE FROM trash_delivery WHERE listener = :listener AND sequence = :sequence")
                .bind("listener", listener).bind("sequence", sequence).execute();
    }

    boolean isAwaitingDelivery(long sequence) {
        return s.handle().createQuery("SELECT COUNT(*) FROM trash_delivery WHERE sequence = :sequence AND "
                        + "undeliverable = :undeliverable")
                .bind("sequence", sequence).bind("undeliverable", false).mapTo(Long.class).one() > 0;
    }
}

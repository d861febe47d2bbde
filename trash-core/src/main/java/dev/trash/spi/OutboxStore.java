package dev.trash.spi;

import dev.trash.AuditRecord;
import dev.trash.TrashEvent;
import java.util.List;

/** The event outbox, the listeners' positions in it, and the audit trail. */
public interface OutboxStore {

    /** Appends an event in the same transaction as the change it describes. */
    void appendEvent(TrashEvent event);

    /** Events after {@code sequence}, in order. */
    List<OutboxEvent> eventsAfter(long sequence, int limit);

    /** The sequence of the last event the listener has handled, 0 when none. */
    long listenerPosition(String listener);

    /** Records that the listener has handled every event up to {@code sequence}. */
    void saveListenerPosition(String listener, long sequence);

    /** Appends an audit line; the store assigns its sequence. */
    void appendAudit(AuditRecord audit);

    /** The tenant's audit lines after {@code afterSequence}, in order. */
    List<AuditRecord> audit(String tenant, long afterSequence, int limit);
}

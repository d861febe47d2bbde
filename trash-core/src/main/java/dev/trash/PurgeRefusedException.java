package dev.trash;

import java.time.Instant;

/** The host's {@link PurgePolicy} refuses permanent deletion. */
public class PurgeRefusedException extends TrashException {

    private final PurgePolicy policy;

    private PurgeRefusedException(PurgePolicy policy, String message) {
        super(message);
        this.policy = policy;
    }

    /** Permanent deletion is switched off for this host. */
    public static PurgeRefusedException disabled() {
        return new PurgeRefusedException(PurgePolicy.DISABLED,
                "Permanent deletion is disabled (purge policy DISABLED); items are deleted when their retention ends");
    }

    /** The item is protected until its scheduled cleanup. */
    public static PurgeRefusedException protectedUntil(ItemRef item, Instant cleanupAt) {
        return new PurgeRefusedException(PurgePolicy.PROTECTED,
                item + " is protected until " + cleanupAt + " (purge policy PROTECTED)");
    }

    /** The policy that refused. */
    public PurgePolicy policy() {
        return policy;
    }
}

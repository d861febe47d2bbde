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

    /** The item, whose name is not known, is protected until its scheduled cleanup. */
    public static PurgeRefusedException protectedUntil(ItemRef item, Instant cleanupAt) {
        return protectedUntil(item, null, cleanupAt);
    }

    /** The item named {@code itemName} ({@code null} when unknown) is protected until its scheduled cleanup. */
    public static PurgeRefusedException protectedUntil(ItemRef item, String itemName, Instant cleanupAt) {
        return new PurgeRefusedException(PurgePolicy.PROTECTED,
                ItemLabel.of(item, itemName) + " is protected until " + cleanupAt + " (purge policy PROTECTED)");
    }

    /** The policy that refused. */
    public PurgePolicy policy() {
        return policy;
    }
}

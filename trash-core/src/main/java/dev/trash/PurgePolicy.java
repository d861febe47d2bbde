package dev.trash;

/** Whether a host lets users delete permanently before retention ends. The sweeper purges due items under all three. */
public enum PurgePolicy {
    /** Delete now, bulk delete and empty Trash are allowed. */
    ALLOWED,
    /** No permanent deletion on request (as Roboflow's API and SDK); only expiry purges. */
    DISABLED,
    /** Permanent deletion only of entries already due (as Azure Key Vault's purge protection). */
    PROTECTED
}

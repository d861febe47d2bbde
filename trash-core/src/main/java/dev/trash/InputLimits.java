package dev.trash;

/**
 * The longest value each input may have, in characters counted as UTF-16 code units ({@link String#length()}):
 * an emoji outside the Basic Multilingual Plane counts two. They match the columns of the JDBI adapter's
 * tables. H2 counts a column's length in UTF-16 code units, PostgreSQL and MariaDB in code points, so the
 * stricter count is the one that fits every database; every store enforces it through the value types, so an
 * input too long fails with the same {@link InvalidRequestException} in memory as on any database, before
 * anything is written.
 */
public final class InputLimits {

    /** A tenant: {@code trash_entry.tenant}. */
    public static final int TENANT = 255;
    /** A type name: {@code trash_entry.root_type}. */
    public static final int TYPE = 64;
    /** An item id: {@code trash_entry.root_id}. */
    public static final int ID = 255;
    /** A display name: {@code trash_entry.root_name}. */
    public static final int NAME = 1000;
    /** A principal: {@code trash_entry.deleted_by}. */
    public static final int PRINCIPAL = 255;
    /** A reason for a move to Trash: {@code trash_entry.reason}. */
    public static final int REASON = 4000;
    /** A listener's name: {@code trash_listener_position.listener}. */
    public static final int LISTENER = 255;

    private InputLimits() {
    }
}

package dev.trash.jdbi;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The SQL type of a host key column (id, parent, tenant, link owner or asset). The domain keeps every key as
 * text; the adapter binds each value into host tables in the column's own type, so the host's indexes serve
 * every statement, and reports each key in one canonical text form: the database's own cast to text.
 * Learned from the database's metadata when the repository is built, or set with {@link TableMapping#idType}.
 */
public enum KeyType {

    /** {@code VARCHAR}, {@code CHAR}, {@code TEXT}: any text is a key, as it is. */
    TEXT,
    /** {@code BIGINT}, identity and {@code BIGSERIAL} columns: "007" is the key "7". */
    BIGINT,
    /** {@code INTEGER}, {@code SMALLINT}, {@code SERIAL}: "007" is the key "7". */
    INTEGER,
    /** {@code UUID} (PostgreSQL, H2, MariaDB 10.7+): hyphenated hex in any case, reported in lower case. */
    UUID;

    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /**
     * The canonical text of a key of this type: what the database's cast to text gives for the stored value.
     *
     * @param value the key as a caller wrote it
     * @return its canonical form, or empty if no row of a column of this type can have it as key
     */
    public Optional<String> canonical(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return switch (this) {
                case TEXT -> Optional.of(value);
                case BIGINT -> Optional.of(Long.toString(Long.parseLong(value)));
                case INTEGER -> Optional.of(Integer.toString(Integer.parseInt(value)));
                case UUID -> UUID_TEXT.matcher(value).matches()
                        ? Optional.of(value.toLowerCase(Locale.ROOT)) : Optional.empty();
            };
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}

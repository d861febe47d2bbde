package dev.trash.jdbi.internal;

import dev.trash.jdbi.KeyType;
import java.util.Locale;
import java.util.Optional;

/**
 * A host key column's type as the SQL needs it. Values always travel as text; the SQL casts on Trash's
 * side: a bound value or a Trash column is cast to the host type before it meets a host column, and a host
 * key is cast to text before it enters Trash's tables. A host column is never wrapped in a predicate, so
 * the host's indexes serve every statement.
 *
 * @param type the column's type
 * @param collation a text column's collation when the dialect compares under it explicitly, else null
 * @param dialect the dialect that words the casts
 */
public record Key(KeyType type, String collation, Dialect dialect) {

    /** A text key in the database's default collation. */
    public static Key text(Dialect dialect) {
        return new Key(KeyType.TEXT, null, dialect);
    }

    /** The parameter that {@link KeyParams} binds for this type, cast to it: {@code CAST(:id_bigint AS BIGINT)}. */
    public String param(String name) {
        return type == KeyType.TEXT ? ":" + name : "CAST(:" + paramName(name, type) + " AS " + dialect.keyType(type) + ")";
    }

    /** A text expression of Trash's tables, made comparable with this host column. */
    public String fromText(String trashExpression) {
        return type == KeyType.TEXT ? dialect.collate(trashExpression, collation)
                : "CAST(" + trashExpression + " AS " + dialect.keyType(type) + ")";
    }

    /** A host column of this type as the text Trash's tables hold. */
    public String toText(String hostExpression) {
        return type == KeyType.TEXT ? dialect.asTrashText(hostExpression, collation)
                : "CAST(" + hostExpression + " AS " + dialect.textType() + ")";
    }

    /** The canonical text of a value, empty if no row of this column can have it. */
    public Optional<String> canonical(String value) {
        return type.canonical(value);
    }

    /** The name under which {@link KeyParams} binds a value's canonical form for a key type. */
    static String paramName(String name, KeyType type) {
        return type == KeyType.TEXT ? name : name + "_" + type.name().toLowerCase(Locale.ROOT);
    }
}

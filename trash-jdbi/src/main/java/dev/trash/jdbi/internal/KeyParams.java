package dev.trash.jdbi.internal;

import dev.trash.jdbi.KeyType;
import java.sql.Types;
import java.util.HashMap;
import java.util.Map;
import org.jdbi.v3.core.argument.NullArgument;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.SqlStatements;

/**
 * Binds a key value once per key type, as {@link Key#param} names it: {@code :id} as given, {@code :id_bigint}
 * as its canonical BIGINT text, and so on. A value that cannot be a key of a type is bound as NULL there, so
 * it matches no row instead of failing the cast, whichever tables one statement reads.
 */
public final class KeyParams {

    private KeyParams() {
    }

    /**
     * Binds {@code name} and its typed variants; the statement then accepts that some go unused.
     *
     * @param statement the statement
     * @param name the parameter name
     * @param value the key, as text
     * @return the statement
     */
    public static <S extends SqlStatement<S>> S bind(S statement, String name, String value) {
        statement.configure(SqlStatements.class, c -> c.setUnusedBindingAllowed(true));
        Map<String, Object> values = new HashMap<>();
        values.put(name, text(value));
        for (KeyType type : KeyType.values()) {
            if (type != KeyType.TEXT) {
                values.put(Key.paramName(name, type), value == null ? text(null)
                        : type.canonical(value).<Object>map(v -> v).orElseGet(() -> text(null)));
            }
        }
        return statement.bindMap(values);
    }

    private static Object text(String value) {
        return value == null ? new NullArgument(Types.VARCHAR) : value;
    }
}

package dev.trash.spring.boot.autoconfigure;

import dev.trash.Trash;

/**
 * Adjusts the {@link Trash.Builder} after the properties and the collected beans have been applied, for what
 * properties cannot say (a {@code RetryPolicy}, per-tenant retention). Every {@code TrashCustomizer} bean is
 * applied, in {@code @Order}.
 */
@FunctionalInterface
public interface TrashCustomizer {

    /**
     * Adjusts the builder.
     *
     * @param builder the builder, with the properties and beans already applied
     */
    void customize(Trash.Builder builder);
}

package dev.trash.jdbi.internal;

import org.jdbi.v3.core.Handle;

/**
 * What every verb needs inside one transaction: the open handle, the validated mapping and the dialect.
 *
 * @param handle the handle, already in a transaction
 * @param tables the mapping
 * @param dialect the dialect
 */
public record Session(Handle handle, Tables tables, Dialect dialect) {
}

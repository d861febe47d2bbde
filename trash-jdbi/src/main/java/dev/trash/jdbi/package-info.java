/** The JDBI 3 adapter of Trash: a {@code TrashRepository} on H2, PostgreSQL and MariaDB. */
package dev.trash.jdbi;

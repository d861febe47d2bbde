/** JMH benchmarks of Trash against raw SQL, per-row JDBI and Hibernate ORM, on H2, PostgreSQL and MariaDB. */
package dev.trash.bench;

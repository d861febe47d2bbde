/** JMH benchmarks of Trash against raw SQL, per-row JDBI and Hibernate ORM, on H2 and PostgreSQL. */
package dev.trash.bench;

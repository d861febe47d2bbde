package dev.trash.jdbi;

import dev.trash.jdbi.fixture.TestDatabase;

/**
 * Every store contract and behaviour on PostgreSQL (with {@code -Pdb-matrix}): 200 concurrent histories and 15
 * model scripts unless {@code trash.concurrency.histories} and {@code trash.jdbi.property.examples} say otherwise.
 */
class PostgresqlTests extends DatabaseSuite {

    PostgresqlTests() {
        super(TestDatabase.POSTGRESQL, "PostgreSQL", 200, 15);
    }
}

package dev.trash.jdbi;

import dev.trash.jdbi.fixture.TestDatabase;

/**
 * Every store contract and behaviour on H2, on every build: 2,000 concurrent histories and 100 model scripts
 * unless {@code trash.concurrency.histories} and {@code trash.jdbi.property.examples} say otherwise.
 */
class H2Tests extends DatabaseSuite {

    H2Tests() {
        super(TestDatabase.H2, "H2", 2000, 100);
    }
}

package dev.trash.spring.boot.autoconfigure.host;

import java.util.Arrays;
import org.junit.jupiter.api.Assumptions;

/** Which databases {@code -Dtrash.test.databases} names (h2 when unset), as the JDBI module's tests read it. */
final class TestDatabases {

    private TestDatabases() {
    }

    static boolean enabled(String database) {
        return Arrays.asList(System.getProperty("trash.test.databases", "h2").split(",")).contains(database);
    }

    static void assumeEnabled(String database) {
        Assumptions.assumeTrue(enabled(database), database + " is not in -Dtrash.test.databases");
    }
}

package dev.trash.spring.boot.autoconfigure.host;

import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The host service on H2. */
class H2HostApplicationTest extends HostApplicationBehaviour {

    @BeforeAll
    static void onlyWhenH2IsInTheMatrix() {
        TestDatabases.assumeEnabled("h2");
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:host-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }
}

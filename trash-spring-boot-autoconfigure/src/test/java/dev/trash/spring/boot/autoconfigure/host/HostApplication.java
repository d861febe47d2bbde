package dev.trash.spring.boot.autoconfigure.host;

import dev.trash.ResourceType;
import dev.trash.SettableClock;
import dev.trash.TypeCatalogue;
import dev.trash.jdbi.TableMapping;
import dev.trash.spring.boot.autoconfigure.HostTypes.RecordingListener;
import dev.trash.spring.boot.autoconfigure.TrashTenantResolver;
import java.time.Instant;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** A host service with the starter: its types and tables as beans, its service, a test clock. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(ProjectService.class)
public class HostApplication {

    /** Two seconds before the nightly sweep at 03:00 UTC. */
    public static final Instant START = Instant.parse("2026-01-01T02:59:58Z");

    // tag::beans[]
    @Bean
    TypeCatalogue typeCatalogue() {
        return TypeCatalogue.builder()
                .add(ResourceType.topLevel("project"))
                .add(ResourceType.ownedBy("model", "project"))
                .add(ResourceType.topLevel("report"))
                .build();
    }

    @Bean
    TableMapping projects() {
        return TableMapping.forType("project").table("projects").tenant("workspace_id");
    }

    @Bean
    TableMapping models() {
        return TableMapping.forType("model").table("models").tenant("workspace_id").parent("project_id");
    }

    @Bean
    TableMapping reports() {
        return TableMapping.forType("report").table("reports").tenant("workspace_id");
    }

    /** A listener; its bean name, {@code auditLog}, is its stable name in the outbox. */
    @Bean
    RecordingListener auditLog() {
        return new RecordingListener();
    }
    // end::beans[]

    // tag::tenant[]
    /** The workspace of the signed-in user: here the part of the user name after '@'. */
    @Bean
    TrashTenantResolver tenantResolver() {
        return authentication -> authentication.getName().substring(authentication.getName().indexOf('@') + 1);
    }
    // end::tenant[]

    @Bean
    SettableClock clock() {
        return SettableClock.at(START);
    }
}

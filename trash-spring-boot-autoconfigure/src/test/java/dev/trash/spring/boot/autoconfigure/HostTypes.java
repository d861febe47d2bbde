package dev.trash.spring.boot.autoconfigure;

import dev.trash.ResourceType;
import dev.trash.TrashEvent;
import dev.trash.TrashListener;
import dev.trash.TypeCatalogue;
import dev.trash.jdbi.TableMapping;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** A host's types, tables and a recording listener, as beans: what a host declares to get Trash. */
@Configuration(proxyBeanMethods = false)
public class HostTypes {

    /** The DDL of the host's tables, with the marker column and indexes Trash needs. */
    public static final List<String> DDL = List.of(
            "CREATE TABLE IF NOT EXISTS projects (workspace_id VARCHAR(64) NOT NULL, id VARCHAR(64) NOT NULL, "
                    + "name VARCHAR(255) NOT NULL, size_bytes BIGINT NOT NULL DEFAULT 0, trash_entry_id BIGINT NULL, "
                    + "PRIMARY KEY (workspace_id, id))",
            "CREATE TABLE IF NOT EXISTS models (workspace_id VARCHAR(64) NOT NULL, id VARCHAR(64) NOT NULL, "
                    + "project_id VARCHAR(64) NOT NULL, name VARCHAR(255) NOT NULL, size_bytes BIGINT NOT NULL DEFAULT 0, "
                    + "trash_entry_id BIGINT NULL, PRIMARY KEY (workspace_id, id))",
            "CREATE INDEX IF NOT EXISTS projects_trash_idx ON projects (workspace_id, trash_entry_id)",
            "CREATE INDEX IF NOT EXISTS models_trash_idx ON models (workspace_id, trash_entry_id)",
            "CREATE INDEX IF NOT EXISTS models_trash_parent_idx ON models (workspace_id, project_id)");

    @Bean
    TypeCatalogue typeCatalogue() {
        return TypeCatalogue.builder()
                .add(ResourceType.topLevel("project"))
                .add(ResourceType.ownedBy("model", "project"))
                .build();
    }

    @Bean
    TableMapping projectTable() {
        return TableMapping.forType("project").table("projects").tenant("workspace_id");
    }

    @Bean
    TableMapping modelTable() {
        return TableMapping.forType("model").table("models").tenant("workspace_id").parent("project_id");
    }

    @Bean
    RecordingListener auditLog() {
        return new RecordingListener();
    }

    /** Creates the host tables, as the host's own migrations would. */
    public static void createTables(JdbcTemplate jdbc) {
        DDL.forEach(jdbc::execute);
    }

    /**
     * A new in-memory H2 database that already holds the host tables, as a host's migrations leave it before
     * the starter builds Trash and validates the mapping; user {@code sa}, as Spring Boot connects to H2.
     *
     * @return its JDBC URL, for {@code spring.datasource.url}
     */
    public static String databaseWithTables() {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        createTables(new JdbcTemplate(new SimpleDriverDataSource(new org.h2.Driver(), url, "sa", "")));
        return url;
    }

    /** Keeps the events it receives. */
    public static final class RecordingListener implements TrashListener {

        /** The events received, in order. */
        public final List<TrashEvent> events = new CopyOnWriteArrayList<>();

        @Override
        public void onEvent(TrashEvent event) {
            events.add(event);
        }
    }
}

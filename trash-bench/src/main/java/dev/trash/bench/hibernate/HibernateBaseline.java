package dev.trash.bench.hibernate;

import dev.trash.bench.HostSchema;
import java.util.Map;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;

/**
 * Hibernate ORM 7 with {@code @SoftDelete} and {@code CascadeType.REMOVE}, the way its documentation shows:
 * load the project, {@code session.remove(project)}; Hibernate loads every model and version and marks
 * each with an UPDATE. JDBC batching is on (batch size 100, ordered updates), as a tuned application has it.
 */
public final class HibernateBaseline implements AutoCloseable {

    private final SessionFactory factory;

    /** A session factory over the benchmark's pool; validates nothing, creates nothing. */
    public HibernateBaseline(DataSource dataSource) {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySettings(Map.of(
                        AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource,
                        AvailableSettings.STATEMENT_BATCH_SIZE, "100",
                        AvailableSettings.ORDER_UPDATES, "true",
                        AvailableSettings.HBM2DDL_AUTO, "none",
                        AvailableSettings.SHOW_SQL, "false"))
                .build();
        this.factory = new MetadataSources(registry)
                .addAnnotatedClass(ProjectEntity.class)
                .addAnnotatedClass(ModelEntity.class)
                .addAnnotatedClass(VersionEntity.class)
                .buildMetadata()
                .buildSessionFactory();
    }

    /** Soft-deletes the project with its models and versions, in one transaction. */
    public void trash(String projectId) {
        factory.inTransaction(session -> {
            ProjectEntity project = session.find(ProjectEntity.class, new Key(HostSchema.TENANT, projectId));
            if (project == null) {
                throw new IllegalStateException("project " + projectId + " not found");
            }
            session.remove(project);
        });
    }

    @Override
    public void close() {
        factory.close();
    }
}

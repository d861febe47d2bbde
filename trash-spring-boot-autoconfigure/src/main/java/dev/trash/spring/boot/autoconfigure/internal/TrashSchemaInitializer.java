package dev.trash.spring.boot.autoconfigure.internal;

import dev.trash.jdbi.JdbiTrashRepository;
import dev.trash.jdbi.TrashSchema;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.jdbc.EmbeddedDatabaseConnection;
import org.springframework.boot.sql.init.DatabaseInitializationMode;

/**
 * Creates Trash's own tables when missing, as {@code trash.schema.initialize} says: its bean depends on the
 * database initialisation (Flyway, Liquibase, {@code spring.sql.init}), so it runs after the host's
 * migrations, and the Trash beans depend on it.
 */
public final class TrashSchemaInitializer implements InitializingBean {

    private static final Logger LOG = LoggerFactory.getLogger(TrashSchemaInitializer.class);

    private final DataSource dataSource;
    private final JdbiTrashRepository repository;
    private final DatabaseInitializationMode mode;

    /**
     * @param dataSource the database
     * @param repository the repository, which knows the dialect
     * @param mode when to create the tables
     */
    public TrashSchemaInitializer(DataSource dataSource, JdbiTrashRepository repository,
                                  DatabaseInitializationMode mode) {
        this.dataSource = dataSource;
        this.repository = repository;
        this.mode = mode;
    }

    @Override
    public void afterPropertiesSet() {
        boolean install = switch (mode) {
            case ALWAYS -> true;
            case EMBEDDED -> EmbeddedDatabaseConnection.isEmbedded(dataSource);
            case NEVER -> false;
        };
        if (install) {
            TrashSchema.install(Jdbi.create(dataSource), repository.dialect());
            LOG.debug("Trash tables checked or created ({})", repository.dialect());
        }
    }
}

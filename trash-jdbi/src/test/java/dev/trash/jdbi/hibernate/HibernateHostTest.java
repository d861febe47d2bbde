package dev.trash.jdbi.hibernate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.trash.Actor;
import dev.trash.ItemRef;
import dev.trash.ResourceType;
import dev.trash.Trash;
import dev.trash.TypeCatalogue;
import dev.trash.jdbi.JdbiTrashRepository;
import dev.trash.jdbi.SqlDialect;
import dev.trash.jdbi.TableMapping;
import dev.trash.jdbi.TrashSchema;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A host on Hibernate ORM 7 whose entities live on the tables Trash manages: what {@code @SQLRestriction}
 * hides, why the marker is mapped read-only, and what happens to a managed entity whose row Trash marked
 * meanwhile, with the host's ways to never write to a trashed row.
 */
class HibernateHostTest {

    private static final TableMapping PROJECTS = TableMapping.forType("project").table("projects").tenant("workspace_id");
    private static final TypeCatalogue TYPES = TypeCatalogue.builder().add(ResourceType.topLevel("project")).build();

    private final Actor alice = Actor.of("ws1", "alice");
    private HikariDataSource dataSource;
    private Jdbi jdbi;
    private Trash trash;
    private SessionFactory hibernate;

    @BeforeEach
    void hostTablesTrashAndHibernate() {
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        jdbi = Jdbi.create(dataSource);
        jdbi.useHandle(h -> {
            h.execute("CREATE TABLE projects (workspace_id VARCHAR(64) NOT NULL, id VARCHAR(64) NOT NULL, name "
                    + "VARCHAR(255) NOT NULL, size_bytes BIGINT NOT NULL DEFAULT 0, PRIMARY KEY (workspace_id, id))");
            TrashSchema.markerColumnDdl(SqlDialect.H2, TYPES, List.of(PROJECTS)).forEach(h::execute);
        });
        TrashSchema.install(jdbi, SqlDialect.H2);
        JdbiTrashRepository repository = JdbiTrashRepository.builder(jdbi, TYPES).map(PROJECTS).build();
        repository.validate();
        trash = Trash.builder().catalogue(TYPES).repository(repository).build();
        hibernate = new MetadataSources(new StandardServiceRegistryBuilder().applySettings(Map.of(
                        AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource,
                        AvailableSettings.HBM2DDL_AUTO, "none")).build())
                .addAnnotatedClass(Project.class).addAnnotatedClass(GuardedProject.class)
                .buildMetadata().buildSessionFactory();
        hibernate.inTransaction(session -> {
            session.persist(project("p1", "Road signs"));
            session.persist(project("p2", "Lanes"));
        });
    }

    @AfterEach
    void close() {
        hibernate.close();
        dataSource.close();
    }

    private static Project project(String id, String name) {
        Project p = new Project();
        p.workspaceId = "ws1";
        p.id = id;
        p.name = name;
        return p;
    }

    private String nameInDatabase(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT name FROM projects WHERE id = :id").bind("id", id)
                .mapTo(String.class).one());
    }

    private Long markerInDatabase(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT trash_entry_id FROM projects WHERE id = :id").bind("id", id)
                .mapTo(Long.class).one());
    }

    @Test
    void trashedRowsAreHiddenFromQueriesAndFromFindAndComeBackWithTheRestore() {
        trash.moveToTrash(alice, ItemRef.of("project", "p1"));

        hibernate.inSession(session -> {
            assertThat(session.createSelectionQuery("from Project where workspaceId = :ws order by id", Project.class)
                    .setParameter("ws", "ws1").getResultList()).extracting(p -> p.id).containsExactly("p2");
            assertThat(session.find(Project.class, new ProjectKey("ws1", "p1"))).isNull();
        });

        trash.restore(alice, ItemRef.of("project", "p1"));
        hibernate.inSession(session -> assertThat(session.find(Project.class, new ProjectKey("ws1", "p1")))
                .isNotNull());
    }

    @Test
    void theMarkerIsTrashsAloneHibernateInsertsAndUpdatesWithoutIt() {
        trash.moveToTrash(alice, ItemRef.of("project", "p1"));
        long entry = markerInDatabase("p1");

        hibernate.inTransaction(session -> {
            Project p2 = session.find(Project.class, new ProjectKey("ws1", "p2"));
            p2.name = "Lanes v2";
            p2.trashEntryId = entry; // ignored: the column is neither insertable nor updatable
            session.persist(project("p3", "New"));
        });

        assertThat(markerInDatabase("p2")).isNull();
        assertThat(markerInDatabase("p3")).isNull();
        assertThat(nameInDatabase("p2")).isEqualTo("Lanes v2");
    }

    /** The danger: Hibernate's UPDATE names the key only, so a stale managed entity writes to the trashed row. */
    @Test
    void aPlainEntityTrashedMeanwhileStillWritesItsRow() {
        try (Session session = hibernate.openSession()) {
            Transaction tx = session.beginTransaction();
            Project p1 = session.find(Project.class, new ProjectKey("ws1", "p1"));

            trash.moveToTrash(alice, ItemRef.of("project", "p1")); // another request, meanwhile

            p1.name = "Renamed";
            tx.commit();
        }
        assertThat(nameInDatabase("p1")).isEqualTo("Renamed"); // written, though the row is in Trash
        assertThat(markerInDatabase("p1")).isNotNull();
    }

    /** The host's right way, at the flush: an UPDATE that only writes an active row, whose row count Hibernate checks. */
    @Test
    void aGuardedUpdateRefusesToWriteARowTrashedMeanwhile() {
        try (Session session = hibernate.openSession()) {
            Transaction tx = session.beginTransaction();
            GuardedProject p1 = session.find(GuardedProject.class, new ProjectKey("ws1", "p1"));

            trash.moveToTrash(alice, ItemRef.of("project", "p1"));

            p1.name = "Renamed";
            assertThatThrownBy(tx::commit).isInstanceOf(OptimisticLockException.class);
        }
        assertThat(nameInDatabase("p1")).isEqualTo("Road signs");
        hibernate.inTransaction(session -> session.find(GuardedProject.class, new ProjectKey("ws1", "p2")).name = "Lanes v2");
        assertThat(nameInDatabase("p2")).isEqualTo("Lanes v2"); // an active row it writes as before
    }

    /**
     * The host's right way, before the change: read the row under a write lock in the writing transaction.
     * Trash's move takes the same row lock, so either the host finds the row trashed (and stops), or Trash
     * waits for the host's commit.
     */
    @Test
    void aLockedReadInTheWritingTransactionSeesTheRowIsGone() {
        hibernate.inSession(session -> session.find(Project.class, new ProjectKey("ws1", "p1"))); // a stale read
        trash.moveToTrash(alice, ItemRef.of("project", "p1"));

        hibernate.inTransaction(session -> {
            // tag::locked-read[]
            Project p1 = session.find(Project.class, new ProjectKey("ws1", "p1"), LockModeType.PESSIMISTIC_WRITE);
            if (p1 == null) {
                return; // trashed meanwhile: answer 404, as for a row that never was
            }
            p1.name = "Renamed";
            // end::locked-read[]
        });
        assertThat(nameInDatabase("p1")).isEqualTo("Road signs");
    }
}

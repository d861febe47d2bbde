package dev.trash.examples.service;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.trash.ItemRef;
import dev.trash.ResourceType;
import dev.trash.TrashItem;
import dev.trash.jdbi.AssetLinkMapping;
import dev.trash.jdbi.JdbiTrashRepository;
import dev.trash.jdbi.SqlDialect;
import dev.trash.jdbi.TableMapping;
import dev.trash.jdbi.TrashFilters;
import dev.trash.jdbi.TrashSchema;
import java.util.List;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * The service's tables on H2, PostgreSQL or MariaDB: one table per type, with the adapter's marker column,
 * and a dataset-image link table, created when missing so that a fresh database needs no migration step.
 * The service lists active items through it; the quickstart also builds its repository here.
 */
public final class JdbiServiceStore implements ServiceStore {

    /** How each type maps onto its table; the columns are the adapter's defaults but for the tenant. */
    static final List<TableMapping> TABLES = List.of(
            TableMapping.forType("project").table("projects").tenant("workspace_id"),
            TableMapping.forType("model").table("models").tenant("workspace_id").parent("project_id"),
            TableMapping.forType("version").table("versions").tenant("workspace_id").parent("project_id"),
            TableMapping.forType("dataset").table("datasets").tenant("workspace_id"),
            TableMapping.forType("image").table("images").tenant("workspace_id"),
            TableMapping.forType("workflow").table("workflows").tenant("workspace_id"));
    static final AssetLinkMapping DATASET_IMAGES = AssetLinkMapping.between("dataset", "image")
            .table("dataset_images").tenant("workspace_id").owner("dataset_id").asset("image_id");

    private final HikariDataSource ownPool;
    private final Jdbi jdbi;
    private final String url;

    /** Connects to {@code url} with a pool of its own, creating every table that is missing (the quickstart). */
    public JdbiServiceStore(String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(10);
        config.setPoolName("trash-quickstart");
        this.ownPool = new HikariDataSource(config);
        this.jdbi = Jdbi.create(ownPool);
        this.url = redacted(url);
        createHostTables(ownPool);
        TrashSchema.install(jdbi, SqlDialect.detect(jdbi));
    }

    /** Lists over a pool the caller owns, whose tables {@link #createHostTables} has created. */
    JdbiServiceStore(DataSource dataSource, String url) {
        this.ownPool = null;
        this.jdbi = Jdbi.create(dataSource);
        this.url = redacted(url);
    }

    /** Creates the service's tables and Trash's marker columns on them, when missing. */
    static void createHostTables(DataSource dataSource) {
        Jdbi jdbi = Jdbi.create(dataSource);
        SqlDialect dialect = SqlDialect.detect(jdbi);
        // ids compare as Java strings (the adapter's listing order), and case-sensitively
        String id = switch (dialect) {
            case POSTGRESQL -> "VARCHAR(64) COLLATE \"C\"";
            case MARIADB -> "VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin";
            case H2 -> "VARCHAR(64)";
        };
        jdbi.useHandle(h -> {
            for (TableMapping table : TABLES) {
                ResourceType type = ServiceTypes.CATALOGUE.require(table.type());
                String parent = type.parentType() == null ? "" : ", " + table.parentColumn() + " " + id + " NOT NULL";
                h.execute("CREATE TABLE IF NOT EXISTS " + table.tableName() + " (workspace_id " + id + " NOT NULL, id "
                        + id + " NOT NULL, name VARCHAR(255) NOT NULL, size_bytes BIGINT NOT NULL DEFAULT 0" + parent
                        + ", PRIMARY KEY (workspace_id, id))");
            }
            h.execute("CREATE TABLE IF NOT EXISTS dataset_images (workspace_id " + id + " NOT NULL, dataset_id " + id
                    + " NOT NULL, image_id " + id + " NOT NULL, PRIMARY KEY (workspace_id, dataset_id, image_id))");
            TrashSchema.markerColumnDdl(dialect, ServiceTypes.CATALOGUE, TABLES).forEach(h::execute);
        });
    }

    /** The JDBI store over these tables, each unit of work in a transaction of its own. */
    public JdbiTrashRepository repository() {
        return JdbiTrashRepository.builder(jdbi, ServiceTypes.CATALOGUE)
                .map(TABLES.toArray(TableMapping[]::new))
                .links(DATASET_IMAGES)
                .build();
    }

    @Override
    public List<TrashItem> listActive(String workspace, String type) {
        TableMapping table = TABLES.stream().filter(t -> t.type().equals(type)).findFirst().orElseThrow();
        String parentType = ServiceTypes.CATALOGUE.require(type).parentType();
        String parent = table.parentColumn() == null ? "NULL" : "t." + table.parentColumn();
        return jdbi.withHandle(h -> h.createQuery("SELECT t.id, t.name, t.size_bytes, " + parent + " AS parent_id FROM "
                        + table.tableName() + " t WHERE t.workspace_id = :ws AND " + TrashFilters.visible("t")
                        + " ORDER BY t.id")
                .bind("ws", workspace)
                .map((rs, ctx) -> new TrashItem(workspace, ItemRef.of(type, rs.getString("id")), rs.getString("name"),
                        rs.getLong("size_bytes"), rs.getString("parent_id") == null ? null
                        : ItemRef.of(parentType, rs.getString("parent_id")), null))
                .list());
    }

    @Override
    public String describe() {
        return "database " + url;
    }

    @Override
    public void close() {
        if (ownPool != null) {
            ownPool.close();
        }
    }

    private static String redacted(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}

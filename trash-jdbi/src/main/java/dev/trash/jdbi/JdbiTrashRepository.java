package dev.trash.jdbi;

import dev.trash.TypeCatalogue;
import dev.trash.jdbi.internal.ColumnTypes;
import dev.trash.jdbi.internal.DeadlockRetry;
import dev.trash.jdbi.internal.JdbiTransaction;
import dev.trash.jdbi.internal.JoinedRepository;
import dev.trash.jdbi.internal.SchemaCheck;
import dev.trash.jdbi.internal.Session;
import dev.trash.jdbi.internal.SingleTenant;
import dev.trash.jdbi.internal.Tables;
import dev.trash.spi.TransactionWork;
import dev.trash.spi.TrashRepository;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * A {@link TrashRepository} over the host's own tables through JDBI 3, on H2, PostgreSQL or MariaDB.
 *
 * <pre>{@code
 * TrashRepository repo = JdbiTrashRepository.builder(jdbi, types)
 *     .map(TableMapping.forType("project").table("projects").tenant("workspace_id"),
 *          TableMapping.forType("model").table("models").tenant("workspace_id").parent("project_id"))
 *     .build();
 * }</pre>
 *
 * <p>Each unit of work runs in its own READ COMMITTED transaction; rows the core must not see change under
 * it are read with {@code SELECT ... FOR UPDATE}. Subtree verbs are set-based: their statement count
 * depends on the type hierarchy, never on the number of rows. Thread-safe; holds no connection between
 * calls. The adapter's own tables come from {@link TrashSchema}.
 */
public final class JdbiTrashRepository implements TrashRepository {

    private final Jdbi jdbi;
    private final Tables tables;
    private final SqlDialect dialect;

    private JdbiTrashRepository(Jdbi jdbi, Tables tables, SqlDialect dialect) {
        this.jdbi = jdbi;
        this.tables = tables;
        this.dialect = dialect;
    }

    /**
     * Starts a repository.
     *
     * @param jdbi the host's database
     * @param catalogue the types, each of which must be mapped with {@link Builder#map}
     * @return a builder
     */
    public static Builder builder(Jdbi jdbi, TypeCatalogue catalogue) {
        return new Builder(Objects.requireNonNull(jdbi, "jdbi"), Objects.requireNonNull(catalogue, "catalogue"));
    }

    @Override
    public <T> T inTransaction(TransactionWork<T> work) {
        return DeadlockRetry.run(() -> jdbi.inTransaction(TransactionIsolationLevel.READ_COMMITTED, handle -> {
            JdbiTransaction tx = new JdbiTransaction(new Session(handle, tables, dialect.sql()));
            T result = work.run(tx);
            tx.beforeCommit();
            return result;
        }));
    }

    /**
     * Runs reads on a handle in auto-commit: one round trip per statement. A transaction would add its BEGIN
     * and COMMIT, and JDBI's isolation level six {@code SHOW TRANSACTION ISOLATION LEVEL} on PostgreSQL, nine
     * round trips for a page of the Trash where the query is one.
     */
    @Override
    public <T> T read(TransactionWork<T> work) {
        return jdbi.withHandle(handle -> work.run(new JdbiTransaction(new Session(handle, tables, dialect.sql()))));
    }

    /**
     * A view of this repository that works inside the host's open transaction on {@code hostHandle} and never
     * commits: the host trashes a project and writes its own rows atomically, and commits or rolls back both.
     * A failing Trash operation is undone to a savepoint and leaves the host's other changes in place.
     *
     * @param hostHandle a handle whose transaction is open whenever the returned repository is used
     * @return a repository bound to that handle; use it on the handle's thread only
     */
    public TrashRepository joining(Handle hostHandle) {
        return new JoinedRepository(Objects.requireNonNull(hostHandle, "hostHandle"), tables, dialect.sql());
    }

    /**
     * Checks the database against the mapping, as a host does once its migrations have run: every mapped table
     * and column, the marker columns and Trash's indexes on them (an index of Trash's name but another
     * definition too), the host's own unique constraints over names that would reject a name reused after
     * trashing, key columns whose collation makes distinct ids equal (MariaDB), and Trash's own tables.
     * Changes nothing.
     *
     * @throws SchemaValidationException listing every problem, each with the DDL that fixes it
     */
    public void validate() {
        List<SchemaProblem> problems = jdbi.withHandle(h -> new SchemaCheck(h, tables, dialect.sql())
                .problems(TrashSchema.trashTables(dialect)));
        if (!problems.isEmpty()) {
            throw new SchemaValidationException(problems);
        }
    }

    /** @return the dialect in use, given or detected */
    public SqlDialect dialect() {
        return dialect;
    }

    /** Collects the mapping; {@link #build()} validates it against the catalogue. */
    public static final class Builder {

        private final Jdbi jdbi;
        private final TypeCatalogue catalogue;
        private final List<TableMapping> mappings = new ArrayList<>();
        private final List<AssetLinkMapping> links = new ArrayList<>();
        private SqlDialect dialect;
        private String singleTenant;

        private Builder(Jdbi jdbi, TypeCatalogue catalogue) {
            this.jdbi = jdbi;
            this.catalogue = catalogue;
        }

        /** @param value the database's dialect; detected from the connection metadata when not set @return this */
        public Builder dialect(SqlDialect value) {
            this.dialect = Objects.requireNonNull(value, "dialect");
            return this;
        }

        /**
         * Declares a host whose tables have no tenant column: every item belongs to {@code tenant}. Map the
         * top-level types with {@link TableMapping#noTenant()}, the others with {@code noTenant()} or
         * {@link TableMapping#tenantFromParent()}, and link tables with {@link AssetLinkMapping#noTenant()}.
         * Trash records this tenant on its own rows; an actor of any other tenant finds nothing, in every
         * operation.
         *
         * @param tenant the tenant, without quotes, backslashes, control characters or surrounding whitespace
         * @return this
         * @throws IllegalArgumentException naming a tenant that is not allowed
         */
        public Builder singleTenant(String tenant) {
            this.singleTenant = SingleTenant.require(tenant);
            return this;
        }

        /** @param tableMappings one mapping per catalogue type @return this */
        public Builder map(TableMapping... tableMappings) {
            mappings.addAll(Arrays.asList(tableMappings));
            return this;
        }

        /** @param linkMappings one link table per declared asset relation @return this */
        public Builder links(AssetLinkMapping... linkMappings) {
            links.addAll(Arrays.asList(linkMappings));
            return this;
        }

        /**
         * Validates and builds.
         *
         * @return the repository
         * Reads the type of every mapped key column from the database's metadata (once; a column it does not
         * find is taken as text), unless the mapping sets it.
         *
         * @throws IllegalArgumentException naming the first invalid identifier, unmapped type, missing or
         *     extra parent column, or link table of an undeclared relation
         * @throws InvalidMappingException naming the type, table and column of a mapping that cannot work: a
         *     tenant from the parent of a top-level or self-nesting type, a table without a tenant column in a
         *     repository that is not single-tenant (or one with it in a single-tenant one), no name column for
         *     a type with unique names
         */
        public JdbiTrashRepository build() {
            SqlDialect resolved = dialect != null ? dialect : SqlDialect.detect(jdbi);
            Tables tables = jdbi.withHandle(h -> Tables.of(catalogue, mappings, links, resolved.sql(),
                    new ColumnTypes(h, resolved.sql()), singleTenant));
            return new JdbiTrashRepository(jdbi, tables, resolved);
        }
    }
}

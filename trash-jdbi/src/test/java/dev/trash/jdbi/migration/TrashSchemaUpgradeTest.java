package dev.trash.jdbi.migration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trash.jdbi.SqlDialect;
import dev.trash.jdbi.TrashSchema;
import dev.trash.jdbi.fixture.Schema;
import dev.trash.jdbi.fixture.TestDatabase;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link TrashSchema#install} without a migration tool: it applies every version in order, idempotently, and
 * upgrades a database an earlier release installed at V1 with its rows kept.
 */
class TrashSchemaUpgradeTest {

    @ParameterizedTest
    @EnumSource(SqlDialect.class)
    void installKnowsEveryVersionedFileOfTheDialectsFolderInOrder(SqlDialect dialect)
            throws IOException, URISyntaxException {
        URL folder = TrashSchema.class.getClassLoader().getResource(dialect.schemaLocation());
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            assertThat(TrashSchema.versionedFiles(dialect)).containsExactlyElementsOf(files
                    .map(f -> dialect.schemaLocation() + "/" + f.getFileName()).sorted().toList());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void installUpgradesAV1DatabaseKeepingItsRowsAndRunsTwiceHarmlessly(TestDatabase database) {
        database.assumeEnabled();
        try (Schema schema = database.create()) {
            MigrationTarget target = new MigrationTarget(schema);
            schema.jdbi().useHandle(h -> TrashSchema.statements(database.dialect(), 1).forEach(h::execute));
            SchemaRows.insertV1Rows(schema.jdbi());
            assertThat(target.indexesOf("trash_outbox")).doesNotContain("trash_outbox_occurred_idx");

            TrashSchema.install(schema.jdbi(), database.dialect());
            TrashSchema.install(schema.jdbi(), database.dialect());

            assertThat(SchemaRows.v1Rows(schema.jdbi())).isEqualTo(SchemaRows.EXPECTED_V1_ROWS);
            assertThat(target.indexesOf("trash_outbox")).contains("trash_outbox_occurred_idx");
            assertThat(target.indexesOf("trash_audit")).contains("trash_audit_occurred_idx");
        }
    }
}

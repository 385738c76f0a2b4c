package dev.kith.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationVersionTest {

    @Test
    void latestVersionConstantMatchesTheNewestMigrationOfEachDialect() {
        for (Dialect dialect : Dialect.values()) {
            List<String> versions = MigrationFiles.versions(dialect);
            assertThat(versions.get(versions.size() - 1)).as(dialect.name()).isEqualTo(Migrations.LATEST);
        }
    }

    @Test
    void bothDialectsShipTheSameMigrationVersions() {
        assertThat(MigrationFiles.versions(Dialect.SQLITE)).isEqualTo(MigrationFiles.versions(Dialect.POSTGRESQL));
    }
}

package dev.kith.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MigrationsTest {
    private static final Pattern VERSION = Pattern.compile("V(\\d+)__.*\\.sql");

    @Test
    void latestVersionConstantMatchesTheNewestMigrationOfEachDialect() throws Exception {
        for (Dialect dialect : Dialect.values()) {
            assertThat(newest(dialect)).as(dialect.name()).isEqualTo(Migrations.LATEST);
        }
    }

    @BothDatabases
    void reopeningAMigratedDatabaseSkipsFlywayAndKeepsData(TestDatabase db) {
        db.database().update(h -> h.execute("INSERT INTO books (name, created_on) VALUES ('kept', '2026-11-24')"
                .replace("'2026-11-24'", db.database().dialect() == Dialect.SQLITE ? "'2026-11-24'" : "DATE '2026-11-24'")));
        try (Database reopened = Database.open(db.spec())) {
            int kept = reopened.read(h -> h.createQuery("SELECT count(*) FROM books WHERE name = 'kept'")
                    .mapTo(Integer.class).one());
            assertThat(kept).isEqualTo(1);
            assertThat(Migrations.upToDate(dataSourceOf(reopened))).isTrue();
        }
    }

    private static javax.sql.DataSource dataSourceOf(Database db) {
        return db.dataSource();
    }

    private static String newest(Dialect dialect) throws URISyntaxException, IOException {
        Path folder = Path.of(MigrationsTest.class.getResource("/db/migration/" + dialect.migrations()
                .substring(dialect.migrations().lastIndexOf('/') + 1)).toURI());
        try (var files = Files.list(folder)) {
            return files.map(p -> VERSION.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(m -> Integer.parseInt(m.group(1)))
                    .max(Comparator.naturalOrder())
                    .map(String::valueOf)
                    .orElseThrow();
        }
    }
}

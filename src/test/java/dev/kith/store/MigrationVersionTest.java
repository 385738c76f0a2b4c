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

class MigrationVersionTest {
    private static final Pattern VERSION = Pattern.compile("V(\\d+)__.*\\.sql");

    @Test
    void latestVersionConstantMatchesTheNewestMigrationOfEachDialect() throws Exception {
        for (Dialect dialect : Dialect.values()) {
            assertThat(newest(dialect)).as(dialect.name()).isEqualTo(Migrations.LATEST);
        }
    }

    private static String newest(Dialect dialect) throws URISyntaxException, IOException {
        Path folder = Path.of(MigrationVersionTest.class.getResource("/db/migration/" + dialect.migrations()
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

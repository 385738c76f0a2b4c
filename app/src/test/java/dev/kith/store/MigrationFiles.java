package dev.kith.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The versions of the migration files shipped for a dialect, read from the classpath, oldest first. */
final class MigrationFiles {
    private static final Pattern VERSION = Pattern.compile("V(\\d+)__.*\\.sql");

    private MigrationFiles() {
    }

    static List<String> versions(Dialect dialect) {
        String folder = dialect.migrations().substring("classpath:".length());
        try (var files = Files.list(Path.of(MigrationFiles.class.getResource("/" + folder).toURI()))) {
            return files.map(p -> VERSION.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(m -> Integer.parseInt(m.group(1)))
                    .sorted()
                    .map(String::valueOf)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

package dev.kith.bench.paths;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The graphs the tests read: the small ones from this module's test resources (always there), the
 * larger public sets from the shared data folder beside the repository ({@code ../shared/data}, or the
 * system property {@code kith.shared.data}), which a test skips without, naming the missing path.
 */
final class DataSets {
    static final Path SHARED = Path.of(System.getProperty("kith.shared.data", "../../shared/data"));

    private DataSets() {
    }

    /** A test resource under {@code graphs/}, e.g. {@code ego-facebook.txt.gz}. */
    static Path small(String name) {
        URL url = DataSets.class.getResource("/graphs/" + name);
        if (url == null) {
            throw new IllegalStateException("no test resource graphs/" + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code relative} in the shared data folder; the calling test is skipped when it is not there. */
    static Path shared(String relative) {
        Path path = SHARED.resolve(relative).toAbsolutePath().normalize();
        assumeTrue(Files.exists(path), () -> "shared data set missing: " + path
                + " (the public data sets beside the repository, ../shared/data; set -Dkith.shared.data=FOLDER)");
        return path;
    }
}

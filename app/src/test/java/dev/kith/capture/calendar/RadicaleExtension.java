package dev.kith.capture.calendar;

import dev.kith.Prerequisite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One {@link RadicaleServer} for a test class, registered on a static field with {@code @RegisterExtension}: started
 * before the class's {@code @BeforeAll} methods in a temporary folder, stopped and its folder deleted after the
 * class. When radicale is not installed the class is skipped saying so (failed in CI), as {@link Prerequisite} does.
 */
final class RadicaleExtension implements BeforeAllCallback, AfterAllCallback {
    private final String untested;
    private RadicaleServer server;
    private Path dir;

    /** {@code untested} names what goes untested without radicale, e.g. "X (CalDAV sync against a real server)". */
    RadicaleExtension(String untested) {
        this.untested = untested;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Optional<Path> radicale = RadicaleServer.executable();
        Prerequisite.require(radicale.isPresent(), untested,
                "radicale is not installed (apt-get install radicale apache2-utils)");
        dir = Files.createTempDirectory("kith-radicale");
        server = RadicaleServer.start(radicale.orElseThrow(), dir);
    }

    /** The running server. */
    RadicaleServer server() {
        if (server == null) {
            throw new IllegalStateException("radicale is not started: register the extension on a static field");
        }
        return server;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (server != null) {
            server.close();
            server = null;
        }
        if (dir != null) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            dir = null;
        }
    }
}

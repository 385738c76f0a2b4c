package dev.kith;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.io.mail.MailSettings;
import dev.kith.store.DataLocation;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The build runs the tests in a home of their own, one per test JVM (app/target/test-home/fork-N): the
 * config folder, the default database, the model's cache and the home folder are never the developer's, and
 * two test JVMs running at once never share them.
 */
@Isolated // clears the JVM-wide kith.config.home for a moment: no other test class runs meanwhile
class HermeticTest {
    private static final Path HOME = Path.of(System.getProperty("user.home")).toAbsolutePath().normalize();

    @Test
    void theHomeFolderIsTheBuildsOwn() {
        assertThat(HOME.getParent().endsWith(Path.of("target", "test-home"))).as(HOME.toString()).isTrue();
        assertThat(HOME.getFileName().toString()).as("the fork number was filled in").matches("fork-[0-9]+");
        assertThat(Path.of(System.getenv("HOME")).toAbsolutePath().normalize()).isEqualTo(HOME);
    }

    @Test
    void theConfigFolderIsUnderTheTestHomeWithOrWithoutTheSystemProperty() {
        assertThat(MailSettings.configFolder().toAbsolutePath().normalize()).startsWithRaw(HOME);
        String property = System.clearProperty("kith.config.home");
        try {
            assertThat(MailSettings.configFolder().toAbsolutePath().normalize())
                    .as("tests that clear the property fall back to KITH_CONFIG_HOME").startsWithRaw(HOME);
        } finally {
            System.setProperty("kith.config.home", property);
        }
    }

    @Test
    void theDefaultDatabaseAndTheModelCacheAreUnderTheTestHome() {
        assertThat(Path.of(DataLocation.defaultSpec(System.getenv(), System.getProperty("user.home")))
                .toAbsolutePath().normalize()).startsWithRaw(HOME);
        assertThat(Path.of(System.getProperty("DJL_CACHE_DIR")).toAbsolutePath().normalize()).startsWithRaw(HOME);
        assertThat(Path.of(System.getenv("DJL_CACHE_DIR")).toAbsolutePath().normalize()).startsWithRaw(HOME);
    }
}

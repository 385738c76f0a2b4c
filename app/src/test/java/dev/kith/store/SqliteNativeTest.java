package dev.kith.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

@Isolated // sets the JVM-wide SQLite library properties: no other test class runs meanwhile
class SqliteNativeTest {
    @Test
    void theNativeLibraryIsCopiedOnceIntoTheCacheFolder(@TempDir Path folder) throws Exception {
        String before = System.getProperty("org.sqlite.lib.path");
        String tmpBefore = System.getProperty("org.sqlite.tmpdir");
        System.setProperty("kith.native.dir", folder.toString());
        try {
            System.clearProperty("org.sqlite.lib.path");
            System.clearProperty("org.sqlite.lib.name");
            System.clearProperty("org.sqlite.tmpdir");
            SqliteNative.useCachedCopy();
            assertThat(System.getProperty("org.sqlite.lib.path")).isEqualTo(folder.toString());
            Path library = folder.resolve(System.getProperty("org.sqlite.lib.name"));
            assertThat(library).isRegularFile();
            assertThat(Files.size(library)).isPositive();
            assertThat(library.getFileName().toString()).as("named for the platform, found without asking the driver")
                    .contains(SqliteNative.platform()).doesNotContain(" ");
            // the driver's look for copies earlier runs left lists this folder, not the shared temporary one
            assertThat(System.getProperty("org.sqlite.tmpdir")).isEqualTo(folder.toString());
        } finally {
            if (tmpBefore == null) {
                System.clearProperty("org.sqlite.tmpdir");
            } else {
                System.setProperty("org.sqlite.tmpdir", tmpBefore);
            }
            System.clearProperty("kith.native.dir");
            System.clearProperty("org.sqlite.lib.name");
            if (before == null) {
                System.clearProperty("org.sqlite.lib.path");
            } else {
                System.setProperty("org.sqlite.lib.path", before);
            }
        }
    }
}

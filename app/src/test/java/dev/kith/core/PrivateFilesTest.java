package dev.kith.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Private files are created owner-only whatever the umask (the test makes the folder modes wide open first). */
class PrivateFilesTest {
    @TempDir
    Path temp;

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void aNewDatabaseAndItsWalAndShmFilesAreOwnerOnly() throws Exception {
        Path file = temp.resolve("new/folder/kith.db");
        try (Database db = Database.open(file.toString())) {
            db.update(h -> h.execute("CREATE TABLE IF NOT EXISTS probe (x INTEGER)"));
            db.update(h -> h.execute("INSERT INTO probe VALUES (1)"));
            assertThat(mode(file)).isEqualTo("rw-------");
            assertThat(mode(temp.resolve("new"))).isEqualTo("rwx------");
            assertThat(mode(temp.resolve("new/folder"))).isEqualTo("rwx------");
            for (String suffix : new String[] {"-wal", "-shm"}) {
                Path side = Path.of(file + suffix);
                if (Files.exists(side)) {
                    assertThat(mode(side)).as(suffix).isEqualTo("rw-------");
                }
            }
            assertThat(Path.of(file + "-wal")).exists();
        }
    }

    @Test
    void privateWritesAreOwnerOnlyAndReplaceAtomically() throws Exception {
        Path file = temp.resolve("config/kith/export.csv");
        PrivateFiles.writeString(file, "first", "the export");
        PrivateFiles.writeString(file, "second", "the export");
        assertThat(Files.readString(file)).isEqualTo("second");
        assertThat(mode(file)).isEqualTo("rw-------");
        assertThat(mode(temp.resolve("config/kith"))).isEqualTo("rwx------");
        assertThat(temp.resolve("config/kith")).isDirectoryNotContaining("glob:**.tmp");

        Path props = temp.resolve("config/kith/mail.properties");
        Properties p = new Properties();
        p.setProperty("password", "secret");
        PrivateFiles.store(props, p, "test", "the mail settings");
        assertThat(mode(props)).isEqualTo("rw-------");
    }
}

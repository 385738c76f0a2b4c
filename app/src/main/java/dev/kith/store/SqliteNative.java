package dev.kith.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

/**
 * Keeps sqlite-jdbc's native library in the folder named by the system property
 * {@code kith.native.dir} (the launcher sets it) instead of letting the driver extract it to the
 * temporary folder on every start, which costs about 100 ms of each CLI call, nor list that folder for
 * the copies of earlier runs. Without the property,
 * or when anything goes wrong, the driver's own loading is left as it is.
 */
final class SqliteNative {
    private SqliteNative() {
    }

    static synchronized void useCachedCopy() {
        String folder = System.getProperty("kith.native.dir");
        if (folder == null || folder.isBlank() || System.getProperty("org.sqlite.lib.path") != null) {
            return;
        }
        try {
            String library = System.mapLibraryName("sqlitejdbc");
            // named by the platform as the JVM reports it, so that the copy, once there, is found without asking
            // the driver's OSInfo, which runs `uname -o` in a child process on every start (an Android check)
            String name = "kith-" + SQLiteJDBCLoader.getVersion() + "-" + platform() + "-" + library;
            Path target = Path.of(folder).resolve(name);
            if (!Files.isRegularFile(target)) {
                String resource = "/org/sqlite/native/" + OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + library;
                try (InputStream in = SqliteNative.class.getResourceAsStream(resource)) {
                    if (in == null) {
                        return;
                    }
                    Files.createDirectories(target.getParent());
                    Path partial = Files.createTempFile(target.getParent(), name, ".part");
                    Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            System.setProperty("org.sqlite.lib.path", target.getParent().toString());
            System.setProperty("org.sqlite.lib.name", name);
            // the driver, on loading, lists its temporary folder for copies earlier runs left behind; with none
            // extracted, its own folder is the one to list, not a shared /tmp of thousands of entries
            if (System.getProperty("org.sqlite.tmpdir") == null) {
                System.setProperty("org.sqlite.tmpdir", target.getParent().toString());
            }
        } catch (IOException | RuntimeException e) {
            // the driver extracts its own copy as usual
        }
    }

    /** "linux-amd64": the operating system and architecture, as file-name characters. */
    static String platform() {
        String os = System.getProperty("os.name", "os") + "-" + System.getProperty("os.arch", "arch");
        return os.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_.-]+", "_");
    }
}

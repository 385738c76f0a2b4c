package dev.kith.store;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the user's database lives when {@code --db} is not given: {@code $KITH_DB}, else
 * {@code $XDG_DATA_HOME/kith/kith.db}, else {@code ~/.local/share/kith/kith.db}.
 */
public final class DataLocation {
    private DataLocation() {
    }

    public static String defaultSpec(Map<String, String> env, String userHome) {
        String explicit = env.get("KITH_DB");
        if (explicit != null && !explicit.isBlank()) {
            return explicit;
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return base.resolve("kith").resolve("kith.db").toString();
    }
}

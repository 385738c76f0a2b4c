package dev.kith.store;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the user's database lives when {@code --db} is not given: {@code $KITH_DB}, else
 * {@code $XDG_DATA_HOME/kith/kith.db}, else {@code $HOME/.local/share/kith/kith.db} (with
 * {@code userHome} standing in when {@code $HOME} is unset).
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
        String home = env.get("HOME") != null && !env.get("HOME").isBlank() ? env.get("HOME") : userHome;
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share");
        return base.resolve("kith").resolve("kith.db").toString();
    }
}

package dev.kith.capture.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Windows time zone names ("W. Europe Standard Time"), which Outlook and Exchange write as TZIDs, to
 * IANA zones, from the CLDR table in {@code windows-zones.txt}. Thread-safe (immutable once loaded).
 */
final class WindowsZones {
    private static final Map<String, ZoneId> ZONES = load();

    private WindowsZones() {
    }

    /** The IANA zone for a Windows zone name, ignoring case; empty when the name is not in the table. */
    static Optional<ZoneId> zone(String windowsName) {
        return Optional.ofNullable(ZONES.get(windowsName.strip().toLowerCase(Locale.ROOT)));
    }

    /** Every Windows name in the table, lower-cased, with its zone (for tests). */
    static Map<String, ZoneId> all() {
        return Map.copyOf(ZONES);
    }

    private static Map<String, ZoneId> load() {
        Map<String, ZoneId> zones = new HashMap<>();
        try (InputStream in = WindowsZones.class.getResourceAsStream("windows-zones.txt")) {
            if (in == null) {
                throw new IllegalStateException("windows-zones.txt is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int eq = line.lastIndexOf('=');
                if (line.isBlank() || line.startsWith("#") || eq < 0) {
                    continue;
                }
                zones.put(line.substring(0, eq).strip().toLowerCase(Locale.ROOT), ZoneId.of(line.substring(eq + 1).strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(zones);
    }
}

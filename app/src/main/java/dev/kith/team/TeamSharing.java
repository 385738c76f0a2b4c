package dev.kith.team;

import dev.kith.core.ValidationException;
import dev.kith.store.Database;
import dev.kith.store.SettingValues;
import java.util.Locale;
import java.util.Map;

/**
 * Whether a book shares its introductions graph with the team: the book's setting {@value #KEY},
 * {@code "true"} or {@code "false"}, false when unset. Read from the database on every call (through
 * {@link SettingValues}, whose cache is keyed by the data version every process sees), so turning sharing
 * off takes effect at once in every server process. Thread-safe.
 */
public final class TeamSharing {
    /** The settings key, as the settings page and {@code PATCH /api/v1/settings} name it. */
    public static final String KEY = "team.share-graph";

    private final Database db;

    public TeamSharing(Database db) {
        this.db = db;
    }

    /** Whether book {@code book} shares its graph; false for a book that never set it. */
    public boolean isShared(long book) {
        String value = new SettingValues(db, book).all().get(KEY);
        return value != null && parse(value);
    }

    /** Turns sharing of book {@code book}'s graph on or off, committed before this returns. */
    public void setShared(long book, boolean shared) {
        new SettingValues(db, book).putAll(Map.of(KEY, Boolean.toString(shared)));
    }

    /**
     * The flag {@code text} spells: {@code true} or {@code false}, any case, blanks around ignored; anything
     * else is a {@link ValidationException} naming {@value #KEY}.
     */
    public static boolean parse(String text) {
        String v = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ValidationException(KEY, "must be true or false, not '" + text + "'");
        };
    }
}

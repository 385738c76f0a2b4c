package dev.kith.contacts;

import java.util.EnumMap;
import java.util.Map;

/**
 * How often to keep in touch with each circle, in days: the book's settings ({@code cadence.<circle>})
 * over the circles' defaults (inner 14, close 30, network 90, acquaintance 180). A person's own
 * cadence overrides their circle's. Immutable.
 */
public final class Cadences {
    /** The circles' defaults, for a book that has set none. */
    public static final Cadences DEFAULTS = new Cadences(Map.of());

    private final Map<Circle, Integer> days = new EnumMap<>(Circle.class);

    private Cadences(Map<String, String> settings) {
        for (Circle c : Circle.values()) {
            days.put(c, parse(settings.get(key(c)), c.defaultCadenceDays()));
        }
    }

    /** The cadences set in {@code settings} (by key, as stored), the defaults for the rest and for unreadable values. */
    public static Cadences from(Map<String, String> settings) {
        return new Cadences(settings);
    }

    /** The settings key of a circle's cadence: {@code cadence.close}. */
    public static String key(Circle circle) {
        return "cadence." + circle.code();
    }

    /** The cadence of {@code circle}. */
    public int days(Circle circle) {
        return days.get(circle);
    }

    /** A person's cadence: their {@code own} when set, else their circle's. */
    public int of(Integer own, Circle circle) {
        return own != null ? own : days(circle);
    }

    private static int parse(String text, int fallback) {
        try {
            int n = text == null ? fallback : Integer.parseInt(text.strip());
            return n > 0 ? n : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}

package dev.kith.web;

import dev.kith.app.Kith;
import java.util.HashMap;
import java.util.Map;

/** How much we have to do with each person: interactions logged (shown in lists) and tie strength (for sorting and sizing). */
final class Strength {
    private Strength() {
    }

    /** Interactions per contact of {@code book}, of the contacts {@code only} names (null: all); contacts never met are absent. */
    static Map<Long, Integer> interactionCounts(Kith book, java.util.Collection<Long> only) {
        return book.interactions().countsByContact(only);
    }

    /** The tie strength total (0 to 100) of every contact of {@code book} on {@code today}. */
    static Map<Long, Integer> tieStrengths(Kith book, java.time.LocalDate today) {
        Map<Long, Integer> totals = new HashMap<>();
        new dev.kith.strength.TieStrengths(book.database(), book.id()).all(today)
                .forEach((id, s) -> totals.put(id, s.total()));
        return totals;
    }

    /** Interactions logged with contact {@code id}; 0 when none. */
    static int interactionCount(Kith book, long id) {
        return book.interactions().countWith(id);
    }

    static String initials(String name) {
        String[] words = name.strip().split("\\s+");
        String first = words[0].isEmpty() ? "?" : words[0].substring(0, 1);
        String last = words.length > 1 ? words[words.length - 1].substring(0, 1) : "";
        return (first + last).toUpperCase(java.util.Locale.ROOT);
    }
}

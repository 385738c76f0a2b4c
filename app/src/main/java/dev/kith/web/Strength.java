package dev.kith.web;

import dev.kith.book.Book;
import java.util.HashMap;
import java.util.Map;

/** How much we have to do with each person: interactions logged (shown in lists) and tie strength (for sorting and sizing). */
final class Strength {
    private Strength() {
    }

    /** Interactions per contact of {@code book}, of the contacts {@code only} names (null: all); contacts never met are absent. */
    static Map<Long, Integer> interactionCounts(Book book, java.util.Collection<Long> only) {
        if (only != null && only.isEmpty()) {
            return Map.of();
        }
        String among = only == null ? ""
                : " AND " + dev.kith.store.IdSets.in(book.database().dialect(), "contact_id", "ids");
        Map<String, Object> ids = only == null ? Map.of() : Map.of("ids", dev.kith.store.IdSets.json(only));
        return book.database().read(h -> {
            Map<Long, Integer> counts = new HashMap<>();
            h.createQuery("SELECT contact_id, count(*) FROM interaction_people WHERE book_id = :book" + among
                            + " GROUP BY contact_id")
                    .bind("book", book.id())
                    .bindMap(ids)
                    .map((rs, ctx) -> counts.put(rs.getLong(1), rs.getInt(2)))
                    .list();
            return counts;
        });
    }

    /** The tie strength total (0 to 100) of every contact of {@code book} on {@code today}. */
    static Map<Long, Integer> tieStrengths(Book book, java.time.LocalDate today) {
        Map<Long, Integer> totals = new HashMap<>();
        new dev.kith.strength.TieStrengths(book.database(), book.id()).all(today)
                .forEach((id, s) -> totals.put(id, s.total()));
        return totals;
    }

    /** Interactions logged with contact {@code id}; 0 when none. */
    static int interactionCount(Book book, long id) {
        return book.database().read(h -> h.createQuery("SELECT count(*) FROM interaction_people"
                        + " WHERE book_id = :book AND contact_id = :id")
                .bind("book", book.id()).bind("id", id).mapTo(Integer.class).one());
    }

    static String initials(String name) {
        String[] words = name.strip().split("\\s+");
        String first = words[0].isEmpty() ? "?" : words[0].substring(0, 1);
        String last = words.length > 1 ? words[words.length - 1].substring(0, 1) : "";
        return (first + last).toUpperCase(java.util.Locale.ROOT);
    }
}

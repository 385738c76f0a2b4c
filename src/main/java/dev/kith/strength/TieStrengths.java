package dev.kith.strength;

import dev.kith.core.Coded;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.InteractionKind;
import dev.kith.store.Database;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Tie strengths of the contacts of one book, read from the database in bulk: one query over the
 * contacts and one pass over the interactions, whatever the size of the book. Thread-safe.
 */
public final class TieStrengths {
    private static final Map<String, InteractionKind> KINDS = new HashMap<>();

    static {
        for (InteractionKind k : InteractionKind.values()) {
            KINDS.put(k.code(), k);
        }
    }

    private final Database db;
    private final long book;

    public TieStrengths(Database db, long book) {
        this.db = db;
        this.book = book;
    }

    /** The strength of every contact of the book on {@code today}; a contact without interactions scores by history only. */
    public Map<Long, TieStrength> all(LocalDate today) {
        return db.read(h -> score(h, today, null));
    }

    /** The strength of one contact on {@code today}; zero parts when the contact is not in this book. */
    public TieStrength of(long contactId, LocalDate today) {
        return db.read(h -> score(h, today, contactId)).getOrDefault(contactId, TieStrength.none(contactId));
    }

    private Map<Long, TieStrength> score(Handle h, LocalDate today, Long only) {
        String filter = only == null ? "" : " AND id = :only";
        Map<Long, LocalDate> known = new HashMap<>();
        var contacts = h.createQuery("SELECT id, first_met, created_on FROM contacts WHERE book_id = :book" + filter)
                .bind("book", book);
        if (only != null) {
            contacts.bind("only", only);
        }
        contacts.map((rs, ctx) -> {
            LocalDate met = date(rs.getString(2));
            LocalDate created = date(rs.getString(3));
            return known.put(rs.getLong(1), met != null && (created == null || met.isBefore(created)) ? met : created);
        }).list();
        Map<Long, StrengthTally> tallies = new HashMap<>();
        var q = h.createQuery("SELECT ip.contact_id, i.occurred_on, i.kind, i.initiator FROM interaction_people ip"
                        + " JOIN interactions i ON i.id = ip.interaction_id WHERE ip.book_id = :book"
                        + (only == null ? "" : " AND ip.contact_id = :only"))
                .bind("book", book);
        if (only != null) {
            q.bind("only", only);
        }
        q.map((rs, ctx) -> {
            tallies.computeIfAbsent(rs.getLong(1), k -> new StrengthTally())
                    .add(date(rs.getString(2)), kind(rs.getString(3)), initiator(rs.getString(4)));
            return null;
        }).forEach(x -> { });
        Map<Long, TieStrength> result = new HashMap<>();
        known.forEach((id, since) -> result.put(id,
                tallies.getOrDefault(id, new StrengthTally()).score(id, today, since)));
        return result;
    }

    /** A date column read as text on either database; null stays null. */
    public static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    }

    /** An interaction kind by its stored code, without the cost of {@link Coded#parse} per row. */
    public static InteractionKind kind(String code) {
        InteractionKind kind = KINDS.get(code);
        return kind != null ? kind : InteractionKind.parse("kind", code);
    }

    public static Initiator initiator(String code) {
        return "them".equals(code) ? Initiator.THEM : Initiator.ME;
    }
}

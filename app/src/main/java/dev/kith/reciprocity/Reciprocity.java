package dev.kith.reciprocity;

import dev.kith.book.Book;
import dev.kith.contacts.Contacts;
import dev.kith.store.IdSets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Networking is bi-directional": per person, how often I gave and how often I asked over the
 * last {@value #WINDOW_DAYS} days up to {@code book.clock().today()}, from the interactions'
 * exchange. Thread-safe.
 */
public final class Reciprocity {
    /** The window: twelve months. */
    public static final int WINDOW_DAYS = 365;
    /** How many asks without a single give make "you only ask". */
    public static final int ONLY_ASKS_MIN = 2;

    private final Book book;
    private final Contacts contacts;

    public Reciprocity(Book book, Contacts contacts) {
        this.book = book;
        this.contacts = contacts;
    }

    /** Everyone with at least one gave or asked in the window, the most lopsided (asked − gave) first. */
    public List<Balance> lopsided() {
        List<Balance> out = new ArrayList<>(all().values());
        out.removeIf(b -> b.gave() == 0 && b.asked() == 0);
        out.sort(Comparator.comparingInt((Balance b) -> -Math.abs(b.lean())).thenComparingInt(b -> -b.lean())
                .thenComparing(Balance::name).thenComparingLong(Balance::contactId));
        return out;
    }

    /** Every contact with interactions in the window, by id. */
    public Map<Long, Balance> all() {
        return load(null);
    }

    /**
     * The balances of {@code contactIds} with at least one interaction in the window, by id: {@link #all()}
     * restricted to them, read with one query however large the book.
     */
    public Map<Long, Balance> of(Collection<Long> contactIds) {
        return contactIds.isEmpty() ? Map.of() : load(List.copyOf(contactIds));
    }

    /** The balance of one contact (zeros when none). */
    public Balance of(long contactId) {
        Balance b = load(List.of(contactId)).get(contactId);
        if (b != null) {
            return b;
        }
        String name = contacts.get(contactId).name();
        return new Balance(contactId, name, 0, 0, 0);
    }

    private Map<Long, Balance> load(List<Long> only) {
        LocalDate today = book.clock().today();
        return book.database().read(h -> {
            // grouped by the people rows' contact first, in the order of their index (no temporary b-tree),
            // then named: a quarter faster than grouping by the joined contact's id and name
            var q = h.createQuery("""
                    SELECT c.id, c.display_name, x.gave, x.asked, x.neutral FROM (
                        SELECT p.contact_id,
                               count(*) FILTER (WHERE i.exchange = 'gave') AS gave,
                               count(*) FILTER (WHERE i.exchange = 'asked') AS asked,
                               count(*) FILTER (WHERE i.exchange = 'neutral') AS neutral
                        FROM interaction_people p
                        JOIN interactions i ON i.book_id = p.book_id AND i.id = p.interaction_id
                        WHERE p.book_id = :b AND p.occurred_on > :from AND p.occurred_on <= :today"""
                    + (only == null ? "" : " AND " + IdSets.in(book.database().dialect(), "p.contact_id", "only")) + """
                         GROUP BY p.contact_id) x
                    JOIN contacts c ON c.book_id = :b AND c.id = x.contact_id""")
                    .bind("b", book.id()).bind("from", today.minusDays(WINDOW_DAYS)).bind("today", today);
            if (only != null) {
                q.bind("only", IdSets.json(only));
            }
            Map<Long, Balance> out = new HashMap<>();
            q.map((rs, ctx) -> out.put(rs.getLong(1), new Balance(rs.getLong(1), rs.getString(2), rs.getInt(3),
                    rs.getInt(4), rs.getInt(5)))).forEach(x -> { });
            return out;
        });
    }
}

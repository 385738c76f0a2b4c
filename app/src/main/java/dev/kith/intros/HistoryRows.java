package dev.kith.intros;

import dev.kith.book.Book;

/** The reads of a book's tie history ({@link TieHistory}): the recorded ties and the people of shared interactions. */
final class HistoryRows {
    /** One recorded tie: its two contacts and its {@code since} date as stored (null when unknown). */
    @FunctionalInterface
    interface TieRow {
        void accept(long from, long to, String since);
    }

    /** One person of an interaction with several: the interaction, the contact and its date as stored. */
    @FunctionalInterface
    interface PersonRow {
        void accept(long interaction, long contact, String occurredOn);
    }

    private HistoryRows() {
    }

    /**
     * Streams {@code book}'s recorded ties to {@code ties}, then the people of each of its interactions with more
     * than one to {@code people}, by interaction and contact: one read, two queries.
     */
    static void read(Book book, TieRow ties, PersonRow people) {
        book.database().read(h -> {
            h.createQuery("SELECT from_id, to_id, since FROM ties WHERE book_id = :b")
                    .bind("b", book.id())
                    .map((rs, ctx) -> {
                        ties.accept(rs.getLong(1), rs.getLong(2), rs.getString(3));
                        return 0;
                    }).forEach(x -> { });
            // the people of each interaction with several, paired by the caller: 4,000 rows instead of the 43,000
            // pairs a self-join returns on a book of 100,000 interactions, and a third of its time in SQLite
            h.createQuery("""
                            SELECT p.interaction_id, p.contact_id, p.occurred_on
                            FROM (SELECT interaction_id FROM interaction_people WHERE book_id = :b
                                  GROUP BY interaction_id HAVING count(*) > 1) m
                            CROSS JOIN interaction_people p
                            WHERE p.interaction_id = m.interaction_id AND p.book_id = :b
                            ORDER BY p.interaction_id, p.contact_id""")
                    .bind("b", book.id())
                    .map((rs, ctx) -> {
                        people.accept(rs.getLong(1), rs.getLong(2), rs.getString(3));
                        return 0;
                    }).forEach(x -> { });
            return null;
        });
    }
}

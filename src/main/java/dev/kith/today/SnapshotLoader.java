package dev.kith.today;

import dev.kith.book.Book;
import dev.kith.contacts.Circle;
import dev.kith.core.Coded;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;
import dev.kith.milestones.Milestone;
import dev.kith.milestones.MilestoneKind;
import dev.kith.strength.StrengthTally;
import dev.kith.strength.TieStrength;
import dev.kith.strength.TieStrengths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/** Loads a {@link Snapshot} with four whole-book queries and one pass over the interactions. */
final class SnapshotLoader {
    private SnapshotLoader() {
    }

    /** One interaction row as read, before its people are grouped. */
    private record Row(long id, LocalDate date, InteractionKind kind, Initiator initiator, Exchange exchange,
                       String summary, boolean awaiting) {
    }

    static Snapshot load(Book book) {
        LocalDate today = book.clock().today();
        LocalDate recentFrom = today.minusDays(Snapshot.RECENT_DAYS);
        return book.database().read(h -> {
            long me = h.createQuery("SELECT coalesce(me_contact_id, -1) FROM books WHERE id = :book")
                    .bind("book", book.id()).mapTo(Long.class).one();
            Map<Long, StrengthTally> tallies = new HashMap<>();
            Map<Long, LocalDate> lastMeal = new HashMap<>();
            Map<Long, Row> rows = new HashMap<>();
            Map<Long, List<Long>> peopleOf = new HashMap<>();
            Map<String, LocalDate> dates = new HashMap<>();
            h.createQuery("""
                            SELECT ip.contact_id, i.id, i.occurred_on, i.kind, i.initiator, i.exchange, i.awaiting_reply,
                                   CASE WHEN i.occurred_on >= :recent OR i.awaiting_reply = :yes THEN i.summary END
                            FROM interaction_people ip JOIN interactions i ON i.id = ip.interaction_id
                            WHERE ip.book_id = :book""")
                    .bind("book", book.id()).bind("recent", recentFrom).bind("yes", true)
                    .map((rs, ctx) -> {
                        long contact = rs.getLong(1);
                        LocalDate date = dates.computeIfAbsent(rs.getString(3), TieStrengths::date);
                        InteractionKind kind = TieStrengths.kind(rs.getString(4));
                        Initiator initiator = TieStrengths.initiator(rs.getString(5));
                        tallies.computeIfAbsent(contact, k -> new StrengthTally()).add(date, kind, initiator);
                        if (kind == InteractionKind.LUNCH || kind == InteractionKind.COFFEE) {
                            lastMeal.merge(contact, date, (a, b) -> a.isAfter(b) ? a : b);
                        }
                        boolean awaiting = rs.getBoolean(7);
                        if (!date.isAfter(today) && (awaiting || !date.isBefore(recentFrom))) {
                            long id = rs.getLong(2);
                            if (!rows.containsKey(id)) {
                                rows.put(id, new Row(id, date, kind, initiator, exchange(rs.getString(6)),
                                        sqlText(rs.getString(8)), awaiting));
                            }
                            peopleOf.computeIfAbsent(id, k -> new ArrayList<>()).add(contact);
                        }
                        return contact;
                    }).forEach(x -> { });
            Map<Long, List<Interaction>> recent = new HashMap<>();
            List<Interaction> awaiting = new ArrayList<>();
            rows.values().stream().sorted(Comparator.comparing(Row::date).thenComparing(Row::id)).forEach(r -> {
                List<Long> people = peopleOf.get(r.id()).stream().sorted().toList();
                Interaction i = new Interaction(r.id(), r.date(), r.kind(), r.initiator(), null, r.summary(),
                        r.exchange(), r.awaiting(), people);
                if (r.awaiting()) {
                    awaiting.add(i);
                }
                if (!r.date().isBefore(recentFrom)) {
                    people.forEach(p -> recent.computeIfAbsent(p, k -> new ArrayList<>()).add(i));
                }
            });
            Map<Long, Snapshot.ContactFacts> contacts = contacts(h, book.id(), me, today, tallies, lastMeal);
            return new Snapshot(today, contacts, recent, awaiting, milestones(h, book.id(), today));
        });
    }

    private static Map<Long, Snapshot.ContactFacts> contacts(Handle h, long book, long me, LocalDate today,
                                                             Map<Long, StrengthTally> tallies,
                                                             Map<Long, LocalDate> lastMeal) {
        Map<Long, Snapshot.ContactFacts> contacts = new HashMap<>();
        h.createQuery("""
                        SELECT id, display_name, given_name, circle, cadence_days, do_not_contact, archived,
                               first_met, created_on
                        FROM contacts WHERE book_id = :book""")
                .bind("book", book)
                .map((rs, ctx) -> {
                    long id = rs.getLong(1);
                    String name = rs.getString(2);
                    String given = rs.getString(3);
                    Circle circle = Circle.parse("circle", rs.getString(4));
                    int cadence = rs.getInt(5);
                    if (rs.wasNull()) {
                        cadence = circle.defaultCadenceDays();
                    }
                    LocalDate met = TieStrengths.date(rs.getString(8));
                    LocalDate created = TieStrengths.date(rs.getString(9));
                    LocalDate since = met != null && met.isBefore(created) ? met : created;
                    StrengthTally tally = tallies.getOrDefault(id, new StrengthTally());
                    TieStrength strength = tally.score(id, today, since);
                    int once = tally.scoreAtLastContact(id, today, since).total();
                    LocalDate last = tally.lastDateOnOrBefore(today);
                    boolean reachable = !rs.getBoolean(6) && !rs.getBoolean(7) && id != me;
                    String first = given != null && !given.isBlank() ? given : name.split("\\s+")[0];
                    return contacts.put(id, new Snapshot.ContactFacts(id, name, first, circle, cadence, created,
                            reachable, strength, once, last, lastMeal.get(id)));
                }).forEach(x -> { });
        return contacts;
    }

    private static List<Milestone> milestones(Handle h, long book, LocalDate today) {
        return h.createQuery("""
                        SELECT id, contact_id, kind, occurred_on, text FROM milestones
                        WHERE book_id = :book AND acknowledged = :no AND occurred_on >= :from AND occurred_on <= :today
                        ORDER BY occurred_on, id""")
                .bind("book", book).bind("no", false).bind("from", today.minusDays(14)).bind("today", today)
                .map((rs, ctx) -> new Milestone(rs.getLong(1), rs.getLong(2), MilestoneKind.parse("kind", rs.getString(3)),
                        TieStrengths.date(rs.getString(4)), rs.getString(5), false))
                .list();
    }

    private static Exchange exchange(String code) {
        return "gave".equals(code) ? Exchange.GAVE : "asked".equals(code) ? Exchange.ASKED
                : Coded.parse(Exchange.class, "exchange", code);
    }

    private static String sqlText(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}

package dev.kith.today;

import dev.kith.book.Book;
import dev.kith.contacts.Cadences;
import dev.kith.contacts.Circle;
import dev.kith.core.Beside;
import dev.kith.core.Coded;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;
import dev.kith.milestones.Milestone;
import dev.kith.milestones.MilestoneKind;
import dev.kith.store.Database;
import dev.kith.strength.StrengthCounts;
import dev.kith.strength.StrengthTally;
import dev.kith.strength.TieStrengths;
import org.jdbi.v3.core.Handle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;

/**
 * Loads a {@link Snapshot} with a few whole-book queries. Tie strength comes from one aggregate per
 * contact over {@code interaction_people} (an index-only scan); only the last {@value Snapshot#RECENT_DAYS}
 * days' interactions and those awaiting a reply are read row by row, and the full history only of
 * ties quiet for more than {@value Snapshot#QUIET_DAYS} days, whose strength back then rekindling needs.
 */
final class SnapshotLoader {
    /** Contact ids per query when reading the history of quiet ties. */
    private static final int CHUNK = 500;

    /**
     * Runs the per-contact aggregate, the costliest query, on its own connection while the caller's
     * thread reads the rest: on two cores this takes a third off a fresh snapshot. The two reads are
     * separate transactions, so a commit landing between them can mix states for one plan; the
     * {@link SnapshotCache} reads the data version first, so such a snapshot is never reused.
     */

    private SnapshotLoader() {
    }

    /** One interaction row as read, before its people are grouped. */
    private record Row(long id, LocalDate date, InteractionKind kind, Initiator initiator, Exchange exchange,
                       String summary, boolean awaiting) {
    }

    /** What the aggregate says of one contact: strength counts up to today, and the last meal up to today. */
    private record Aggregate(StrengthCounts counts, LocalDate lastMeal) {
    }

    static Snapshot load(Book book) {
        LocalDate today = book.clock().today();
        LocalDate recentFrom = today.minusDays(Snapshot.RECENT_DAYS);
        Database db = book.database();
        Cadences cadences = book.contacts().cadences();
        CompletableFuture<Map<Long, Aggregate>> pending = db.inTransaction() ? null
                : Beside.start("kith-snapshot", () -> db.read(h -> aggregates(h, book.id(), today)));
        return db.read(h -> {
            long me = h.createQuery("SELECT coalesce(me_contact_id, -1) FROM books WHERE id = :book")
                    .bind("book", book.id()).mapTo(Long.class).one();
            Map<String, LocalDate> dates = new HashMap<>();
            Map<Long, LocalDate> futureMeals = new HashMap<>();
            Map<Long, Row> rows = new HashMap<>();
            Map<Long, List<Long>> peopleOf = new HashMap<>();
            h.createQuery("""
                            SELECT ip.contact_id, i.id, i.occurred_on, i.kind, i.initiator, i.exchange, i.awaiting_reply,
                                   i.summary
                            FROM interactions i JOIN interaction_people ip ON ip.interaction_id = i.id
                            WHERE i.book_id = :book AND i.occurred_on >= :recent
                            UNION ALL
                            SELECT ip.contact_id, i.id, i.occurred_on, i.kind, i.initiator, i.exchange, i.awaiting_reply,
                                   i.summary
                            FROM interactions i JOIN interaction_people ip ON ip.interaction_id = i.id
                            WHERE i.book_id = :book AND i.occurred_on < :recent AND i.awaiting_reply = :yes""")
                    .bind("book", book.id()).bind("recent", recentFrom).bind("yes", true)
                    .map((rs, ctx) -> {
                        long contact = rs.getLong(1);
                        LocalDate date = dates.computeIfAbsent(rs.getString(3), TieStrengths::date);
                        InteractionKind kind = TieStrengths.kind(rs.getString(4));
                        if (date.isAfter(today)) {
                            if (kind == InteractionKind.LUNCH || kind == InteractionKind.COFFEE) {
                                futureMeals.merge(contact, date, (a, b) -> a.isAfter(b) ? a : b);
                            }
                            return contact;
                        }
                        long id = rs.getLong(2);
                        if (!rows.containsKey(id)) {
                            rows.put(id, new Row(id, date, kind, TieStrengths.initiator(rs.getString(5)),
                                    exchange(rs.getString(6)), sqlText(rs.getString(8)), rs.getBoolean(7)));
                        }
                        peopleOf.computeIfAbsent(id, k -> new ArrayList<>()).add(contact);
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
            List<ContactRow> people = contactRows(h, book.id(), me, cadences, dates);
            Map<Long, Aggregate> aggregates = pending == null ? aggregates(h, book.id(), today) : Beside.join(pending);
            Map<Long, StrengthTally> quiet = quietHistories(h, book.id(), today, aggregates, dates);
            Map<Long, Snapshot.ContactFacts> contacts = contacts(people, today, aggregates, futureMeals, quiet);
            return new Snapshot(book, today, contacts, recent, awaiting, milestones(h, book.id(), today));
        });
    }

    /** Per contact with interactions up to today: their strength counts and last meal, one index-only aggregate. */
    private static Map<Long, Aggregate> aggregates(Handle h, long book, LocalDate today) {
        Map<String, LocalDate> dates = new HashMap<>();
        Map<Long, Aggregate> aggregates = new HashMap<>();
        int meal = TieStrengths.COUNTS_COLUMNS + 2;
        var q = h.createQuery("SELECT contact_id, " + TieStrengths.COUNTS_SQL
                + ", max(occurred_on) FILTER (WHERE kind IN ('lunch', 'coffee')) FROM interaction_people"
                + " WHERE book_id = :book AND occurred_on <= :today GROUP BY contact_id").bind("book", book);
        TieStrengths.bindWindows(q, today);
        q.map((rs, ctx) -> aggregates.put(rs.getLong(1), new Aggregate(TieStrengths.counts(rs, 2, dates),
                TieStrengths.date(rs.getString(meal))))).forEach(x -> { });
        return aggregates;
    }

    /** The whole history of every tie quiet for more than {@value Snapshot#QUIET_DAYS} days, and of no other. */
    private static Map<Long, StrengthTally> quietHistories(Handle h, long book, LocalDate today,
                                                    Map<Long, Aggregate> aggregates, Map<String, LocalDate> dates) {
        LocalDate quietBefore = today.minusDays(Snapshot.QUIET_DAYS);
        List<Long> quiet = aggregates.entrySet().stream()
                .filter(e -> e.getValue().counts().last().isBefore(quietBefore)).map(Map.Entry::getKey).sorted()
                .toList();
        Map<Long, StrengthTally> tallies = new HashMap<>();
        for (int from = 0; from < quiet.size(); from += CHUNK) {
            h.createQuery("SELECT contact_id, occurred_on, kind, initiator FROM interaction_people"
                            + " WHERE book_id = :book AND contact_id IN (<ids>) AND occurred_on <= :today")
                    .bind("book", book).bind("today", today)
                    .bindList("ids", quiet.subList(from, Math.min(quiet.size(), from + CHUNK)))
                    .map((rs, ctx) -> {
                        tallies.computeIfAbsent(rs.getLong(1), k -> new StrengthTally()).add(
                                dates.computeIfAbsent(rs.getString(2), TieStrengths::date),
                                TieStrengths.kind(rs.getString(3)), TieStrengths.initiator(rs.getString(4)));
                        return null;
                    }).forEach(x -> { });
        }
        return tallies;
    }

    /** One contact as read, before its interactions are known: {@code since} is when I first knew them. */
    private record ContactRow(long id, String name, String firstName, Circle circle, int cadence, LocalDate created,
                              LocalDate since, boolean reachable) {
    }

    /** Every contact of the book, read while the aggregate runs beside (on its own thread, see {@link #load}). */
    private static List<ContactRow> contactRows(Handle h, long book, long me, Cadences cadences,
                                                Map<String, LocalDate> dates) {
        return h.createQuery("""
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
                        cadence = cadences.days(circle);
                    }
                    boolean reachable = !rs.getBoolean(6) && !rs.getBoolean(7) && id != me;
                    LocalDate met = TieStrengths.date(rs.getString(8));
                    LocalDate created = dates.computeIfAbsent(rs.getString(9), TieStrengths::date);
                    LocalDate since = met != null && met.isBefore(created) ? met : created;
                    String first = given != null && !given.isBlank() ? given : firstWord(name);
                    return new ContactRow(id, name, first, circle, cadence, created, since, reachable);
                }).list();
    }

    private static Map<Long, Snapshot.ContactFacts> contacts(List<ContactRow> rows, LocalDate today,
                                                             Map<Long, Aggregate> aggregates,
                                                             Map<Long, LocalDate> futureMeals,
                                                             Map<Long, StrengthTally> quiet) {
        Map<Long, Snapshot.ContactFacts> contacts = new HashMap<>(rows.size() * 2);
        for (ContactRow r : rows) {
            long id = r.id();
            Aggregate aggregate = aggregates.get(id);
            StrengthCounts counts = aggregate == null ? StrengthCounts.NONE : aggregate.counts();
            int strength = counts.total(today, r.since());
            LocalDate meal = latest(aggregate == null ? null : aggregate.lastMeal(), futureMeals.get(id));
            StrengthTally history = quiet.get(id);
            contacts.put(id, new Snapshot.ContactFacts(id, r.name(), r.firstName(), r.circle(), r.cadence(),
                    r.created(), r.reachable(), strength, history == null ? OptionalInt.empty()
                    : OptionalInt.of(history.scoreAtLastContact(id, today, r.since()).total()),
                    counts.last(), meal));
        }
        return contacts;
    }

    /** The first word of a display name, which is never blank. */
    private static String firstWord(String name) {
        String s = name.strip();
        int end = 0;
        while (end < s.length() && !Character.isWhitespace(s.charAt(end))) {
            end++;
        }
        return s.substring(0, end);
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
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

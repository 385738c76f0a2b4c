package dev.kith.intros;

import dev.kith.book.Book;
import dev.kith.contacts.Contact;
import dev.kith.contacts.Contacts;
import dev.kith.core.Coded;
import dev.kith.core.Dates;
import dev.kith.core.NotFoundException;
import dev.kith.core.Text;
import dev.kith.core.ValidationException;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;
import dev.kith.interactions.Interactions;
import dev.kith.network.TieKind;
import dev.kith.network.TieSource;
import dev.kith.network.Ties;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The double opt-in introductions of one book. The workflow is a small state machine:
 * <pre>
 *   start        → asking-a   (draft: ask A whether they'd like to meet B)
 *   asking-a     → asking-b   (A agreed; draft: ask B)            or → declined (--declined)
 *   asking-b     → made       (B agreed; draft: the introduction)  or → declined (--declined)
 *   made         → closed     (--outcome TEXT, required)
 * </pre>
 * Making the introduction records a {@code knows} tie between A and B (source {@code introduced})
 * and one <em>gave</em> email with both. Every step is dated by the book's clock and keeps its
 * draft note. Any other transition is a validation error and writes nothing. Thread-safe.
 */
public final class Intros implements dev.kith.core.ContactReferences {
    /** An open introduction untouched for this many days is stalled (Today proposes a follow-up). */
    public static final int STALLED_DAYS = 7;

    private final Book book;
    private final Contacts contacts;
    private final Interactions interactions;
    private final Ties ties;

    public Intros(Book book, Contacts contacts, Interactions interactions, Ties ties) {
        this.book = book;
        this.contacts = contacts;
        this.interactions = interactions;
        this.ties = ties;
    }

    /**
     * A note not yet sent: the step it would record ({@code asked-a}, {@code asked-b}, {@code made} or
     * {@code declined}), to whom it goes, the introduction's why and the note. Nothing is recorded
     * until the caller records the step with the (possibly edited) note.
     */
    public record Draft(String step, List<Contact> to, String why, String note) {
        public Draft {
            to = List.copyOf(to);
        }
    }

    /**
     * The note asking {@code a} whether they would like to meet {@code b}, before anything is recorded:
     * the same checks as {@link #start} (a validation error when it could not start), and the why
     * ({@code why}, else the common ground Kith finds for the pair) that {@link #start} should be given.
     */
    public Draft draftStart(Contact a, Contact b, String why) {
        dev.kith.core.Limits.text("why", why, dev.kith.core.Limits.LONG_TEXT);
        check(a, b);
        book.database().read(h -> {
            checkNotOpen(h, a, b);
            return null;
        });
        String reason = reason(a, b, why);
        return new Draft("asked-a", List.of(a), reason, Drafts.askA(a, b, reason));
    }

    /** Starts an introduction of {@code a} to {@code b}: the first step asks {@code a}. */
    public Intro start(Contact a, Contact b, String why) {
        return start(a, b, why, null);
    }

    /**
     * Starts an introduction of {@code a} to {@code b}: the first step asks {@code a}, with {@code note}
     * (the note as sent) as the step's note, or the drafted one when {@code note} is blank.
     */
    public Intro start(Contact a, Contact b, String why, String note) {
        dev.kith.core.Limits.text("why", why, dev.kith.core.Limits.LONG_TEXT);
        dev.kith.core.Limits.text("note", note, dev.kith.core.Limits.LONG_TEXT);
        check(a, b);
        LocalDate today = book.clock().today();
        String reason = reason(a, b, why);
        String sent = Text.blankToNull(note);
        return book.database().write(h -> {
            checkNotOpen(h, a, b);
            long id = h.createQuery("""
                            INSERT INTO intros (book_id, a_id, b_id, why, state, started_on, updated_on)
                            VALUES (:bk, :a, :b, :why, 'asking-a', :today, :today) RETURNING id""")
                    .bind("bk", book.id()).bind("a", a.id()).bind("b", b.id()).bind("why", reason).bind("today", today)
                    .mapTo(Long.class).one();
            step(id, "asked-a", today, sent != null ? sent.strip() : Drafts.askA(a, b, reason));
            return get(id);
        });
    }

    /** The why to keep: {@code why}, else the common ground Kith finds for the pair, in words a note can carry. */
    private String reason(Contact a, Contact b, String why) {
        String given = Text.blankToNull(why);
        return given != null ? given.strip()
                : Drafts.why(Suggestions.between(book, a.id(), b.id(), book.clock().today()));
    }

    private void check(Contact a, Contact b) {
        if (a.id() == b.id()) {
            throw new ValidationException("b", "an introduction needs two different people, both are " + a.name());
        }
        for (Contact c : List.of(a, b)) {
            if (c.doNotContact()) {
                throw new ValidationException(c == a ? "a" : "b", c.name() + " is marked do not contact");
            }
            if (c.archived()) {
                throw new ValidationException(c == a ? "a" : "b", c.name() + " is archived");
            }
        }
        if (book.me().map(me -> me == a.id() || me == b.id()).orElse(false)) {
            throw new ValidationException("b", "you cannot introduce yourself; pick two contacts");
        }
    }

    private void checkNotOpen(org.jdbi.v3.core.Handle h, Contact a, Contact b) {
        int open = h.createQuery("SELECT count(*) FROM intros WHERE book_id = :bk AND state IN ('asking-a', 'asking-b', 'made')"
                        + " AND ((a_id = :a AND b_id = :b) OR (a_id = :b AND b_id = :a))")
                .bind("bk", book.id()).bind("a", a.id()).bind("b", b.id()).mapTo(Integer.class).one();
        if (open > 0) {
            throw new ValidationException("b", "an introduction of " + a.name() + " and " + b.name() + " is already open");
        }
    }

    /**
     * The note of the next step of open introduction {@code id}, before anything is recorded: when the
     * person asked agreed, the ask of the second person or (both agreed) the introduction to both; when
     * they declined ({@code declined}), a thank-you to them. A made introduction has no next note (it
     * closes with an outcome): a validation error, as for one no longer open.
     */
    public Draft draftNext(long id, boolean declined) {
        Intro intro = get(id);
        if (!intro.state().open()) {
            throw new ValidationException("state", "this introduction is " + intro.status() + " and cannot move on");
        }
        if (intro.state() == IntroState.MADE) {
            throw new ValidationException("state", "this introduction is already made; note how it went instead");
        }
        Contact a = contacts.get(intro.aId());
        Contact b = contacts.get(intro.bId());
        if (declined) {
            Contact who = intro.state() == IntroState.ASKING_A ? a : b;
            return new Draft("declined", List.of(who), intro.why(), Drafts.declined(who));
        }
        return intro.state() == IntroState.ASKING_A
                ? new Draft("asked-b", List.of(b), intro.why(), Drafts.askB(a, b, intro.why()))
                : new Draft("made", List.of(a, b), intro.why(), Drafts.made(a, b, intro.why()));
    }

    /**
     * Moves introduction {@code id} one step on: the next person agreed, or ({@code declined}) they
     * did not; for a made introduction, {@code outcome} closes it.
     */
    public Intro advance(long id, boolean declined, String outcome) {
        return advance(id, declined, outcome, null);
    }

    /**
     * {@link #advance(long, boolean, String)} with {@code note}, the note as sent, kept as the step's
     * note instead of the drafted one (ignored when blank, and for an outcome).
     */
    public Intro advance(long id, boolean declined, String outcome, String note) {
        dev.kith.core.Limits.text("note", note, dev.kith.core.Limits.LONG_TEXT);
        String sent = Text.blankToNull(note) == null ? null : note.strip();
        String result = Text.blankToNull(outcome);
        LocalDate today = book.clock().today();
        return book.database().write(h -> {
            Intro intro = get(id);
            if (!intro.state().open()) {
                throw new ValidationException("state", "introduction #" + id + " is " + intro.state().code()
                        + " and cannot move on");
            }
            if (declined && result != null) {
                throw new ValidationException("outcome", "give --declined or --outcome, not both");
            }
            if (intro.state() != IntroState.MADE && result != null) {
                throw new ValidationException("outcome", "introduction #" + id + " is not made yet (" + intro.status()
                        + "); an outcome comes after it is made");
            }
            Contact a = contacts.get(intro.aId());
            Contact b = contacts.get(intro.bId());
            IntroState next;
            switch (intro.state()) {
                case ASKING_A, ASKING_B -> {
                    if (declined) {
                        next = IntroState.DECLINED;
                        String who = intro.state() == IntroState.ASKING_A ? a.name() : b.name();
                        step(id, "declined", today, who + " declined. " + (sent != null ? sent : Drafts.declined(
                                intro.state() == IntroState.ASKING_A ? a : b)));
                    } else if (intro.state() == IntroState.ASKING_A) {
                        next = IntroState.ASKING_B;
                        step(id, "asked-b", today, sent != null ? sent : Drafts.askB(a, b, intro.why()));
                    } else {
                        next = IntroState.MADE;
                        step(id, "made", today, sent != null ? sent : Drafts.made(a, b, intro.why()));
                        makeTie(a.id(), b.id(), today);
                        interactions.log(Interaction.draft(today, InteractionKind.EMAIL, Initiator.ME, null,
                                "Introduced " + a.name() + " and " + b.name(), Exchange.GAVE, false,
                                List.of(a.id(), b.id())));
                    }
                }
                case MADE -> {
                    if (declined) {
                        throw new ValidationException("state", "introduction #" + id
                                + " is already made; record how it went with an outcome instead");
                    }
                    if (result == null) {
                        throw new ValidationException("outcome", "introduction #" + id
                                + " is made; closing it needs an outcome (what came of it)");
                    }
                    next = IntroState.CLOSED;
                    step(id, "outcome", today, result);
                }
                default -> throw new IllegalStateException(intro.state().code());
            }
            h.createUpdate("UPDATE intros SET state = :s, updated_on = :today, outcome = :o WHERE book_id = :bk AND id = :id")
                    .bind("s", next.code()).bind("today", today).bind("o", result).bind("bk", book.id()).bind("id", id)
                    .execute();
            return get(id);
        });
    }

    /**
     * Re-dates introduction {@code id} as started on {@code startedOn} and last moved on {@code updatedOn}:
     * its ask of the first person is dated {@code startedOn}, every later step {@code updatedOn}. For
     * generated books (the demo), whose stories began before today.
     */
    public void backdate(long id, LocalDate startedOn, LocalDate updatedOn) {
        book.database().update(h -> {
            h.createUpdate("UPDATE intros SET started_on = :s, updated_on = :u WHERE book_id = :b AND id = :id")
                    .bind("s", startedOn).bind("u", updatedOn).bind("b", book.id()).bind("id", id).execute();
            h.createUpdate("UPDATE intro_steps SET occurred_on = CASE WHEN step = 'asked-a' THEN :s ELSE :u END"
                            + " WHERE book_id = :b AND intro_id = :id")
                    .bind("s", startedOn).bind("u", updatedOn).bind("b", book.id()).bind("id", id).execute();
        });
    }

    private void makeTie(long a, long b, LocalDate today) {
        boolean tied = ties.ofContact(a).stream().anyMatch(t ->
                (t.fromId() == b || t.toId() == b) && (t.kind() == TieKind.KNOWS));
        if (!tied) {
            ties.add(a, b, TieKind.KNOWS, today, TieSource.INTRODUCED);
        }
    }

    private void step(long intro, String step, LocalDate date, String note) {
        book.database().write(h -> h.createUpdate("INSERT INTO intro_steps (book_id, intro_id, step, occurred_on, note)"
                        + " VALUES (:bk, :i, :s, :d, :n)")
                .bind("bk", book.id()).bind("i", intro).bind("s", step).bind("d", date).bind("n", note).execute());
    }

    /** The introduction with this id; NotFoundException when none. */
    public Intro get(long id) {
        List<Intro> found = load(" AND i.id = :id", id);
        if (found.isEmpty()) {
            throw new NotFoundException("no introduction #" + id + " in this book");
        }
        return found.get(0);
    }

    /** The open introductions (asking a, asking b, made), oldest first. */
    public List<Intro> open() {
        return load(" AND i.state IN ('asking-a', 'asking-b', 'made')", null);
    }

    /** Every introduction, oldest first. */
    public List<Intro> all() {
        return load("", null);
    }

    /** Whether an open introduction is stalled on {@code today}: untouched for {@value #STALLED_DAYS} days or more. */
    public static boolean stalled(Intro intro, LocalDate today) {
        return intro.state().open() && !intro.updatedOn().plusDays(STALLED_DAYS).isAfter(today);
    }

    private List<Intro> load(String filter, Long id) {
        return book.database().read(h -> {
            var q = h.createQuery("""
                    SELECT i.id, i.a_id, ca.display_name, i.b_id, cb.display_name, i.why, i.state, i.started_on,
                           i.updated_on, i.outcome
                    FROM intros i
                    JOIN contacts ca ON ca.book_id = i.book_id AND ca.id = i.a_id
                    JOIN contacts cb ON cb.book_id = i.book_id AND cb.id = i.b_id
                    WHERE i.book_id = :bk""" + filter + " ORDER BY i.started_on, i.id").bind("bk", book.id());
            if (id != null) {
                q.bind("id", id);
            }
            List<Object[]> rows = q.map((rs, ctx) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3),
                    rs.getLong(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                    rs.getString(10)}).list();
            Map<Long, List<Intro.Step>> steps = new HashMap<>();
            var s = h.createQuery("SELECT intro_id, step, occurred_on, note FROM intro_steps WHERE book_id = :bk"
                    + (id == null ? "" : " AND intro_id = :id") + " ORDER BY id").bind("bk", book.id());
            if (id != null) {
                s.bind("id", id);
            }
            s.map((rs, ctx) -> steps.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(new Intro.Step(rs.getString(2), Dates.stored(rs.getString(3)), rs.getString(4)))).forEach(x -> { });
            List<Intro> out = new ArrayList<>();
            for (Object[] r : rows) {
                long iid = (Long) r[0];
                out.add(new Intro(iid, (Long) r[1], (String) r[2], (Long) r[3], (String) r[4], (String) r[5],
                        Coded.parse(IntroState.class, "state", (String) r[6]), Dates.stored((String) r[7]),
                        Dates.stored((String) r[8]), (String) r[9], steps.getOrDefault(iid, List.of())));
            }
            return out;
        });
    }

    /** Moves this feature's rows from contact {@code gone} to {@code kept} (see {@link dev.kith.core.ContactReferences}). */
    @Override
    public void mergeContact(long kept, long gone) {
        book.database().update(h -> {
            dev.kith.store.Repoint.dropBetween(h, book.id(), "intros", "a_id", "b_id", kept, gone);
            dev.kith.store.Repoint.column(h, book.id(), "intros", "a_id", kept, gone);
            dev.kith.store.Repoint.column(h, book.id(), "intros", "b_id", kept, gone);
        });
    }
}

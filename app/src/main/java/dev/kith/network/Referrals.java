package dev.kith.network;

import dev.kith.contacts.Contact;
import dev.kith.contacts.ContactDraft;
import dev.kith.contacts.Contacts;
import dev.kith.core.Dates;
import dev.kith.core.KithClock;
import dev.kith.core.NotFoundException;
import dev.kith.core.Text;
import dev.kith.core.ValidationException;
import dev.kith.store.Database;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Asking for referrals ("who should I meet about X?") and recording the answers, of one book. An
 * answer becomes a {@code referred-by} tie (and the met-through of a person new to the book), so the
 * introduction paths use it, and closes the loop on the targets it answers: they become
 * {@linkplain TargetStatus#REFERRED referred}, linked to the person. Thread-safe.
 */
public final class Referrals {
    private static final String SELECT = """
            SELECT a.*, c.display_name AS contact_name, s.display_name AS suggested_name FROM asks a
            JOIN contacts c ON c.book_id = a.book_id AND c.id = a.contact_id
            LEFT JOIN contacts s ON s.book_id = a.book_id AND s.id = a.suggested_id
            WHERE a.book_id = :book""";

    private static final RowMapper<Ask> MAPPER = (rs, ctx) -> {
        long target = rs.getLong("target_id");
        Long targetId = rs.wasNull() ? null : target;
        long suggested = rs.getLong("suggested_id");
        Long suggestedId = rs.wasNull() ? null : suggested;
        return new Ask(rs.getLong("id"), rs.getLong("contact_id"), rs.getString("contact_name"), rs.getString("topic"),
                targetId, Dates.stored(rs.getString("asked_on")), Dates.stored(rs.getString("answered_on")),
                suggestedId, rs.getString("suggested_name"));
    };

    /**
     * The answer to an ask: the person suggested, whether they were new to the book, the ask it closed
     * (if any), and the targets it answered, now referred (none when it matched no open target).
     */
    public record Referral(Contact suggested, boolean created, Tie tie, Optional<Ask> closed, List<Target> targets) {
        public Referral {
            targets = List.copyOf(targets);
        }
    }

    private final Database db;
    private final long book;
    private final KithClock clock;
    private final Contacts contacts;
    private final Ties ties;
    private final Targets targets;

    public Referrals(Database db, long book, KithClock clock, Contacts contacts, Ties ties, Targets targets) {
        this.db = db;
        this.book = book;
        this.clock = clock;
        this.contacts = contacts;
        this.ties = ties;
        this.targets = targets;
    }

    /** Records that I asked {@code contactId} whom to meet about {@code topic} (or about {@code target}, may be null). */
    public Ask ask(long contactId, String topic, Target target) {
        String t = target != null ? target.label() : Text.blankToNull(topic);
        if (t == null) {
            throw new ValidationException("for", "must not be blank");
        }
        if (t.length() > Targets.MAX_TEXT) {
            throw new ValidationException("for", "must be at most " + Targets.MAX_TEXT + " characters");
        }
        String clean = t.strip();
        return db.write(h -> {
            Contact c = contacts.get(contactId);
            if (c.doNotContact()) {
                throw new ValidationException("NAME", c.name() + " is marked do-not-contact");
            }
            long id = h.createQuery("""
                            INSERT INTO asks (book_id, contact_id, topic, target_id, asked_on)
                            VALUES (:book, :contact, :topic, :target, :today) RETURNING id""")
                    .bind("book", book).bind("contact", contactId).bind("topic", clean)
                    .bind("target", target == null ? null : target.id()).bind("today", clock.today())
                    .mapTo(Long.class).one();
            return get(id);
        });
    }

    /**
     * The message asking {@code to} whom to meet about {@code topic} (or about {@code target}, may be
     * null): short, specific, and easy to answer with one name.
     */
    public static String draft(Contact to, String topic, Target target) {
        String first = to.givenName() != null ? to.givenName() : to.name().split(" ")[0];
        String about = target != null && target.kind() == TargetKind.PERSON
                ? "I'd love to meet " + target.label() + ". Do you know them, or who I should talk to to reach them?"
                : target != null && target.kind() == TargetKind.ORGANIZATION
                ? "I'm hoping to meet someone at " + target.organization() + ". Who would you suggest I talk to there?"
                : target != null
                ? "I'm hoping to meet " + target.label() + ". Who would you suggest I talk to?"
                : "I'm looking to meet people who know about " + topic.strip() + ". Who would you suggest I talk to?";
        return "Hi " + first + ", a quick question: " + about + " Even one name would help a lot, and I'm happy to"
                + " return the favour any time.";
    }

    /** The asks not answered yet, oldest first. */
    public List<Ask> open() {
        return db.read(h -> h.createQuery(SELECT + " AND a.answered_on IS NULL ORDER BY a.asked_on, a.id")
                .bind("book", book).map(MAPPER).list());
    }

    /** Every ask, answered or not, oldest first. */
    public List<Ask> all() {
        return db.read(h -> h.createQuery(SELECT + " ORDER BY a.asked_on, a.id").bind("book", book).map(MAPPER).list());
    }

    public Ask get(long id) {
        return db.read(h -> h.createQuery(SELECT + " AND a.id = :id").bind("book", book).bind("id", id)
                .map(MAPPER).findOne()).orElseThrow(() -> new NotFoundException("no ask with id " + id));
    }

    /**
     * Records that {@code referrerId} suggested {@code person}: an existing contact (id or exact name)
     * or, when no contact has that name, a new contact met through the referrer at
     * {@code organization} (may be null; a new person named like an open person target gets its
     * organization). Adds a {@code referred-by} tie (person referred-by referrer) unless one exists,
     * closes the referrer's oldest open ask, and marks referred every active target the person answers:
     * the same person (the contact, or the same name at the same or an unknown organization), anyone at
     * their organization, or the target of the ask it closes. All of it or nothing is stored.
     */
    public Referral refer(long referrerId, String person, String organization) {
        return refer(referrerId, person, organization, null, null);
    }

    /**
     * Records the answer to open ask {@code askId}: whom its person suggested, as {@link #refer}, but
     * closing this ask; {@code email} (may be null) is given to a person new to the book.
     */
    public Referral answer(long askId, String person, String organization, String email) {
        Ask ask = get(askId);
        if (!ask.open()) {
            throw new ValidationException("ask", "this ask was already answered on " + ask.answeredOn());
        }
        return refer(ask.contactId(), person, organization, email, askId);
    }

    /** Closes open ask {@code askId} with nobody suggested: nothing came of it. */
    public Ask close(long askId) {
        return db.write(h -> {
            Ask ask = get(askId);
            if (!ask.open()) {
                throw new ValidationException("ask", "this ask was already closed on " + ask.answeredOn());
            }
            h.createUpdate("UPDATE asks SET answered_on = :today WHERE book_id = :book AND id = :id")
                    .bind("today", clock.today()).bind("book", book).bind("id", askId).execute();
            return get(askId);
        });
    }

    private Referral refer(long referrerId, String person, String organization, String email, Long askId) {
        if (person == null || person.isBlank()) {
            throw new ValidationException("suggested", "must not be blank");
        }
        if (person.strip().length() > Targets.MAX_TEXT) {
            throw new ValidationException("suggested", "must be at most " + Targets.MAX_TEXT + " characters");
        }
        return db.write(h -> {
            Contact referrer = contacts.get(referrerId);
            Contact suggested;
            boolean created = false;
            Optional<Contact> existing = contacts.exact(person);
            if (existing.isPresent()) {
                suggested = existing.get();
                if (suggested.id() == referrerId) {
                    throw new ValidationException("suggested", "a person cannot refer themselves");
                }
            } else {
                String org = Text.blankToNull(organization) != null ? organization : targetOrganization(person);
                ContactDraft.Builder draft = ContactDraft.builder(person.strip()).organization(org)
                        .metThroughId(referrerId).howMet("referred by " + referrer.name())
                        .firstMet(clock.today());
                if (Text.blankToNull(email) != null) {
                    draft.email(email.strip());
                }
                suggested = contacts.add(draft.build());
                created = true;
            }
            long sid = suggested.id();
            Tie tie = ties.ofContact(sid).stream()
                    .filter(t -> t.kind() == TieKind.REFERRED_BY && t.fromId() == sid && t.toId() == referrerId)
                    .findFirst().orElseGet(() -> ties.add(sid, referrerId, TieKind.REFERRED_BY, clock.today(),
                            TieSource.MANUAL));
            Optional<Ask> ask = askId != null ? Optional.of(get(askId))
                    : open().stream().filter(a -> a.contactId() == referrerId).findFirst();
            ask.ifPresent(a -> h.createUpdate("UPDATE asks SET answered_on = :today, suggested_id = :s"
                            + " WHERE book_id = :book AND id = :id")
                    .bind("today", clock.today()).bind("s", sid).bind("book", book).bind("id", a.id()).execute());
            Contact now = contacts.get(sid);
            Long askedTarget = ask.map(Ask::targetId).orElse(null);
            List<Target> referred = new ArrayList<>();
            for (Target t : targets.list(false)) {
                if (t.status() != TargetStatus.REFERRED && (answers(t, now) || Long.valueOf(t.id()).equals(askedTarget))) {
                    referred.add(targets.markReferred(t.id(), sid));
                }
            }
            return new Referral(now, created, tie, ask.map(a -> get(a.id())), referred);
        });
    }

    /**
     * Whether one of {@code people} referred {@code contactId} (a {@code referred-by} tie, or I met them
     * through that person): asking for an introduction through the referrer would ask twice.
     */
    public boolean referredByAny(long contactId, java.util.Collection<Long> people) {
        boolean tie = ties.ofContact(contactId).stream().anyMatch(t -> t.kind() == TieKind.REFERRED_BY
                && t.fromId() == contactId && people.contains(t.toId()));
        Long through = contacts.get(contactId).howMet().throughId();
        return tie || through != null && people.contains(through);
    }

    /** Whether {@code person} is the target, or someone at the organization it is after. */
    private static boolean answers(Target t, Contact person) {
        String org = person.currentJob().map(j -> j.organization()).map(Text::key).orElse(null);
        return switch (t.kind()) {
            case PERSON -> t.contactId() != null ? t.contactId() == person.id()
                    : Text.key(t.name()).equals(Text.key(person.name()))
                    && (org == null || t.organization() == null || Text.key(t.organization()).equals(org));
            case ORGANIZATION -> org != null && Text.key(t.organization()).equals(org);
            case INDUSTRY, ROLE -> false;
        };
    }

    /** The organization of the one active person target named {@code name} and not in the book yet, or null. */
    private String targetOrganization(String name) {
        List<String> orgs = targets.list(false).stream()
                .filter(t -> t.kind() == TargetKind.PERSON && t.contactId() == null
                        && Text.key(t.name()).equals(Text.key(name)))
                .map(Target::organization).distinct().toList();
        return orgs.size() == 1 ? orgs.get(0) : null;
    }
}

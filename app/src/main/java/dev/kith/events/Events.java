package dev.kith.events;

import dev.kith.contacts.Contact;
import dev.kith.contacts.ContactDraft;
import dev.kith.contacts.Contacts;
import dev.kith.core.AmbiguousNameException;
import dev.kith.core.Dates;
import dev.kith.core.KithClock;
import dev.kith.core.NotFoundException;
import dev.kith.core.Text;
import dev.kith.core.ValidationException;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;
import dev.kith.interactions.Interactions;
import dev.kith.store.ByName;
import dev.kith.store.Database;
import dev.kith.store.IdSets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * The events of one book: editions of yearly series, attendance, people met there and follow-ups,
 * and the preparation before an edition. Thread-safe.
 *
 * <p>"Met" dates: {@link #met} dates the encounter today when the event spans today, the event's
 * last day when it is over, and refuses an event that has not started (see docs/decisions.md).
 */
public final class Events implements dev.kith.core.ContactReferences {
    /** How many days before an event's start its preparation (and Today's {@code event-catch-up}) begins. */
    public static final int PREP_DAYS = 14;

    private static final String SELECT = "SELECT e.*, g.name AS group_name FROM events e"
            + " LEFT JOIN professional_groups g ON g.book_id = e.book_id AND g.id = e.group_id";

    private static final RowMapper<Event> MAPPER = (rs, ctx) -> {
        long group = rs.getLong("group_id");
        boolean noGroup = rs.wasNull();
        String role = rs.getString("my_role");
        return new Event(rs.getLong("id"), rs.getString("name"), Dates.stored(rs.getString("start_on")),
                Dates.stored(rs.getString("end_on")), rs.getString("series"), rs.getString("location"),
                noGroup ? null : group, rs.getString("group_name"),
                role == null ? null : AttendanceRole.parse("role", role));
    };

    private final Database db;
    private final long book;
    private final KithClock clock;
    private final Contacts contacts;
    private final Interactions interactions;

    /** People recorded as attending in one request: a large conference's worth, not an unbounded list. */
    static final int MAX_ATTENDEES = 5_000;

    public Events(Database db, long book, KithClock clock, Contacts contacts, Interactions interactions) {
        this.db = db;
        this.book = book;
        this.clock = clock;
        this.contacts = contacts;
        this.interactions = interactions;
    }

    /** Adds an event; a name already used in this book is a {@link ValidationException}. */
    public Event add(NewEvent draft) {
        return db.write(h -> {
            String key = Text.key(draft.name());
            if (count(h, "SELECT count(*) FROM events WHERE book_id = :book AND name_key = :key", key) > 0) {
                throw new ValidationException("name", "an event named '" + draft.name() + "' already exists");
            }
            if (draft.groupId() != null && count(h, "SELECT count(*) FROM professional_groups WHERE book_id = :book"
                    + " AND id = :key", draft.groupId()) == 0) {
                throw new ValidationException("group", "no group with id " + draft.groupId());
            }
            long id = h.createQuery("""
                            INSERT INTO events (book_id, name, name_key, series, series_key, start_on, end_on, location,
                                group_id)
                            VALUES (:book, :name, :key, :series, :seriesKey, :start, :end, :location, :group)
                            RETURNING id""")
                    .bind("book", book).bind("name", draft.name()).bind("key", key).bind("series", draft.series())
                    .bind("seriesKey", draft.series() == null ? null : Text.key(draft.series()))
                    .bind("start", draft.start()).bind("end", draft.end() == null ? draft.start() : draft.end())
                    .bind("location", draft.location()).bind("group", draft.groupId())
                    .mapTo(Long.class).one();
            return get(id);
        });
    }

    public Event get(long id) {
        return db.read(h -> h.createQuery(SELECT + " WHERE e.book_id = :book AND e.id = :id")
                .bind("book", book).bind("id", id).map(MAPPER).findOne())
                .orElseThrow(() -> new NotFoundException("no event with id " + id));
    }

    /** The event {@code text} names: an id, the exact name, or a unique prefix of it. */
    public Event resolve(String text) {
        return get(ByName.resolve(db, book, "events", "name", "name_key", "event", text));
    }

    /** Every event, latest start first. */
    public List<Event> list() {
        return db.read(h -> h.createQuery(SELECT + " WHERE e.book_id = :book ORDER BY e.start_on DESC, e.id DESC")
                .bind("book", book).map(MAPPER).list());
    }

    /** Events that end on or after {@code from} and start on or before {@code to}, soonest first. */
    public List<Event> between(LocalDate from, LocalDate to) {
        return db.read(h -> h.createQuery(SELECT + " WHERE e.book_id = :book AND e.end_on >= :from"
                        + " AND e.start_on <= :to ORDER BY e.start_on, e.id")
                .bind("book", book).bind("from", from).bind("to", to).map(MAPPER).list());
    }

    /** The events of group {@code groupId} starting on or after {@code from}, soonest first. */
    public List<Event> ofGroup(long groupId, LocalDate from) {
        return db.read(h -> h.createQuery(SELECT + " WHERE e.book_id = :book AND e.group_id = :group"
                        + " AND e.start_on >= :from ORDER BY e.start_on, e.id")
                .bind("book", book).bind("group", groupId).bind("from", from).map(MAPPER).list());
    }

    /** The editions of {@code event}'s series that started before it, latest first; empty without a series. */
    public List<Event> earlierEditions(Event event) {
        if (event.series() == null) {
            return List.of();
        }
        return db.read(h -> h.createQuery(SELECT + " WHERE e.book_id = :book AND e.series_key = :series"
                        + " AND e.start_on < :start ORDER BY e.start_on DESC, e.id DESC")
                .bind("book", book).bind("series", Text.key(event.series())).bind("start", event.start())
                .map(MAPPER).list());
    }

    /** Records that I take part in {@code eventId} as {@code role}. */
    public Event attendMe(long eventId, AttendanceRole role) {
        return db.write(h -> {
            get(eventId);
            h.createUpdate("UPDATE events SET my_role = :role WHERE book_id = :book AND id = :id")
                    .bind("role", (role == null ? AttendanceRole.ATTENDEE : role).code()).bind("book", book)
                    .bind("id", eventId).execute();
            return get(eventId);
        });
    }

    /**
     * Records that contacts {@code contactIds} attend {@code eventId} as {@code role} (default attendee),
     * first-timers and/or alone; a contact already recorded gets the new role and flags.
     */
    public List<Attendee> attend(long eventId, List<Long> contactIds, AttendanceRole role, boolean firstTimer,
                                 boolean alone) {
        dev.kith.core.Limits.list("people", contactIds, MAX_ATTENDEES);
        return db.write(h -> {
            get(eventId);
            for (long id : contactIds) {
                contacts.get(id);
                upsertAttendance(h, eventId, id, role == null ? AttendanceRole.ATTENDEE : role, firstTimer, alone);
            }
            return attendees(eventId);
        });
    }

    private void upsertAttendance(Handle h, long eventId, long contactId, AttendanceRole role, boolean firstTimer,
                                  boolean alone) {
        int updated = h.createUpdate("UPDATE event_attendance SET role = :role, first_timer = :first, alone = :alone"
                        + " WHERE book_id = :book AND event_id = :event AND contact_id = :contact")
                .bind("role", role.code()).bind("first", firstTimer).bind("alone", alone).bind("book", book)
                .bind("event", eventId).bind("contact", contactId).execute();
        if (updated == 0) {
            h.createUpdate("INSERT INTO event_attendance (book_id, event_id, contact_id, role, first_timer, alone)"
                            + " VALUES (:book, :event, :contact, :role, :first, :alone)")
                    .bind("book", book).bind("event", eventId).bind("contact", contactId).bind("role", role.code())
                    .bind("first", firstTimer).bind("alone", alone).execute();
        }
    }

    /** The contacts known to attend {@code eventId}, by name. */
    public List<Attendee> attendees(long eventId) {
        // joined by id alone (ids are unique across books; the event's rows are this book's): with book_id in the
        // join SQLite's planner walked the book's every contact by name and probed each, 10,000 probes a call
        return db.read(h -> h.createQuery("""
                        SELECT a.contact_id, c.display_name, a.role, a.first_timer, a.alone FROM event_attendance a
                        JOIN contacts c ON c.id = a.contact_id
                        WHERE a.book_id = :book AND a.event_id = :event ORDER BY c.name_key, c.id""")
                .bind("book", book).bind("event", eventId)
                .map((rs, ctx) -> new Attendee(rs.getLong(1), rs.getString(2), AttendanceRole.parse("role",
                        rs.getString(3)), rs.getBoolean(4), rs.getBoolean(5)))
                .list());
    }

    /** The day an encounter at {@code event} captured today is dated; see the class comment. */
    public LocalDate encounterDay(Event event) {
        LocalDate today = clock.today();
        if (event.spans(today)) {
            return today;
        }
        if (today.isBefore(event.start())) {
            throw new ValidationException("event", event.name() + " starts on " + event.start()
                    + "; you can record people met there once it has started");
        }
        return event.end();
    }

    /**
     * Quick capture at an event: finds the person (by email when given, else by exact name) or creates
     * them, logs an {@code event-encounter} dated {@link #encounterDay}, and records them as attending.
     * All of it is stored, or none.
     */
    public Met met(long eventId, Capture capture) {
        return db.write(h -> met(h, eventId, capture, match(h, capture)));
    }

    /**
     * {@link #met(long, Capture)} for a person already picked (one of several of a name): no lookup, so an email
     * given is added to them, never used to find someone else.
     */
    public Met met(long eventId, long contactId, String email, String note) {
        Contact person = contacts.get(contactId);
        return db.write(h -> met(h, eventId, new Capture(person.name(), Text.blankToNull(email), null, null,
                Text.blankToNull(note)), contactId));
    }

    private Met met(Handle h, long eventId, Capture capture, Long existing) {
        Event event = get(eventId);
        LocalDate day = encounterDay(event);
        boolean created = existing == null;
        long contactId;
        if (created) {
            ContactDraft.Builder draft = ContactDraft.builder(capture.name()).organization(capture.organization())
                    .title(capture.title()).howMet("Met at " + event.name()).firstMet(day);
            if (capture.email() != null) {
                draft.email(capture.email());
            }
            contactId = contacts.add(draft.build()).id();
        } else {
            contactId = existing;
            if (capture.email() != null && contacts.get(contactId).emails().stream()
                    .noneMatch(e -> e.equalsIgnoreCase(capture.email()))) {
                contacts.edit(contactId, dev.kith.contacts.ContactPatch.builder()
                        .addEmails(List.of(capture.email())).build());
            }
        }
        Interaction encounter = interactions.log(Interaction.draft(day, InteractionKind.EVENT_ENCOUNTER,
                Initiator.ME, null, capture.note() == null ? "At " + event.name()
                        : "At " + event.name() + ": " + capture.note(), Exchange.NEUTRAL, false, List.of(contactId)));
        h.createUpdate("INSERT INTO event_encounters (book_id, event_id, interaction_id) VALUES (:book, :event, :i)")
                .bind("book", book).bind("event", eventId).bind("i", encounter.id()).execute();
        int attending = h.createQuery("SELECT count(*) FROM event_attendance WHERE book_id = :book"
                        + " AND event_id = :event AND contact_id = :contact")
                .bind("book", book).bind("event", eventId).bind("contact", contactId).mapTo(Integer.class).one();
        if (attending == 0) {
            upsertAttendance(h, eventId, contactId, AttendanceRole.ATTENDEE, false, false);
        }
        return new Met(event, contacts.get(contactId), created, encounter);
    }

    /** The contact the capture names: by email first (any of a contact's emails), else by exact name; null when new. */
    private Long match(Handle h, Capture capture) {
        if (capture.email() != null) {
            List<Long> byEmail = h.createQuery("SELECT DISTINCT contact_id FROM contact_emails WHERE book_id = :book"
                            + " AND email_key = :key ORDER BY contact_id")
                    .bind("book", book).bind("key", capture.email().toLowerCase(java.util.Locale.ROOT))
                    .mapTo(Long.class).list();
            if (!byEmail.isEmpty()) {
                return byEmail.getFirst();
            }
        }
        List<Long> byName = h.createQuery("SELECT id FROM contacts WHERE book_id = :book AND name_key = :key"
                        + " ORDER BY id")
                .bind("book", book).bind("key", Text.key(capture.name())).mapTo(Long.class).list();
        if (byName.size() > 1) {
            throw new AmbiguousNameException(capture.name(), contacts.getAll(byName).stream()
                    .map(c -> c.name() + " (#" + c.id() + ")").toList());
        }
        if (byName.size() == 1 && capture.email() != null) {
            Contact c = contacts.get(byName.getFirst());
            if (!c.emails().isEmpty()) {
                return null; // same name, other email: another person
            }
        }
        return byName.isEmpty() ? null : byName.getFirst();
    }

    /**
     * Everyone I met at {@code eventId} (by encounter), in the order met, with whether a follow-up went
     * out: any interaction I started with them after the encounter (a later day, or the same day and logged later).
     */
    public List<Encounter> followups(long eventId) {
        get(eventId);
        return encounters(eventId);
    }

    /**
     * {@link #followups} of each of {@code eventIds} (events known to exist), by event: one query for them all,
     * each event's encounters in the order {@link #followups} gives them.
     */
    private Map<Long, List<Encounter>> encounters(List<Long> eventIds) {
        Map<Long, List<Encounter>> out = new HashMap<>();
        if (eventIds.isEmpty()) {
            return out;
        }
        db.read(h -> {
            h.createQuery("""
                        SELECT x.event_id, p.contact_id, c.display_name, i.occurred_on, i.id, i.summary,
                            (SELECT min(q.occurred_on) FROM interaction_people q
                             WHERE q.book_id = p.book_id AND q.contact_id = p.contact_id AND q.initiator = 'me'
                               AND (q.occurred_on > i.occurred_on
                                    OR (q.occurred_on = i.occurred_on AND q.interaction_id > i.id))) AS followed
                        FROM event_encounters x
                        JOIN interactions i ON i.id = x.interaction_id
                        JOIN interaction_people p ON p.interaction_id = i.id
                        JOIN contacts c ON c.id = p.contact_id
                        WHERE x.book_id = :book""" + " AND " + IdSets.in(db.dialect(), "x.event_id", "events")
                        + " ORDER BY i.occurred_on, i.id, c.name_key")
                .bind("book", book).bind("events", IdSets.json(eventIds))
                .map((rs, ctx) -> {
                    LocalDate followed = Dates.stored(rs.getString("followed"));
                    return out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Encounter(rs.getLong(2),
                            rs.getString(3), Dates.stored(rs.getString(4)), rs.getLong(5), rs.getString(6),
                            followed != null, followed));
                }).forEach(x -> { });
            return null;
        });
        return out;
    }

    /** {@link #followups} of an event known to exist (one query, without looking the event up first). */
    private List<Encounter> encounters(long eventId) {
        return encounters(List.of(eventId)).getOrDefault(eventId, List.of());
    }

    /**
     * What to prepare before {@code eventId}: people met at earlier editions of its series (each person
     * once, at their latest edition; not those already known to attend this one, who are listed as
     * attending), contacts known to attend, and first-timers and people attending alone with a dinner invitation.
     */
    public Prep prep(long eventId) {
        return prep(get(eventId));
    }

    /** {@link #prep(long)} of {@code event} as just read (from {@link #between}, say). */
    public Prep prep(Event event) {
        long eventId = event.id();
        List<Attendee> attending = attendees(eventId);
        Set<Long> attendingIds = new HashSet<>();
        attending.forEach(a -> attendingIds.add(a.contactId()));
        Map<Long, CatchUp> catchUps = new LinkedHashMap<>();
        List<Event> earlierEditions = earlierEditions(event);
        Map<Long, List<Encounter>> met = encounters(earlierEditions.stream().map(Event::id).toList());
        for (Event earlier : earlierEditions) {
            for (Encounter e : met.getOrDefault(earlier.id(), List.of())) {
                if (!attendingIds.contains(e.contactId())) {
                    catchUps.putIfAbsent(e.contactId(), new CatchUp(e.contactId(), e.name(), earlier.id(),
                            earlier.name(), e.metOn()));
                }
            }
        }
        List<Invitation> invitations = attending.stream().filter(a -> a.firstTimer() || a.alone())
                .map(a -> Invitation.of(event, a, clock.today())).toList();
        return new Prep(event, List.copyOf(catchUps.values()), attending, invitations);
    }

    /**
     * Every pair of contacts at the same event (known to attend, or met there, which records attendance),
     * for the network: one entry per pair and event, events oldest first.
     */
    public List<CoAttendance> coAttendances() {
        return db.read(h -> {
            Map<Long, List<Long>> byEvent = new LinkedHashMap<>();
            h.createQuery("SELECT event_id, contact_id FROM event_attendance WHERE book_id = :book"
                            + " ORDER BY event_id, contact_id")
                    .bind("book", book)
                    .map((rs, ctx) -> byEvent.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2)))
                    .list();
            Map<Long, Event> events = new HashMap<>();
            list().forEach(e -> events.put(e.id(), e));
            List<CoAttendance> pairs = new ArrayList<>();
            byEvent.forEach((eventId, people) -> {
                Event e = events.get(eventId);
                for (int i = 0; i < people.size(); i++) {
                    for (int j = i + 1; j < people.size(); j++) {
                        pairs.add(new CoAttendance(people.get(i), people.get(j), eventId, e.name(), e.start()));
                    }
                }
            });
            pairs.sort(Comparator.comparing(CoAttendance::start).thenComparing(CoAttendance::eventId)
                    .thenComparing(CoAttendance::firstId).thenComparing(CoAttendance::secondId));
            return pairs;
        });
    }

    private int count(Handle h, String sql, Object key) {
        return h.createQuery(sql).bind("book", book).bind("key", key).mapTo(Integer.class).one();
    }

    /** Moves this feature's rows from contact {@code gone} to {@code kept} (see {@link dev.kith.core.ContactReferences}). */
    @Override
    public void mergeContact(long kept, long gone) {
        db.update(h -> {
            dev.kith.store.Repoint.column(h, book, "event_attendance", "contact_id", kept, gone, "event_id");
        });
    }
}

package dev.kith.network;

import dev.kith.contacts.Contact;
import dev.kith.contacts.Contacts;
import dev.kith.core.AmbiguousNameException;
import dev.kith.core.Coded;
import dev.kith.core.Dates;
import dev.kith.core.KithClock;
import dev.kith.core.NotFoundException;
import dev.kith.core.Text;
import dev.kith.core.ValidationException;
import dev.kith.store.Database;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * The people, organizations, industries and roles I want to meet, of one book. Targets are never
 * deleted: archiving keeps them for the record. Thread-safe.
 */
public final class Targets {
    static final int MAX_TEXT = 200;
    static final int MAX_NOTE = 2000;

    private static final String SELECT = """
            SELECT t.*, c.display_name AS contact_name FROM targets t
            LEFT JOIN contacts c ON c.book_id = t.book_id AND c.id = t.contact_id
            WHERE t.book_id = :book""";

    private static final RowMapper<Target> MAPPER = (rs, ctx) -> {
        long contact = rs.getLong("contact_id");
        Long contactId = rs.wasNull() ? null : contact;
        String name = contactId != null ? rs.getString("contact_name") : rs.getString("name");
        return new Target(rs.getLong("id"), Coded.parse(TargetKind.class, "kind", rs.getString("kind")), contactId,
                name, rs.getString("organization"), rs.getString("industry"), rs.getString("role"),
                rs.getString("note"), TargetStatus.parse("status", rs.getString("status")),
                Dates.stored(rs.getString("created_on")), Dates.stored(rs.getString("asked_on")));
    };

    private final Database db;
    private final long book;
    private final KithClock clock;
    private final Contacts contacts;

    public Targets(Database db, long book, KithClock clock, Contacts contacts) {
        this.db = db;
        this.book = book;
        this.clock = clock;
        this.contacts = contacts;
    }

    /**
     * Adds the target a user described, as {@code kith target add} and the Targets page take it: a
     * person {@code name} (a contact, or anyone with {@code organization}), or anyone at
     * {@code organization}, in {@code industry} or with {@code role} (optionally at {@code organization}).
     * Blank values count as absent; a mix that names no single kind is a {@link ValidationException}.
     */
    public Target add(String name, String organization, String industry, String role, String note) {
        String n = Text.blankToNull(name);
        String org = Text.blankToNull(organization);
        String ind = Text.blankToNull(industry);
        String r = Text.blankToNull(role);
        dev.kith.core.Limits.text("NAME", n, dev.kith.core.Limits.NAME);
        dev.kith.core.Limits.text("org", org, dev.kith.core.Limits.NAME);
        dev.kith.core.Limits.text("industry", ind, dev.kith.core.Limits.NAME);
        dev.kith.core.Limits.text("role", r, dev.kith.core.Limits.NAME);
        dev.kith.core.Limits.text("note", note, dev.kith.core.Limits.LONG_TEXT);
        int kinds = (n != null ? 1 : 0) + (ind != null ? 1 : 0) + (r != null ? 1 : 0);
        if (kinds > 1) {
            throw new ValidationException(n != null ? "NAME" : "industry",
                    "give one of NAME, --industry or --role (--org may go with NAME or --role)");
        }
        if (ind != null) {
            if (org != null) {
                throw new ValidationException("org", "an industry target takes no --org");
            }
            return addIndustry(ind, note);
        }
        if (r != null) {
            return addRole(r, org, note);
        }
        if (n != null) {
            if (org != null) {
                return addPerson(n, org, note);
            }
            Contact c;
            try {
                c = contacts.resolve(n);
            } catch (NotFoundException e) {
                throw new ValidationException("org", "'" + n + "' is not in your book: give their"
                        + " organization with --org so Kith can find a way in");
            }
            return addContact(c.id(), note);
        }
        if (org != null) {
            return addOrganization(org, note);
        }
        if (industry != null || role != null || name != null) {
            throw new ValidationException(industry != null ? "industry" : role != null ? "role" : "NAME",
                    "must not be blank");
        }
        throw new ValidationException("NAME", "give a person, --org, --industry or --role");
    }

    /** A contact of the book as a target; {@code note} says why I want to meet them (may be null). */
    public Target addContact(long contactId, String note) {
        dev.kith.core.Limits.text("note", note, dev.kith.core.Limits.LONG_TEXT);
        Contact c = contacts.get(contactId);
        Long me = db.read(h -> h.createQuery("SELECT me_contact_id FROM books WHERE id = :book").bind("book", book)
                .mapTo(Long.class).findOne().orElse(null));
        if (me != null && me == contactId) {
            throw new ValidationException("NAME", c.name() + " is you");
        }
        String org = c.currentJob().map(j -> j.organization()).orElse(null);
        return insert(TargetKind.PERSON, contactId, null, org, null, null, note);
    }

    /**
     * A person who need not be in the book: {@code name} at {@code organization} (required). When
     * exactly one contact has that name and works there now, the target is that contact.
     */
    public Target addPerson(String name, String organization, String note) {
        String n = text("NAME", name, true);
        String org = text("org", organization, true);
        List<Long> same = db.read(h -> h.createQuery("""
                        SELECT c.id FROM contacts c JOIN employments e ON e.book_id = c.book_id AND e.contact_id = c.id
                        JOIN organizations o ON o.book_id = e.book_id AND o.id = e.organization_id
                        WHERE c.book_id = :book AND c.name_key = :name AND o.name_key = :org AND e.end_on IS NULL""")
                .bind("book", book).bind("name", Text.key(n)).bind("org", Text.key(org)).mapTo(Long.class).list());
        if (same.size() == 1) {
            return insert(TargetKind.PERSON, same.get(0), null, org, null, null, note);
        }
        return insert(TargetKind.PERSON, null, n, org, null, null, note);
    }

    /** Anyone at {@code organization}. */
    public Target addOrganization(String organization, String note) {
        return insert(TargetKind.ORGANIZATION, null, null, text("org", organization, true), null, null, note);
    }

    /** Anyone in {@code industry} (the industry of their current organization). */
    public Target addIndustry(String industry, String note) {
        return insert(TargetKind.INDUSTRY, null, null, null, text("industry", industry, true), null, note);
    }

    /** Anyone whose current title has every word of {@code role}, at {@code organization} when given. */
    public Target addRole(String role, String organization, String note) {
        return insert(TargetKind.ROLE, null, null, text("org", organization, false), null, text("role", role, true),
                note);
    }

    private Target insert(TargetKind kind, Long contactId, String name, String org, String industry, String role,
                          String note) {
        String cleanNote = Text.blankToNull(note);
        if (cleanNote != null && cleanNote.length() > MAX_NOTE) {
            throw new ValidationException("note", "must be at most " + MAX_NOTE + " characters");
        }
        return db.write(h -> {
            Target draft = new Target(0, kind, contactId, name, org, industry, role, cleanNote, TargetStatus.OPEN,
                    clock.today(), null);
            for (Target t : list(false)) {
                if (t.kind() == kind && same(t, draft)) {
                    throw new ValidationException(kind == TargetKind.PERSON ? "NAME" : field(kind),
                            t.label() + " is already a target (#" + t.id() + ")");
                }
            }
            long id = h.createQuery("""
                            INSERT INTO targets (book_id, kind, contact_id, name, organization, industry, role, note,
                                status, created_on)
                            VALUES (:book, :kind, :contact, :name, :org, :industry, :role, :note, 'open', :today)
                            RETURNING id""")
                    .bind("book", book).bind("kind", kind.code()).bind("contact", contactId).bind("name", name)
                    .bind("org", org).bind("industry", industry).bind("role", role).bind("note", cleanNote)
                    .bind("today", clock.today()).mapTo(Long.class).one();
            return get(id);
        });
    }

    private static String field(TargetKind kind) {
        return kind == TargetKind.ORGANIZATION ? "org" : kind.code();
    }

    private static boolean same(Target a, Target b) {
        if (a.kind() == TargetKind.PERSON && (a.contactId() != null || b.contactId() != null)) {
            return a.contactId() != null && a.contactId().equals(b.contactId());
        }
        return eq(a.name(), b.name()) && eq(a.organization(), b.organization()) && eq(a.industry(), b.industry())
                && eq(a.role(), b.role());
    }

    private static boolean eq(String a, String b) {
        return a == null ? b == null : b != null && Text.key(a).equals(Text.key(b));
    }

    private static String text(String field, String value, boolean required) {
        String v = Text.blankToNull(value);
        if (v == null) {
            if (required) {
                throw new ValidationException(field, "must not be blank");
            }
            return null;
        }
        v = v.strip();
        if (v.length() > MAX_TEXT) {
            throw new ValidationException(field, "must be at most " + MAX_TEXT + " characters");
        }
        return v;
    }

    /** The targets I am still after (open, asked or referred), oldest first; every target when {@code all}. */
    public List<Target> list(boolean all) {
        return db.read(h -> h.createQuery(SELECT + (all ? "" : " AND t.status IN ('open', 'asked', 'referred')")
                        + " ORDER BY t.id")
                .bind("book", book).map(MAPPER).list());
    }

    public Optional<Target> find(long id) {
        return db.read(h -> h.createQuery(SELECT + " AND t.id = :id").bind("book", book).bind("id", id)
                .map(MAPPER).findOne());
    }

    /** The target with this id; {@link NotFoundException} otherwise. */
    public Target get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("no target with id " + id));
    }

    /**
     * The target {@code text} names where only a target can be meant ({@code kith target archive}): an id
     * ({@code 3} or {@code #3}), else {@link #lookupByName}. Empty when none.
     */
    public Optional<Target> lookup(String text) {
        if (text == null || text.isBlank()) {
            throw new ValidationException("TARGET", "must not be blank");
        }
        String t = text.strip();
        if (t.matches("#?\\d{1,18}")) {
            Optional<Target> byId = find(Long.parseLong(t.replace("#", "")));
            if (byId.isPresent()) {
                return byId;
            }
        }
        return lookupByName(t);
    }

    /**
     * The one active target whose person, organization, industry or role is {@code text} (ignoring case
     * and accents), never by id: where a number could also be a contact ({@code kith path}, {@code kith
     * ask --for}) ids are explicit. Empty when none; more than one is an {@link AmbiguousNameException}.
     */
    public Optional<Target> lookupByName(String text) {
        if (text == null || text.isBlank()) {
            throw new ValidationException("TARGET", "must not be blank");
        }
        String t = text.strip();
        String key = Text.key(t);
        List<Target> matches = list(false).stream()
                .filter(x -> key.equals(Text.key(x.handle())) || key.equals(Text.key(x.label()))).toList();
        if (matches.size() > 1) {
            throw new AmbiguousNameException(t, matches.stream().map(x -> x.label() + " (#" + x.id() + ")").toList());
        }
        return matches.stream().findFirst();
    }

    /**
     * Marks target {@code id} referred: someone suggested {@code contactId}, now in the book. A person
     * target not yet linked to a contact becomes that contact; any other target keeps its kind and
     * notes the contact as the way in.
     */
    public Target markReferred(long id, long contactId) {
        return db.write(h -> {
            get(id);
            h.createUpdate("UPDATE targets SET status = 'referred', contact_id = COALESCE(contact_id, :contact)"
                            + " WHERE book_id = :book AND id = :id")
                    .bind("contact", contactId).bind("book", book).bind("id", id).execute();
            return get(id);
        });
    }

    /** Sets the status of target {@code id}; {@code asked} also records today as the day asked. */
    public Target setStatus(long id, TargetStatus status) {
        return db.write(h -> {
            get(id);
            h.createUpdate("UPDATE targets SET status = :status, asked_on = CASE WHEN :asked THEN :today ELSE asked_on END"
                            + " WHERE book_id = :book AND id = :id")
                    .bind("status", status.code()).bind("asked", status == TargetStatus.ASKED)
                    .bind("today", clock.today()).bind("book", book).bind("id", id).execute();
            return get(id);
        });
    }

    /** Dates every target of the book as added on {@code createdOn}: for generated books (the demo), whose wishes predate today. */
    public void backdate(LocalDate createdOn) {
        db.update(h -> h.createUpdate("UPDATE targets SET created_on = :since WHERE book_id = :book")
                .bind("since", createdOn).bind("book", book).execute());
    }
}

package dev.kith.groups;

import dev.kith.contacts.Contacts;
import dev.kith.core.Dates;
import dev.kith.core.KithClock;
import dev.kith.core.NotFoundException;
import dev.kith.core.Text;
import dev.kith.core.ValidationException;
import dev.kith.store.ByName;
import dev.kith.store.Database;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.mapper.RowMapper;

/** The professional groups of one book and their members. Thread-safe. */
public final class Groups implements dev.kith.core.ContactReferences {
    /** How many days after joining a member counts as new (and Today proposes welcoming them). */
    public static final int NEW_MEMBER_DAYS = 14;

    private static final String SELECT = "SELECT g.*, (SELECT count(*) FROM group_members m"
            + " WHERE m.book_id = g.book_id AND m.group_id = g.id) AS members FROM professional_groups g";
    private static final RowMapper<Group> MAPPER = (rs, ctx) -> new Group(rs.getLong("id"), rs.getString("name"),
            GroupKind.parse("kind", rs.getString("kind")), Dates.stored(rs.getString("created_on")), rs.getInt("members"));
    private static final String MEMBERS = """
            SELECT m.group_id, g.name AS group_name, m.contact_id, c.display_name, m.role, m.since
            FROM group_members m
            JOIN professional_groups g ON g.book_id = m.book_id AND g.id = m.group_id
            JOIN contacts c ON c.book_id = m.book_id AND c.id = m.contact_id
            WHERE m.book_id = :book""";
    private static final RowMapper<Member> MEMBER = (rs, ctx) -> new Member(rs.getLong(1), rs.getString(2),
            rs.getLong(3), rs.getString(4), MemberRole.parse("role", rs.getString(5)), Dates.stored(rs.getString(6)));

    private final Database db;
    private final long book;
    private final KithClock clock;
    private final Contacts contacts;

    public Groups(Database db, long book, KithClock clock, Contacts contacts) {
        this.db = db;
        this.book = book;
        this.clock = clock;
        this.contacts = contacts;
    }

    /** Adds a group; a name already used in this book is a {@link ValidationException}. */
    public Group add(String name, GroupKind kind) {
        String clean = Text.blankToNull(name);
        if (clean == null) {
            throw new ValidationException("name", "must not be blank");
        }
        if (clean.length() > 200) {
            throw new ValidationException("name", "must be at most 200 characters");
        }
        if (kind == null) {
            throw new ValidationException("kind", "is required: one of " + dev.kith.core.Coded.choices(GroupKind.class));
        }
        return db.write(h -> {
            int taken = h.createQuery("SELECT count(*) FROM professional_groups WHERE book_id = :book AND name_key = :key")
                    .bind("book", book).bind("key", Text.key(clean)).mapTo(Integer.class).one();
            if (taken > 0) {
                throw new ValidationException("name", "a group named '" + clean + "' already exists");
            }
            long id = h.createQuery("INSERT INTO professional_groups (book_id, name, name_key, kind, created_on)"
                            + " VALUES (:book, :name, :key, :kind, :today) RETURNING id")
                    .bind("book", book).bind("name", clean).bind("key", Text.key(clean)).bind("kind", kind.code())
                    .bind("today", clock.today()).mapTo(Long.class).one();
            return get(id);
        });
    }

    public Group get(long id) {
        return db.read(h -> h.createQuery(SELECT + " WHERE g.book_id = :book AND g.id = :id")
                .bind("book", book).bind("id", id).map(MAPPER).findOne())
                .orElseThrow(() -> new NotFoundException("no group with id " + id));
    }

    /** The group {@code text} names: an id, the exact name, or a unique prefix of it. */
    public Group resolve(String text) {
        return get(ByName.resolve(db, book, "professional_groups", "name", "name_key", "group", text));
    }

    /** Every group, by name. */
    public List<Group> list() {
        return db.read(h -> h.createQuery(SELECT + " WHERE g.book_id = :book ORDER BY g.name_key, g.id")
                .bind("book", book).map(MAPPER).list());
    }

    /**
     * Records that contact {@code contactId} is a member of {@code groupId} as {@code role} (default
     * member) since {@code since} (default today; not in the future). A member already recorded gets
     * the new role, and the new date when one is given.
     */
    public Member join(long groupId, long contactId, MemberRole role, LocalDate since) {
        LocalDate today = clock.today();
        if (since != null && since.isAfter(today)) {
            throw new ValidationException("since", "must not be in the future (today is " + today + "), not " + since);
        }
        MemberRole r = role == null ? MemberRole.MEMBER : role;
        return db.write(h -> {
            get(groupId);
            contacts.get(contactId);
            int updated = h.createUpdate("UPDATE group_members SET role = :role"
                            + (since == null ? "" : ", since = :since")
                            + " WHERE book_id = :book AND group_id = :group AND contact_id = :contact")
                    .bind("role", r.code()).bind("since", since).bind("book", book).bind("group", groupId)
                    .bind("contact", contactId).execute();
            if (updated == 0) {
                h.createUpdate("INSERT INTO group_members (book_id, group_id, contact_id, role, since)"
                                + " VALUES (:book, :group, :contact, :role, :since)")
                        .bind("book", book).bind("group", groupId).bind("contact", contactId).bind("role", r.code())
                        .bind("since", since == null ? today : since).execute();
            }
            return members(groupId).stream().filter(m -> m.contactId() == contactId).findFirst().orElseThrow();
        });
    }

    /** The members of {@code groupId}, newest first. */
    public List<Member> members(long groupId) {
        return db.read(h -> h.createQuery(MEMBERS + " AND m.group_id = :group ORDER BY m.since DESC, c.name_key, c.id")
                .bind("book", book).bind("group", groupId).map(MEMBER).list());
    }

    /** The groups contact {@code contactId} belongs to, by group name. */
    public List<Member> ofContact(long contactId) {
        return db.read(h -> h.createQuery(MEMBERS + " AND m.contact_id = :contact ORDER BY g.name_key, g.id")
                .bind("book", book).bind("contact", contactId).map(MEMBER).list());
    }

    /** Memberships that started on or after {@code from} and on or before {@code to}, newest first. */
    public List<Member> joinedBetween(LocalDate from, LocalDate to) {
        return db.read(h -> h.createQuery(MEMBERS + " AND m.since >= :from AND m.since <= :to"
                        + " ORDER BY m.since DESC, m.group_id, c.name_key, c.id")
                .bind("book", book).bind("from", from).bind("to", to).map(MEMBER).list());
    }

    /**
     * Every pair of contacts in the same group, for the network: one entry per pair and group, with
     * the day both were members; groups by id, pairs by contact id.
     */
    public List<CoMembership> coMemberships() {
        return db.read(h -> {
            Map<Long, List<Member>> byGroup = new LinkedHashMap<>();
            h.createQuery(MEMBERS + " ORDER BY m.group_id, m.contact_id").bind("book", book).map(MEMBER)
                    .forEach(m -> byGroup.computeIfAbsent(m.groupId(), k -> new ArrayList<>()).add(m));
            List<CoMembership> pairs = new ArrayList<>();
            for (List<Member> members : byGroup.values()) {
                for (int i = 0; i < members.size(); i++) {
                    for (int j = i + 1; j < members.size(); j++) {
                        Member a = members.get(i);
                        Member b = members.get(j);
                        pairs.add(new CoMembership(a.contactId(), b.contactId(), a.groupId(), a.group(),
                                a.since().isAfter(b.since()) ? a.since() : b.since()));
                    }
                }
            }
            return pairs;
        });
    }

    /** Moves this feature's rows from contact {@code gone} to {@code kept} (see {@link dev.kith.core.ContactReferences}). */
    @Override
    public void mergeContact(long kept, long gone) {
        db.update(h -> {
            dev.kith.store.Repoint.column(h, book, "group_members", "contact_id", kept, gone, "group_id");
        });
    }
}

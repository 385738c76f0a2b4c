package dev.kith.contacts;

import dev.kith.core.Text;
import dev.kith.store.Columns;
import dev.kith.store.Database;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The contacts and organizations tables of one book row by row, as stored, for a backup and its
 * restore: every column, codes as text, nothing checked but by the schema. Rows are read in id
 * order; an insert gives the row a new id (its {@code id} is ignored) and returns it. Each call is
 * one statement, joining the transaction open on the calling thread. Thread-safe.
 */
public final class ContactRows {
    /**
     * A stored contact; {@code circle} is the circle's code, {@code origin} where an import brought it from
     * ({@code address-book}, {@code linkedin}; null when added in Kith, and a code this version does not know
     * is stored as null).
     */
    public record Row(long id, String name, String givenName, String familyName, String location, String linkedinUrl,
                      String website, String howMet, Long metThroughId, LocalDate firstMet, String circle,
                      Integer cadenceDays, boolean doNotContact, boolean archived, String notes, LocalDate createdOn,
                      String origin) {
    }

    /** A stored job of contact {@code contactId}; {@code organizationId} or {@code title} may be null. */
    public record Job(long id, long contactId, Long organizationId, String title, LocalDate start, LocalDate end,
                      String source) {
    }

    private final Database db;
    private final long book;

    public ContactRows(Database db, long book) {
        this.db = db;
        this.book = book;
    }

    /** Whether the book has neither a contact nor an organization. */
    public boolean isEmpty() {
        return db.read(h -> h.createQuery("SELECT (SELECT count(*) FROM contacts WHERE book_id = :b)"
                        + " + (SELECT count(*) FROM organizations WHERE book_id = :b)")
                .bind("b", book).mapTo(Integer.class).one()) == 0;
    }

    /** Every organization of the book, by id. */
    public List<Organization> organizations() {
        return db.read(h -> h.createQuery("SELECT id, name, industry FROM organizations WHERE book_id = :book ORDER BY id")
                .bind("book", book)
                .map((rs, ctx) -> new Organization(rs.getLong("id"), rs.getString("name"), rs.getString("industry")))
                .list());
    }

    /** Stores a new organization and returns its id. */
    public long insertOrganization(String name, String industry) {
        return db.write(h -> h.createQuery("INSERT INTO organizations (book_id, name, name_key, industry)"
                        + " VALUES (:book, :name, :key, :industry) RETURNING id")
                .bind("book", book).bind("name", name).bind("key", Text.key(name)).bind("industry", industry)
                .mapTo(Long.class).one());
    }

    /** Every contact of the book, archived ones included, by id. */
    public List<Row> all() {
        return db.read(h -> h.createQuery("SELECT * FROM contacts WHERE book_id = :book ORDER BY id").bind("book", book)
                .map((rs, ctx) -> new Row(rs.getLong("id"), rs.getString("display_name"), rs.getString("given_name"),
                        rs.getString("family_name"), rs.getString("location"), rs.getString("linkedin_url"),
                        rs.getString("website"), rs.getString("how_met"), Columns.nullableLong(rs, "met_through_id"),
                        Columns.date(rs, "first_met"), rs.getString("circle"),
                        Columns.nullableInt(rs, "cadence_days"), rs.getBoolean("do_not_contact"),
                        rs.getBoolean("archived"), rs.getString("notes"), Columns.date(rs, "created_on"),
                        rs.getString("origin")))
                .list());
    }

    /** Stores {@code row} as a new contact (its name key derived from its name) and returns its id. */
    public long insert(Row row) {
        return db.write(h -> h.createQuery("""
                        INSERT INTO contacts (book_id, display_name, name_key, given_name, family_name, location,
                            linkedin_url, website, how_met, met_through_id, first_met, circle, cadence_days,
                            do_not_contact, archived, notes, created_on, origin)
                        VALUES (:book, :name, :key, :given, :family, :location, :linkedin, :website, :howMet,
                            :through, :firstMet, :circle, :cadence, :dnc, :archived, :notes, :createdOn, :origin)
                        RETURNING id""")
                .bind("book", book).bind("name", row.name()).bind("key", Text.key(row.name()))
                .bind("given", row.givenName()).bind("family", row.familyName())
                .bind("location", row.location()).bind("linkedin", row.linkedinUrl())
                .bind("website", row.website()).bind("howMet", row.howMet()).bind("through", row.metThroughId())
                .bind("firstMet", row.firstMet()).bind("circle", row.circle())
                .bind("cadence", row.cadenceDays()).bind("dnc", row.doNotContact())
                .bind("archived", row.archived()).bind("notes", row.notes()).bind("createdOn", row.createdOn())
                .bind("origin", Origin.stored(row.origin()) == null ? null : row.origin())
                .mapTo(Long.class).one());
    }

    /** Records that contact {@code contactId} was met through contact {@code throughId}. */
    public void setMetThrough(long contactId, long throughId) {
        db.update(h -> h.createUpdate("UPDATE contacts SET met_through_id = :t WHERE book_id = :book AND id = :id")
                .bind("t", throughId).bind("book", book).bind("id", contactId).execute());
    }

    /** Each contact's emails, in the contact's order, by contact id; contacts without are absent. */
    public Map<Long, List<String>> emails() {
        return values("SELECT contact_id, email FROM contact_emails WHERE book_id = :book ORDER BY contact_id, position");
    }

    /** Each contact's phone numbers, in the contact's order, by contact id; contacts without are absent. */
    public Map<Long, List<String>> phones() {
        return values("SELECT contact_id, phone FROM contact_phones WHERE book_id = :book ORDER BY contact_id, position");
    }

    /** Each contact's tags, sorted, by contact id; contacts without are absent. */
    public Map<Long, List<String>> tags() {
        return values("SELECT contact_id, tag FROM contact_tags WHERE book_id = :book ORDER BY contact_id, tag");
    }

    /** Each contact's interests, sorted, by contact id; contacts without are absent. */
    public Map<Long, List<String>> interests() {
        return values("SELECT contact_id, interest FROM contact_interests WHERE book_id = :book"
                + " ORDER BY contact_id, interest");
    }

    private Map<Long, List<String>> values(String sql) {
        return db.read(h -> {
            Map<Long, List<String>> map = new HashMap<>();
            h.createQuery(sql).bind("book", book)
                    .map((rs, ctx) -> map.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)))
                    .list();
            return map;
        });
    }

    /** Adds {@code email} to contact {@code contactId} at {@code position} (0 first). */
    public void insertEmail(long contactId, String email, int position) {
        db.update(h -> h.createUpdate("INSERT INTO contact_emails (book_id, contact_id, email, email_key, position)"
                        + " VALUES (:book, :id, :email, :key, :position)")
                .bind("book", book).bind("id", contactId).bind("email", email)
                .bind("key", ContactStore.emailKey(email)).bind("position", position).execute());
    }

    /** Adds {@code phone} to contact {@code contactId} at {@code position} (0 first). */
    public void insertPhone(long contactId, String phone, int position) {
        db.update(h -> h.createUpdate("INSERT INTO contact_phones (book_id, contact_id, phone, position)"
                        + " VALUES (:book, :id, :phone, :position)")
                .bind("book", book).bind("id", contactId).bind("phone", phone).bind("position", position).execute());
    }

    /** Adds {@code tag} to contact {@code contactId}. */
    public void insertTag(long contactId, String tag) {
        db.update(h -> h.createUpdate("INSERT INTO contact_tags (book_id, contact_id, tag) VALUES (:book, :id, :v)")
                .bind("book", book).bind("id", contactId).bind("v", tag).execute());
    }

    /** Adds {@code interest} to contact {@code contactId}. */
    public void insertInterest(long contactId, String interest) {
        db.update(h -> h.createUpdate("INSERT INTO contact_interests (book_id, contact_id, interest)"
                        + " VALUES (:book, :id, :v)")
                .bind("book", book).bind("id", contactId).bind("v", interest).execute());
    }

    /** Every job of every contact of the book, by id. */
    public List<Job> jobs() {
        return db.read(h -> h.createQuery("SELECT * FROM employments WHERE book_id = :book ORDER BY id").bind("book", book)
                .map((rs, ctx) -> new Job(rs.getLong("id"), rs.getLong("contact_id"),
                        Columns.nullableLong(rs, "organization_id"), rs.getString("title"),
                        Columns.date(rs, "start_on"), Columns.date(rs, "end_on"), rs.getString("source")))
                .list());
    }

    /** Stores {@code job} as a new job of its contact. */
    public void insertJob(Job job) {
        db.update(h -> h.createUpdate("INSERT INTO employments (book_id, contact_id, organization_id, title,"
                        + " start_on, end_on, source) VALUES (:book, :id, :org, :title, :start, :end, :source)")
                .bind("source", job.source())
                .bind("book", book).bind("id", job.contactId()).bind("org", job.organizationId())
                .bind("title", job.title()).bind("start", job.start()).bind("end", job.end()).execute());
    }
}

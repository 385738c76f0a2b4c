package dev.kith.contacts;

import dev.kith.core.Text;
import dev.kith.store.Database;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Contacts of one book in SQL. Every statement is scoped by {@code book_id}; loading is done in bulk
 * (one query per table, never one per contact).
 */
final class ContactStore {
    private static final int CHUNK = 500;
    private final Database db;
    private final long book;

    ContactStore(Database db, long book) {
        this.db = db;
        this.book = book;
    }

    long insert(ContactDraft d, Long organizationId, LocalDate today) {
        return db.write(h -> {
            long id = h.createQuery("""
                            INSERT INTO contacts (book_id, display_name, name_key, given_name, family_name, location,
                                linkedin_url, website, how_met, met_through_id, first_met, circle, cadence_days,
                                do_not_contact, archived, notes, created_on)
                            VALUES (:book, :name, :key, :given, :family, :location, :linkedin, :website, :howMet,
                                :through, :firstMet, :circle, :cadence, :dnc, :archived, :notes, :today)
                            RETURNING id""")
                    .bind("book", book)
                    .bind("name", d.name())
                    .bind("key", Text.key(d.name()))
                    .bind("given", d.givenName())
                    .bind("family", d.familyName())
                    .bind("location", d.location())
                    .bind("linkedin", d.linkedinUrl())
                    .bind("website", d.website())
                    .bind("howMet", d.howMet())
                    .bind("through", d.metThroughId())
                    .bind("firstMet", d.firstMet())
                    .bind("circle", d.circle().code())
                    .bind("cadence", d.cadenceDays())
                    .bind("dnc", d.doNotContact())
                    .bind("archived", false)
                    .bind("notes", d.notes())
                    .bind("today", today)
                    .mapTo(Long.class)
                    .one();
            addValues(h, "contact_emails", "email", id, d.emails());
            addValues(h, "contact_phones", "phone", id, d.phones());
            addValues(h, "contact_tags", "tag", id, d.tags());
            addValues(h, "contact_interests", "interest", id, d.interests());
            if (organizationId != null || d.title() != null) {
                insertJob(h, id, organizationId, d.title(), null, null);
            }
            return id;
        });
    }

    void insertJob(Handle h, long contactId, Long organizationId, String title, LocalDate start, String source) {
        h.createUpdate("""
                        INSERT INTO employments (book_id, contact_id, organization_id, title, start_on, source)
                        VALUES (:book, :contact, :org, :title, :start, :source)""")
                .bind("source", source)
                .bind("book", book)
                .bind("contact", contactId)
                .bind("org", organizationId)
                .bind("title", title)
                .bind("start", start)
                .execute();
    }

    void setJobTitle(Handle h, long jobId, String title) {
        h.createUpdate("UPDATE employments SET title = :title WHERE book_id = :book AND id = :id")
                .bind("title", title).bind("book", book).bind("id", jobId).execute();
    }

    void endCurrentJobs(Handle h, long contactId, LocalDate end) {
        h.createUpdate("""
                        UPDATE employments SET end_on = CASE WHEN start_on IS NOT NULL AND start_on > :end
                                                             THEN start_on ELSE :end END
                        WHERE book_id = :book AND contact_id = :contact AND end_on IS NULL""")
                .bind("end", end)
                .bind("book", book)
                .bind("contact", contactId)
                .execute();
    }

    /**
     * Adds values to a contact's list table, skipping ones it already has (ignoring case for emails):
     * one read of the existing keys and one batch insert.
     */
    void addValues(Handle h, String table, String column, long contactId, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        java.util.Set<String> existing = new java.util.HashSet<>(h.createQuery("SELECT " + keyColumn(column)
                        + " FROM " + table + " WHERE contact_id = :id")
                .bind("id", contactId).mapTo(String.class).list().stream().map(v -> keyOf(column, v)).toList());
        int position = existing.size();
        String sql = switch (column) {
            case "email" -> "INSERT INTO contact_emails (book_id, contact_id, email, email_key, position)"
                    + " VALUES (:book, :id, :value, :key, :position)";
            case "phone" -> "INSERT INTO contact_phones (book_id, contact_id, phone, position)"
                    + " VALUES (:book, :id, :value, :position)";
            default -> "INSERT INTO " + table + " (book_id, contact_id, " + column + ") VALUES (:book, :id, :value)";
        };
        var batch = h.prepareBatch(sql);
        for (String value : values) {
            if (!existing.add(keyOf(column, value))) {
                continue;
            }
            batch.bind("book", book).bind("id", contactId).bind("value", value);
            if (column.equals("email")) {
                batch.bind("key", keyOf(column, value));
            }
            if (column.equals("email") || column.equals("phone")) {
                batch.bind("position", position++);
            }
            batch.add();
        }
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    void removeValues(Handle h, String table, String column, long contactId, List<String> values) {
        for (String value : values) {
            h.createUpdate("DELETE FROM " + table + " WHERE book_id = :book AND contact_id = :id AND "
                            + (column.equals("interest") ? "lower(interest)" : keyColumn(column)) + " = :key")
                    .bind("book", book)
                    .bind("id", contactId)
                    .bind("key", keyOf(column, value))
                    .execute();
        }
    }

    private static String keyColumn(String column) {
        return column.equals("email") ? "email_key" : column;
    }

    private static String keyOf(String column, String value) {
        return column.equals("email") ? emailKey(value)
                : column.equals("interest") ? value.toLowerCase(java.util.Locale.ROOT) : value;
    }

    /** The key an email is found by: trimmed, in lower case. */
    static String emailKey(String email) {
        return email.trim().toLowerCase(java.util.Locale.ROOT);
    }

    /** Sets one scalar column; {@code column} comes from code, never from input. */
    void set(Handle h, long contactId, String column, Object value) {
        h.createUpdate("UPDATE contacts SET " + column + " = :value WHERE book_id = :book AND id = :id")
                .bind("value", value)
                .bind("book", book)
                .bind("id", contactId)
                .execute();
    }

    Optional<Contact> find(long id) {
        return Optional.ofNullable(load(List.of(id)).get(id));
    }

    /** The contacts with these ids in this book, keyed by id; ids of other books are simply absent. */
    Map<Long, Contact> load(Collection<Long> ids) {
        Map<Long, Contact> result = new LinkedHashMap<>();
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            result.putAll(db.read(h -> loadChunk(h, chunk)));
        }
        return result;
    }

    // "+book_id" keeps SQLite from scanning every row of the book through the (book_id, ...) indexes
    // instead of seeking the contacts by id; the book scope is still checked on each row.
    private Map<Long, Contact> loadChunk(Handle h, List<Long> ids) {
        Map<Long, List<String>> emails = values(h, "SELECT contact_id, email FROM contact_emails WHERE +book_id = :book"
                + " AND contact_id IN (<ids>) ORDER BY position", ids);
        Map<Long, List<String>> phones = values(h, "SELECT contact_id, phone FROM contact_phones WHERE +book_id = :book"
                + " AND contact_id IN (<ids>) ORDER BY position", ids);
        Map<Long, List<String>> tags = values(h, "SELECT contact_id, tag FROM contact_tags WHERE +book_id = :book"
                + " AND contact_id IN (<ids>) ORDER BY tag", ids);
        Map<Long, List<String>> interests = values(h, "SELECT contact_id, interest FROM contact_interests"
                + " WHERE +book_id = :book AND contact_id IN (<ids>) ORDER BY interest", ids);
        Map<Long, List<Employment>> jobs = new HashMap<>();
        h.createQuery("""
                        SELECT e.id, e.contact_id, e.organization_id, o.name AS org, e.title, e.start_on, e.end_on, e.source
                        FROM employments e LEFT JOIN organizations o ON o.id = e.organization_id
                        WHERE +e.book_id = :book AND e.contact_id IN (<ids>)
                        ORDER BY CASE WHEN e.end_on IS NULL THEN 0 ELSE 1 END, e.end_on DESC, e.id DESC""")
                .bind("book", book)
                .bindList("ids", ids)
                .map((rs, ctx) -> Map.entry(rs.getLong("contact_id"), new Employment(rs.getLong("id"),
                        nullableLong(rs, "organization_id"), rs.getString("org"), rs.getString("title"),
                        date(rs, "start_on"), date(rs, "end_on"), rs.getString("source"))))
                .forEach(e -> jobs.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<Long, Contact> result = new LinkedHashMap<>();
        h.createQuery("""
                        SELECT c.*, t.display_name AS through_name
                        FROM contacts c LEFT JOIN contacts t ON t.id = c.met_through_id
                        WHERE c.book_id = :book AND c.id IN (<ids>)""")
                .bind("book", book)
                .bindList("ids", ids)
                .map((rs, ctx) -> {
                    long id = rs.getLong("id");
                    return new Contact(id, rs.getString("display_name"), rs.getString("given_name"),
                            rs.getString("family_name"), emails.getOrDefault(id, List.of()),
                            phones.getOrDefault(id, List.of()), jobs.getOrDefault(id, List.of()),
                            rs.getString("location"), rs.getString("linkedin_url"), rs.getString("website"),
                            tags.getOrDefault(id, List.of()), interests.getOrDefault(id, List.of()),
                            new HowMet(rs.getString("how_met"), nullableLong(rs, "met_through_id"),
                                    rs.getString("through_name"), date(rs, "first_met")),
                            Circle.parse("circle", rs.getString("circle")), nullableInt(rs, "cadence_days"),
                            rs.getBoolean("do_not_contact"), rs.getBoolean("archived"), rs.getString("notes"),
                            date(rs, "created_on"));
                })
                .forEach(c -> result.put(c.id(), c));
        Map<Long, Contact> ordered = new LinkedHashMap<>();
        for (Long id : ids) {
            if (result.containsKey(id)) {
                ordered.put(id, result.get(id));
            }
        }
        return ordered;
    }

    private Map<Long, List<String>> values(Handle h, String sql, List<Long> ids) {
        Map<Long, List<String>> map = new HashMap<>();
        h.createQuery(sql)
                .bind("book", book)
                .bindList("ids", ids)
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .forEach(e -> map.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return map;
    }

    /** Ids of contacts whose whole name equals {@code key} (see {@link Text#key}). */
    List<Long> idsByNameKey(String key) {
        return db.read(h -> h.createQuery(
                        "SELECT id FROM contacts WHERE book_id = :book AND name_key = :key ORDER BY archived, id")
                .bind("book", book)
                .bind("key", key)
                .mapTo(Long.class)
                .list());
    }

    /** Ids of contacts whose name, or any word of it, starts with {@code prefix}. */
    List<Long> idsByPrefix(String prefix, boolean wholeName) {
        String escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        String condition = wholeName ? "name_key LIKE :p ESCAPE '\\'" : "(' ' || name_key) LIKE :p ESCAPE '\\'";
        String pattern = wholeName ? escaped + "%" : "% " + escaped + "%";
        return db.read(h -> h.createQuery("SELECT id FROM contacts WHERE book_id = :book AND " + condition
                        + " ORDER BY archived, name_key, id LIMIT 50")
                .bind("book", book)
                .bind("p", pattern)
                .mapTo(Long.class)
                .list());
    }

    /** Every contact of the book, archived ones included, in no particular order: one query. */
    List<ContactBasics> basics() {
        return db.read(h -> {
            Map<String, LocalDate> dates = new HashMap<>();
            return h.createQuery("""
                            SELECT id, display_name, given_name, circle, cadence_days, do_not_contact, archived,
                                   first_met, created_on, origin
                            FROM contacts WHERE book_id = :book""")
                    .bind("book", book)
                    .map((rs, ctx) -> new ContactBasics(rs.getLong(1), rs.getString(2), rs.getString(3),
                            Circle.parse("circle", rs.getString(4)), nullableInt(rs, 5),
                            rs.getBoolean(6), rs.getBoolean(7), dev.kith.core.Dates.stored(rs.getString(8)),
                            dates.computeIfAbsent(rs.getString(9), dev.kith.core.Dates::stored),
                            Origin.stored(rs.getString(10))))
                    .list();
        });
    }

    /** Every tag of the book's contacts, each once, sorted; empty when none. */
    List<String> tags() {
        return db.read(h -> h.createQuery("SELECT DISTINCT tag FROM contact_tags WHERE book_id = :book"
                + " ORDER BY tag").bind("book", book).mapTo(String.class).list());
    }

    /** The ids of every contact of the book, archived ones included, in ascending order. */
    List<Long> ids() {
        return db.read(h -> h.createQuery("SELECT id FROM contacts WHERE book_id = :book ORDER BY id")
                .bind("book", book).mapTo(Long.class).list());
    }

    /**
     * The contact of this book holding each of {@code emailKeys} (lower-cased addresses), keyed by it;
     * addresses nobody holds are absent. Two contacts sharing an address: the active one, then the oldest.
     */
    Map<String, Long> idsByEmail(Collection<String> emailKeys) {
        Map<String, Long> result = new HashMap<>();
        List<String> all = List.copyOf(new java.util.LinkedHashSet<>(emailKeys));
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            db.read(h -> h.createQuery("""
                            SELECT e.email_key, e.contact_id FROM contact_emails e JOIN contacts c ON c.id = e.contact_id
                            WHERE e.book_id = :book AND e.email_key IN (<keys>)
                            ORDER BY c.archived, e.contact_id""")
                    .bind("book", book)
                    .bindList("keys", chunk)
                    .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2)))
                    .list())
                    .forEach(e -> result.putIfAbsent(e.getKey(), e.getValue()));
        }
        return result;
    }

    boolean exists(long id) {
        return db.read(h -> h.createQuery("SELECT count(*) FROM contacts WHERE book_id = :book AND id = :id")
                .bind("book", book).bind("id", id).mapTo(Integer.class).one() > 0);
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        String text = rs.getString(column);
        return dev.kith.core.Dates.stored(text);
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    static Integer nullableInt(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }
}

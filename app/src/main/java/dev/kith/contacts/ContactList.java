package dev.kith.contacts;

import dev.kith.store.Database;
import dev.kith.store.Dialect;
import dev.kith.store.IdSets;
import dev.kith.store.JsonLists;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * The contact list as one read: a handful of whole-book queries grouped in memory, so that listing
 * 10,000 people costs the same few statements as listing ten. (Folding emails and tags into one row
 * per contact with correlated {@code string_agg} measured 10x slower on SQLite; see docs/decisions.md.)
 */
final class ContactList {
    private final Database db;
    private final long book;

    ContactList(Database db, long book) {
        this.db = db;
        this.book = book;
    }

    /**
     * The contacts {@code filter} selects, by name; with {@code only} (may be null: everyone) just those
     * ids, each query then reading only their rows.
     */
    List<ContactSummary> list(ContactFilter filter, LocalDate today, Cadences cadences, Collection<Long> only) {
        if (only != null && only.isEmpty()) {
            return List.of();
        }
        if (only != null && db.dialect() == Dialect.SQLITE) {
            return some(filter, today, cadences, IdSets.json(only));
        }
        String ids = only == null ? null : IdSets.json(only);
        String among = only == null ? "" : " AND " + IdSets.in(db.dialect(), "contact_id", "ids");
        // With ids, each child table is read through its primary key (contact_id, ...): "+book_id" keeps
        // SQLite's planner off the (book_id, value) index, which would scan the whole book (50 ms vs 1 ms).
        String inBook = only == null ? "book_id = :book" : "+book_id = :book";
        return db.read(h -> {
            Map<Long, List<String>> emails = values(h, ids, "SELECT contact_id, email FROM contact_emails"
                    + " WHERE " + inBook + among + " ORDER BY contact_id, position");
            Map<Long, List<String>> tags = values(h, ids, "SELECT contact_id, tag FROM contact_tags"
                    + " WHERE " + inBook + among + " ORDER BY contact_id, tag");
            Map<Long, List<String>> interests = values(h, ids, "SELECT contact_id, interest FROM contact_interests"
                    + " WHERE " + inBook + among + " ORDER BY contact_id, interest");
            Map<Long, String[]> jobs = new HashMap<>();
            h.createQuery("""
                            SELECT e.contact_id, o.name, e.title FROM employments e
                            LEFT JOIN organizations o ON o.id = e.organization_id
                            WHERE""" + (only == null ? " " : " +") + "e.book_id = :book AND e.end_on IS NULL"
                            + among.replace("contact_id", "e.contact_id")
                            + " ORDER BY e.id")
                    .bind("book", book)
                    .bindMap(idsParam(ids))
                    .map((rs, ctx) -> jobs.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)}))
                    .list();
            Map<Long, LocalDate> last = new HashMap<>();
            h.createQuery("""
                            SELECT contact_id, max(occurred_on) AS last_on FROM interaction_people
                            WHERE book_id = :book AND occurred_on <= :today""" + among + " GROUP BY contact_id")
                    .bind("book", book)
                    .bindMap(idsParam(ids))
                    .bind("today", today)
                    .map((rs, ctx) -> last.put(rs.getLong(1), ContactStore.date(rs, "last_on")))
                    .list();
            StringBuilder sql = new StringBuilder("""
                    SELECT c.id, c.display_name, c.circle, c.cadence_days, c.do_not_contact, c.archived
                    FROM contacts c
                    WHERE""" + (only == null ? " " : " +") + "c.book_id = :book"
                    + " AND c.id <> coalesce((SELECT me_contact_id FROM books WHERE id = :book), -1)");
            sql.append(among.replace("contact_id", "c.id"));
            appendFilter(sql, filter);
            sql.append(" ORDER BY c.name_key, c.id");
            var query = bindFilter(h.createQuery(sql.toString()), filter).bind("book", book).bindMap(idsParam(ids));
            List<ContactSummary> result = new ArrayList<>();
            query.map((rs, ctx) -> {
                long id = rs.getLong("id");
                Circle circle = Circle.parse("circle", rs.getString("circle"));
                Integer cadence = ContactStore.nullableInt(rs, "cadence_days");
                String[] job = jobs.getOrDefault(id, new String[2]);
                return new ContactSummary(id, rs.getString("display_name"), emails.getOrDefault(id, List.of()),
                        job[0], job[1], tags.getOrDefault(id, List.of()), interests.getOrDefault(id, List.of()),
                        circle, cadences.of(cadence, circle), last.get(id),
                        rs.getBoolean("do_not_contact"), rs.getBoolean("archived"));
            }).forEach(result::add);
            return result;
        });
    }

    /**
     * The few contacts of a search page in one statement: each row reads its emails, labels, job and
     * last interaction through correlated subqueries on the tables' (contact_id, ...) keys. For a page
     * of 50 this costs half of the six grouped queries the whole list uses, whose fixed cost dominates.
     */
    private List<ContactSummary> some(ContactFilter filter, LocalDate today, Cadences cadences, String ids) {
        StringBuilder sql = new StringBuilder("""
                SELECT c.id, c.display_name, c.circle, c.cadence_days, c.do_not_contact, c.archived,
                  (SELECT json_group_array(email) FROM (SELECT email FROM contact_emails x
                     WHERE x.contact_id = c.id ORDER BY position)) AS emails,
                  (SELECT json_group_array(tag) FROM (SELECT tag FROM contact_tags x
                     WHERE x.contact_id = c.id ORDER BY tag)) AS tags,
                  (SELECT json_group_array(interest) FROM (SELECT interest FROM contact_interests x
                     WHERE x.contact_id = c.id ORDER BY interest)) AS interests,
                  (SELECT json_array(o.name, e.title) FROM employments e
                     LEFT JOIN organizations o ON o.id = e.organization_id
                     WHERE e.contact_id = c.id AND e.end_on IS NULL ORDER BY e.id DESC LIMIT 1) AS job,
                  (SELECT max(occurred_on) FROM interaction_people x
                     WHERE x.book_id = :book AND x.contact_id = c.id AND x.occurred_on <= :today) AS last_on
                FROM contacts c
                WHERE c.id IN (SELECT value FROM json_each(:ids)) AND +c.book_id = :book
                  AND c.id <> coalesce((SELECT me_contact_id FROM books WHERE id = :book), -1)""");
        appendFilter(sql, filter);
        sql.append(" ORDER BY c.name_key, c.id");
        return db.read(h -> bindFilter(h.createQuery(sql.toString()), filter)
                .bind("book", book).bind("ids", ids).bind("today", today)
                .map((rs, ctx) -> {
                    Circle circle = Circle.parse("circle", rs.getString("circle"));
                    List<String> job = JsonLists.strings(rs.getString("job"));
                    return new ContactSummary(rs.getLong("id"), rs.getString("display_name"),
                            JsonLists.strings(rs.getString("emails")), job.isEmpty() ? null : job.get(0),
                            job.isEmpty() ? null : job.get(1), JsonLists.strings(rs.getString("tags")),
                            JsonLists.strings(rs.getString("interests")), circle,
                            cadences.of(ContactStore.nullableInt(rs, "cadence_days"), circle),
                            ContactStore.date(rs, "last_on"), rs.getBoolean("do_not_contact"),
                            rs.getBoolean("archived"));
                }).list());
    }

    private static void appendFilter(StringBuilder sql, ContactFilter filter) {
        if (!filter.includeArchived()) {
            sql.append(" AND c.archived = :no");
        }
        if (filter.circle() != null) {
            sql.append(" AND c.circle = :circle");
        }
        if (filter.tag() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM contact_tags t WHERE t.contact_id = c.id AND t.tag = :tag)");
        }
    }

    private static org.jdbi.v3.core.statement.Query bindFilter(org.jdbi.v3.core.statement.Query query,
                                                               ContactFilter filter) {
        if (!filter.includeArchived()) {
            query.bind("no", false);
        }
        if (filter.circle() != null) {
            query.bind("circle", filter.circle().code());
        }
        if (filter.tag() != null) {
            query.bind("tag", filter.tag().strip().toLowerCase(java.util.Locale.ROOT));
        }
        return query;
    }

    private static Map<String, Object> idsParam(String ids) {
        return ids == null ? Map.of() : Map.of("ids", ids);
    }

    private Map<Long, List<String>> values(Handle h, String ids, String sql) {
        Map<Long, List<String>> map = new HashMap<>();
        h.createQuery(sql).bind("book", book).bindMap(idsParam(ids))
                .map((rs, ctx) -> map.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)))
                .list();
        return map;
    }
}

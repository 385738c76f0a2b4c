package dev.kith.team;

import dev.kith.core.Dates;
import dev.kith.store.Database;
import dev.kith.strength.StrengthCounts;
import dev.kith.strength.TieStrengths;
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
 * The SQL of shared introductions: the asker's target contact, people matching a target in the books of
 * the other enabled users who share their graph, and the counts their tie strengths are scored from. Every
 * lookup goes through an index (migration V16 for the ones across books); nothing is cached. Thread-safe.
 */
final class TeamStore {
    /** The LinkedIn key of a column, exactly as migration V16's index {@code contacts_linkedin_key} spells it. */
    private static final String LINKEDIN_KEY =
            "rtrim(replace(replace(replace(lower(%s), 'https://', ''), 'http://', ''), 'www.', ''), '/')";

    /**
     * Usable contacts of the sharing colleagues' books matching a condition ({@code %s}), with their current
     * job (the latest first when there are several) and the colleague's account. Not: the asker's own book, a
     * disabled account, a book not sharing, archived or do-not-contact people, the colleague themself.
     */
    private static final String MATCHES = """
            SELECT c.id, c.circle, c.display_name, c.first_met, c.created_on, u.id AS user_id, u.name AS user_name,
                   u.email AS user_email, o.name AS org, e.title
            FROM contacts c
            JOIN users u ON u.book_id = c.book_id
            JOIN settings s ON s.book_id = c.book_id AND s.key = :key
            JOIN books b ON b.id = c.book_id
            LEFT JOIN employments e ON e.book_id = c.book_id AND e.contact_id = c.id AND e.end_on IS NULL
            LEFT JOIN organizations o ON o.book_id = e.book_id AND o.id = e.organization_id
            WHERE %s AND c.book_id <> :asker AND u.disabled = :no AND lower(s.value) = 'true'
              AND c.archived = :no AND c.do_not_contact = :no AND (b.me_contact_id IS NULL OR b.me_contact_id <> c.id)
            ORDER BY c.id, e.id DESC""";

    /** A person in a colleague's book who matches the target, and the colleague. */
    record Match(long contactId, String circle, String name, LocalDate knownSince, long userId, String userName,
                 String userEmail, String organization, String title, MatchedBy matchedBy) {
    }

    /** A contact of the asker's book and the day since when they know each other. */
    record Known(long contactId, LocalDate knownSince) {
    }

    private final Database db;

    TeamStore(Database db) {
        this.db = db;
    }

    /** What one query needs, read on one connection: the people matching, the asker's colleagues, and their counts. */
    record Found(List<Match> matches, Map<String, Known> yours, Map<Long, StrengthCounts> counts) {
    }

    /**
     * Everything {@link ColleaguePaths} ranks, read on one connection: the people matching {@code target} (or,
     * when it is null, contact {@code contactId} of the asker's book), the colleagues in the asker's book by
     * their account emails, and the strength counts on {@code today} of both. Empty when {@code target} is
     * null and the asker's book has no contact {@code contactId}.
     */
    Optional<Found> find(long asker, ColleagueTarget target, long contactId, LocalDate today) {
        return db.read(h -> {
            Optional<ColleagueTarget> t = target != null ? Optional.of(target) : target(h, asker, contactId);
            if (t.isEmpty()) {
                return Optional.empty();
            }
            List<Match> matches = matches(h, asker, t.get());
            java.util.Set<String> colleagueEmails = new java.util.HashSet<>();
            matches.forEach(m -> colleagueEmails.add(emailKey(m.userEmail())));
            Map<String, Known> yours = byEmail(h, asker, colleagueEmails);
            java.util.Set<Long> ids = new java.util.TreeSet<>();
            matches.forEach(m -> ids.add(m.contactId()));
            yours.values().forEach(k -> ids.add(k.contactId()));
            return Optional.of(new Found(matches, yours, ids.isEmpty() ? Map.of() : counts(h, List.copyOf(ids), today)));
        });
    }

    /** An email as the contacts store keys it: trimmed, lower case. */
    static String emailKey(String email) {
        return email.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** Contact {@code contactId} of book {@code book} as a target; empty when the book has no such contact. */
    private static Optional<ColleagueTarget> target(Handle h, long book, long contactId) {
        Optional<String[]> row = h.createQuery(
                        "SELECT display_name, linkedin_url FROM contacts WHERE book_id = :book AND id = :id")
                .bind("book", book).bind("id", contactId)
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)}).findOne();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        // the contact is this book's (read above): by contact alone, the primary key's index serves it
        List<String> emails = h.createQuery("SELECT email_key FROM contact_emails WHERE contact_id = :id"
                        + " ORDER BY position").bind("id", contactId).mapTo(String.class).list();
        String org = h.createQuery("""
                        SELECT o.name FROM employments e
                        JOIN organizations o ON o.book_id = e.book_id AND o.id = e.organization_id
                        WHERE e.book_id = :book AND e.contact_id = :id AND e.end_on IS NULL ORDER BY e.id DESC""")
                .bind("book", book).bind("id", contactId).mapTo(String.class).findFirst().orElse(null);
        return Optional.of(new ColleagueTarget(row.get()[0], org, emails, row.get()[1]));
    }

    /**
     * The people matching {@code target} in the sharing colleagues' books, by each way that applies (emails,
     * LinkedIn address, name and organization), one row per person and way; empty when there is none.
     */
    private static List<Match> matches(Handle h, long asker, ColleagueTarget target) {
        List<Match> out = new ArrayList<>();
        List<String> emails = target.emailKeys();
        if (!emails.isEmpty()) {
            var q = h.createQuery(MATCHES.formatted(
                    "c.id IN (SELECT contact_id FROM contact_emails WHERE email_key IN (<emails>))"));
            q.bindList("emails", emails);
            collect(bind(q, asker), MatchedBy.EMAIL, out);
        }
        if (target.linkedinKey() != null) {
            var q = h.createQuery(MATCHES.formatted(LINKEDIN_KEY.formatted("c.linkedin_url") + " = :linkedin"));
            q.bind("linkedin", target.linkedinKey());
            collect(bind(q, asker), MatchedBy.LINKEDIN, out);
        }
        if (target.organizationKey() != null) {
            var q = h.createQuery(MATCHES.formatted("c.name_key = :name AND o.name_key = :org"));
            q.bind("name", target.nameKey()).bind("org", target.organizationKey());
            collect(bind(q, asker), MatchedBy.NAME_AND_ORGANIZATION, out);
        }
        return out;
    }

    private static org.jdbi.v3.core.statement.Query bind(org.jdbi.v3.core.statement.Query q, long asker) {
        return q.bind("key", TeamSharing.KEY).bind("asker", asker).bind("no", false);
    }

    /** Adds one {@link Match} per contact of {@code q}'s rows (the first row: the latest current job). */
    private static void collect(org.jdbi.v3.core.statement.Query q, MatchedBy by, List<Match> out) {
        long[] last = {-1};
        q.map((rs, ctx) -> {
            long id = rs.getLong(1);
            if (id != last[0]) {
                out.add(new Match(id, rs.getString(2), rs.getString(3),
                        knownSince(rs.getString(4), rs.getString(5)), rs.getLong("user_id"), rs.getString("user_name"),
                        rs.getString("user_email"), rs.getString("org"), rs.getString("title"), by));
            }
            last[0] = id;
            return id;
        }).forEach(x -> { });
    }

    /**
     * The contacts of book {@code book} holding each of {@code emailKeys} (lower-cased addresses), by key:
     * the lowest id when several hold one; keys nobody holds are absent.
     */
    private static Map<String, Known> byEmail(Handle h, long book, Collection<String> emailKeys) {
        if (emailKeys.isEmpty()) {
            return Map.of();
        }
        Map<String, Known> found = new LinkedHashMap<>();
        h.createQuery("""
                        SELECT e.email_key, c.id, c.first_met, c.created_on FROM contact_emails e
                        JOIN contacts c ON c.book_id = e.book_id AND c.id = e.contact_id
                        WHERE e.book_id = :book AND e.email_key IN (<keys>) ORDER BY c.id""")
                .bind("book", book).bindList("keys", List.copyOf(emailKeys))
                .map((rs, ctx) -> found.putIfAbsent(rs.getString(1),
                        new Known(rs.getLong(2), knownSince(rs.getString(3), rs.getString(4)))))
                .forEach(x -> { });
        return found;
    }

    /**
     * The strength counts on {@code today} of each of {@code ids} (contact ids are unique across books) with
     * interactions on or before it; others are absent. One aggregate over {@code interaction_people}.
     */
    private static Map<Long, StrengthCounts> counts(Handle h, List<Long> ids, LocalDate today) {
        Map<Long, StrengthCounts> counts = new HashMap<>();
        Map<String, LocalDate> dates = new HashMap<>();
        var q = h.createQuery("SELECT contact_id, " + TieStrengths.COUNTS_SQL + " FROM interaction_people"
                + " WHERE contact_id IN (<ids>) AND occurred_on <= :today GROUP BY contact_id").bindList("ids", ids);
        TieStrengths.bindWindows(q, today);
        q.map((rs, ctx) -> counts.put(rs.getLong(1), TieStrengths.counts(rs, 2, dates))).forEach(x -> { });
        return counts;
    }

    /** Since when a contact is known, as {@code TieStrengths} dates it: first met when earlier than added. */
    private static LocalDate knownSince(String firstMet, String createdOn) {
        LocalDate met = Dates.stored(firstMet);
        LocalDate created = Dates.stored(createdOn);
        return met != null && (created == null || met.isBefore(created)) ? met : created;
    }
}

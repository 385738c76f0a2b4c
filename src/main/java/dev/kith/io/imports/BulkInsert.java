package dev.kith.io.imports;

import dev.kith.book.Book;
import dev.kith.contacts.ContactDraft;
import dev.kith.core.Text;
import dev.kith.store.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Inserts many new contacts at once, with the same columns and rules as {@code Contacts.add}: ids
 * reserved up front (SQLite: after the highest, under the write lock; PostgreSQL: from the sequence),
 * then JDBC batches for contacts, emails, phones, tags, interests and jobs, and organizations found
 * or created through one in-memory map. Runs in the caller's transaction; the
 * caller reindexes the returned ids.
 */
final class BulkInsert {
    private static final int BATCH = 1000;
    private final Book book;

    BulkInsert(Book book) {
        this.book = book;
    }

    /** Inserts {@code drafts} in order and returns their new ids in the same order. */
    List<Long> insert(List<ContactDraft> drafts) {
        if (drafts.isEmpty()) {
            return List.of();
        }
        return book.database().write(h -> {
            try {
                return insert(h, drafts);
            } catch (SQLException e) {
                throw new org.jdbi.v3.core.ConnectionException(e);
            }
        });
    }

    private List<Long> insert(Handle h, List<ContactDraft> drafts) throws SQLException {
        boolean sqlite = book.database().dialect() == Dialect.SQLITE;
        Map<String, Long> orgs = new HashMap<>();
        h.createQuery("SELECT name_key, id FROM organizations WHERE book_id = :book").bind("book", book.id())
                .map((rs, ctx) -> orgs.put(rs.getString(1), rs.getLong(2))).list();
        LocalDate today = book.clock().today();
        Connection conn = h.getConnection();
        List<Long> ids = reserveIds(h, drafts.size(), sqlite);
        try (PreparedStatement contacts = conn.prepareStatement("""
                INSERT INTO contacts (id, book_id, display_name, name_key, given_name, family_name, location,
                    linkedin_url, website, how_met, met_through_id, first_met, circle, cadence_days,
                    do_not_contact, archived, notes, created_on)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement emails = conn.prepareStatement("INSERT INTO contact_emails (book_id, contact_id, email,"
                     + " email_key, position) VALUES (?, ?, ?, ?, ?)");
             PreparedStatement phones = conn.prepareStatement("INSERT INTO contact_phones (book_id, contact_id, phone,"
                     + " position) VALUES (?, ?, ?, ?)");
             PreparedStatement tags = conn.prepareStatement("INSERT INTO contact_tags (book_id, contact_id, tag)"
                     + " VALUES (?, ?, ?)");
             PreparedStatement interests = conn.prepareStatement("INSERT INTO contact_interests (book_id, contact_id,"
                     + " interest) VALUES (?, ?, ?)");
             PreparedStatement jobs = conn.prepareStatement("INSERT INTO employments (book_id, contact_id,"
                     + " organization_id, title, start_on) VALUES (?, ?, ?, ?, NULL)")) {
            for (int i = 0; i < drafts.size(); i++) {
                ContactDraft d = drafts.get(i);
                long id = ids.get(i);
                contacts.setLong(1, id);
                contacts.setLong(2, book.id());
                contacts.setString(3, d.name());
                contacts.setString(4, Text.key(d.name()));
                contacts.setString(5, d.givenName());
                contacts.setString(6, d.familyName());
                contacts.setString(7, d.location());
                contacts.setString(8, d.linkedinUrl());
                contacts.setString(9, d.website());
                contacts.setString(10, d.howMet());
                contacts.setObject(11, d.metThroughId(), Types.BIGINT);
                date(contacts, 12, d.firstMet(), sqlite);
                contacts.setString(13, d.circle().code());
                contacts.setObject(14, d.cadenceDays(), Types.INTEGER);
                contacts.setBoolean(15, d.doNotContact());
                contacts.setBoolean(16, false);
                contacts.setString(17, d.notes());
                date(contacts, 18, today, sqlite);
                contacts.addBatch();
                for (int p = 0; p < d.emails().size(); p++) {
                    String e = d.emails().get(p);
                    values(emails, id, e, e.trim().toLowerCase(Locale.ROOT), p);
                }
                for (int p = 0; p < d.phones().size(); p++) {
                    values(phones, id, d.phones().get(p), p);
                }
                for (String t : d.tags()) {
                    values(tags, id, t);
                }
                for (String t : d.interests()) {
                    values(interests, id, t);
                }
                if (d.organization() != null || d.title() != null) {
                    Long org = d.organization() == null ? null : organization(h, orgs, d.organization());
                    values(jobs, id, org, d.title());
                }
                if (i % BATCH == BATCH - 1) {
                    contacts.executeBatch();
                }
            }
            contacts.executeBatch();
            for (PreparedStatement batch : List.of(emails, phones, tags, interests, jobs)) {
                batch.executeBatch();
            }
        }
        return ids;
    }

    /** {@code n} unused contact ids: after the highest (SQLite, inside the write lock) or from the sequence. */
    private static List<Long> reserveIds(Handle h, int n, boolean sqlite) {
        if (sqlite) {
            long max = h.createQuery("SELECT coalesce(max(id), 0) FROM contacts").mapTo(Long.class).one();
            List<Long> ids = new ArrayList<>(n);
            for (long i = 1; i <= n; i++) {
                ids.add(max + i);
            }
            return ids;
        }
        return h.createQuery("SELECT nextval(pg_get_serial_sequence('contacts', 'id')) FROM generate_series(1, :n)")
                .bind("n", n).mapTo(Long.class).list();
    }

    private void values(PreparedStatement ps, long contactId, Object... values) throws SQLException {
        ps.setLong(1, book.id());
        ps.setLong(2, contactId);
        for (int i = 0; i < values.length; i++) {
            ps.setObject(3 + i, values[i]);
        }
        ps.addBatch();
    }

    private long organization(Handle h, Map<String, Long> orgs, String name) {
        String key = Text.key(name);
        Long id = orgs.get(key);
        if (id == null) {
            id = h.createQuery("INSERT INTO organizations (book_id, name, name_key) VALUES (:book, :name, :key)"
                            + " RETURNING id")
                    .bind("book", book.id()).bind("name", name.strip()).bind("key", key).mapTo(Long.class).one();
            orgs.put(key, id);
        }
        return id;
    }

    private static void date(PreparedStatement ps, int index, LocalDate date, boolean sqlite) throws SQLException {
        if (date == null) {
            ps.setNull(index, sqlite ? Types.VARCHAR : Types.DATE);
        } else if (sqlite) {
            ps.setString(index, date.toString());
        } else {
            ps.setObject(index, date);
        }
    }
}

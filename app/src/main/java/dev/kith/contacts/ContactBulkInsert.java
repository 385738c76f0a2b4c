package dev.kith.contacts;

import dev.kith.core.Text;
import dev.kith.search.NewContact;
import dev.kith.store.Database;
import dev.kith.store.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Inserts many new contacts at once (an import), with the same columns and rules as {@link Contacts#add}:
 * ids reserved up front (SQLite: after the highest, under the write lock; PostgreSQL: from the
 * sequence), then JDBC batches for contacts, emails, phones, tags, interests and jobs, and
 * organizations found or created through one in-memory map. Runs in the caller's transaction; the
 * caller indexes what it returns for search.
 */
final class ContactBulkInsert {
    private static final int BATCH = 1000;
    private final Database db;
    private final long book;

    ContactBulkInsert(Database db, long book) {
        this.db = db;
        this.book = book;
    }

    /**
     * Inserts {@code drafts} in order and returns what was written, in the same order, for
     * {@link dev.kith.search.SearchIndex#indexNew}.
     */
    List<NewContact> insert(List<ContactDraft> drafts, LocalDate today, String source, Origin origin) {
        if (drafts.isEmpty()) {
            return List.of();
        }
        return db.write(h -> {
            try {
                return insert(h, drafts, today, source, origin);
            } catch (SQLException e) {
                throw new org.jdbi.v3.core.ConnectionException(e);
            }
        });
    }

    private List<NewContact> insert(Handle h, List<ContactDraft> drafts, LocalDate today, String source,
                                    Origin origin) throws SQLException {
        boolean sqlite = db.dialect() == Dialect.SQLITE;
        Map<String, KnownOrganization> orgs = new HashMap<>();
        h.createQuery("SELECT name_key, id, name FROM organizations WHERE book_id = :book").bind("book", book)
                .map((rs, ctx) -> orgs.put(rs.getString(1), new KnownOrganization(rs.getLong(2), rs.getString(3))))
                .list();
        List<NewContact> written = new ArrayList<>(drafts.size());
        List<Long> ids = reserveIds(h, drafts.size(), sqlite);
        try (Statements s = new Statements(h.getConnection(), sqlite, today, source, origin)) {
            for (int i = 0; i < drafts.size(); i++) {
                ContactDraft d = drafts.get(i);
                KnownOrganization org = d.organization() == null ? null : organization(h, orgs, d.organization());
                written.add(s.add(ids.get(i), d, org));
                if (i % BATCH == BATCH - 1) {
                    s.contacts.executeBatch();
                }
            }
            s.flush();
        }
        return written;
    }

    /**
     * The prepared inserts of one bulk insert. Each contact is bound in its own method ({@link #add}),
     * not in the caller's loop: a method called thousands of times is compiled early, while a long loop
     * body in a method called once would run interpreted (the launcher's C1-only JIT seldom compiles
     * such a loop on the stack).
     */
    private final class Statements implements AutoCloseable {
        private final boolean sqlite;
        private final LocalDate today;
        private final String source;
        private final String origin;
        private final PreparedStatement contacts;
        private final PreparedStatement emails;
        private final PreparedStatement phones;
        private final PreparedStatement tags;
        private final PreparedStatement interests;
        private final PreparedStatement jobs;

        Statements(Connection conn, boolean sqlite, LocalDate today, String source, Origin origin)
                throws SQLException {
            this.source = source;
            this.origin = origin == null ? null : origin.code();
            this.sqlite = sqlite;
            this.today = today;
            contacts = conn.prepareStatement("""
                    INSERT INTO contacts (id, book_id, display_name, name_key, given_name, family_name, location,
                        linkedin_url, website, how_met, met_through_id, first_met, circle, cadence_days,
                        do_not_contact, archived, notes, created_on, origin)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
            emails = conn.prepareStatement("INSERT INTO contact_emails (book_id, contact_id, email, email_key,"
                    + " position) VALUES (?, ?, ?, ?, ?)");
            phones = conn.prepareStatement("INSERT INTO contact_phones (book_id, contact_id, phone, position)"
                    + " VALUES (?, ?, ?, ?)");
            tags = conn.prepareStatement("INSERT INTO contact_tags (book_id, contact_id, tag) VALUES (?, ?, ?)");
            interests = conn.prepareStatement("INSERT INTO contact_interests (book_id, contact_id, interest)"
                    + " VALUES (?, ?, ?)");
            jobs = conn.prepareStatement("INSERT INTO employments (book_id, contact_id, organization_id, title,"
                    + " start_on, source) VALUES (?, ?, ?, ?, NULL, ?)");
        }

        /** Adds the rows of contact {@code id} to the batches and returns what the search index needs of it. */
        NewContact add(long id, ContactDraft d, KnownOrganization org) throws SQLException {
            contacts.setLong(1, id);
            contacts.setLong(2, book);
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
            contacts.setString(19, origin);
            contacts.addBatch();
            for (int p = 0; p < d.emails().size(); p++) {
                String e = d.emails().get(p);
                row(emails, id, e);
                emails.setString(4, ContactStore.emailKey(e));
                emails.setInt(5, p);
                emails.addBatch();
            }
            for (int p = 0; p < d.phones().size(); p++) {
                row(phones, id, d.phones().get(p));
                phones.setInt(4, p);
                phones.addBatch();
            }
            for (String t : d.tags()) {
                row(tags, id, t);
                tags.addBatch();
            }
            for (String t : d.interests()) {
                row(interests, id, t);
                interests.addBatch();
            }
            if (d.organization() != null || d.title() != null) {
                jobs.setLong(1, book);
                jobs.setLong(2, id);
                jobs.setObject(3, org == null ? null : org.id(), Types.BIGINT);
                jobs.setString(4, d.title());
                jobs.setString(5, source);
                jobs.addBatch();
            }
            return new NewContact(id, d.name(), d.givenName(), d.familyName(), d.notes(), d.howMet(), d.location(),
                    org == null ? null : org.name(), d.title(), d.tags(), d.interests());
        }

        /** Sets the book, the contact and the first value of a row of a per-contact table. */
        private void row(PreparedStatement ps, long contactId, String value) throws SQLException {
            ps.setLong(1, book);
            ps.setLong(2, contactId);
            ps.setString(3, value);
        }

        /** Runs what is still batched: the last contacts, then the rows that refer to them. */
        void flush() throws SQLException {
            contacts.executeBatch();
            for (PreparedStatement batch : List.of(emails, phones, tags, interests, jobs)) {
                batch.executeBatch();
            }
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement ps : List.of(contacts, emails, phones, tags, interests, jobs)) {
                ps.close();
            }
        }
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

    /** The organization called {@code name} (by its key), created when the book has none yet. */
    private KnownOrganization organization(Handle h, Map<String, KnownOrganization> orgs, String name) {
        String key = Text.key(name);
        KnownOrganization org = orgs.get(key);
        if (org == null) {
            long id = h.createQuery("INSERT INTO organizations (book_id, name, name_key) VALUES (:book, :name, :key)"
                            + " RETURNING id")
                    .bind("book", book).bind("name", name.strip()).bind("key", key).mapTo(Long.class).one();
            org = new KnownOrganization(id, name.strip());
            orgs.put(key, org);
        }
        return org;
    }

    /** An organization's id and name as stored. */
    private record KnownOrganization(long id, String name) {
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

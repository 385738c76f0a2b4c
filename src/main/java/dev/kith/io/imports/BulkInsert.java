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
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Inserts many new contacts at once, with the same columns and rules as {@code Contacts.add}: one
 * prepared statement reused for the contacts, batches for emails, phones, tags and jobs, and
 * organizations found or created through one in-memory map. Runs in the caller's transaction; the
 * caller reindexes the returned ids.
 */
final class BulkInsert {
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
        List<Long> ids = new ArrayList<>(drafts.size());
        try (PreparedStatement ps = conn.prepareStatement("""
                INSERT INTO contacts (book_id, display_name, name_key, given_name, family_name, location,
                    linkedin_url, website, how_met, met_through_id, first_met, circle, cadence_days,
                    do_not_contact, archived, notes, created_on)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")) {
            for (ContactDraft d : drafts) {
                ps.setLong(1, book.id());
                ps.setString(2, d.name());
                ps.setString(3, Text.key(d.name()));
                ps.setString(4, d.givenName());
                ps.setString(5, d.familyName());
                ps.setString(6, d.location());
                ps.setString(7, d.linkedinUrl());
                ps.setString(8, d.website());
                ps.setString(9, d.howMet());
                ps.setObject(10, d.metThroughId(), Types.BIGINT);
                date(ps, 11, d.firstMet(), sqlite);
                ps.setString(12, d.circle().code());
                ps.setObject(13, d.cadenceDays(), Types.INTEGER);
                ps.setBoolean(14, d.doNotContact());
                ps.setBoolean(15, false);
                ps.setString(16, d.notes());
                date(ps, 17, today, sqlite);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    ids.add(rs.getLong(1));
                }
            }
        }
        PreparedBatch emails = h.prepareBatch("INSERT INTO contact_emails (book_id, contact_id, email, email_key,"
                + " position) VALUES (:book, :id, :value, :key, :position)");
        PreparedBatch phones = h.prepareBatch("INSERT INTO contact_phones (book_id, contact_id, phone, position)"
                + " VALUES (:book, :id, :value, :position)");
        PreparedBatch tags = h.prepareBatch("INSERT INTO contact_tags (book_id, contact_id, tag)"
                + " VALUES (:book, :id, :value)");
        PreparedBatch jobs = h.prepareBatch("INSERT INTO employments (book_id, contact_id, organization_id, title,"
                + " start_on) VALUES (:book, :id, :org, :title, NULL)");
        for (int i = 0; i < drafts.size(); i++) {
            ContactDraft d = drafts.get(i);
            long id = ids.get(i);
            for (int p = 0; p < d.emails().size(); p++) {
                String e = d.emails().get(p);
                emails.bind("book", book.id()).bind("id", id).bind("value", e)
                        .bind("key", e.trim().toLowerCase(Locale.ROOT)).bind("position", p).add();
            }
            for (int p = 0; p < d.phones().size(); p++) {
                phones.bind("book", book.id()).bind("id", id).bind("value", d.phones().get(p)).bind("position", p).add();
            }
            for (String t : d.tags()) {
                tags.bind("book", book.id()).bind("id", id).bind("value", t).add();
            }
            if (d.organization() != null || d.title() != null) {
                Long org = d.organization() == null ? null : organization(h, orgs, d.organization());
                jobs.bind("book", book.id()).bind("id", id).bind("org", org).bind("title", d.title()).add();
            }
        }
        for (PreparedBatch batch : List.of(emails, phones, tags, jobs)) {
            if (batch.size() > 0) {
                batch.execute();
            }
        }
        return ids;
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

package dev.kith.milestones;

import dev.kith.core.Dates;
import dev.kith.core.NotFoundException;
import dev.kith.core.Text;
import dev.kith.core.ValidationException;
import dev.kith.search.SearchIndex;
import dev.kith.store.Database;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** Milestones of the contacts of one book. Thread-safe. */
public final class Milestones {
    private static final RowMapper<Milestone> MAPPER = (rs, ctx) -> new Milestone(rs.getLong("id"),
            rs.getLong("contact_id"), MilestoneKind.parse("kind", rs.getString("kind")),
            Dates.stored(rs.getString("occurred_on")), rs.getString("text"),
            rs.getBoolean("acknowledged"));

    private final Database db;
    private final long book;
    private final SearchIndex search;

    public Milestones(Database db, long book, SearchIndex search) {
        this.db = db;
        this.book = book;
        this.search = search;
    }

    public Milestone add(long contactId, MilestoneKind kind, LocalDate date, String text) {
        dev.kith.core.Limits.text("text", text, dev.kith.core.Limits.LONG_TEXT);
        return db.write(h -> {
            int known = h.createQuery("SELECT count(*) FROM contacts WHERE book_id = :book AND id = :id")
                    .bind("book", book).bind("id", contactId).mapTo(Integer.class).one();
            if (known == 0) {
                throw new ValidationException("contact", "no contact with id " + contactId);
            }
            long id = h.createQuery("""
                            INSERT INTO milestones (book_id, contact_id, kind, occurred_on, text, acknowledged)
                            VALUES (:book, :contact, :kind, :date, :text, :no) RETURNING id""")
                    .bind("book", book).bind("contact", contactId).bind("kind", kind.code()).bind("date", date)
                    .bind("text", Text.blankToNull(text)).bind("no", false)
                    .mapTo(Long.class).one();
            if (text != null && !text.isBlank()) {
                search.reindex(List.of(contactId));
            }
            return get(id);
        });
    }

    /** Changes milestone {@code id}'s kind, date and text; a {@link NotFoundException} when there is none. */
    public Milestone edit(long id, MilestoneKind kind, LocalDate date, String text) {
        dev.kith.core.Limits.text("text", text, dev.kith.core.Limits.LONG_TEXT);
        return db.write(h -> {
            Milestone was = get(id);
            h.createUpdate("UPDATE milestones SET kind = :kind, occurred_on = :date, text = :text"
                            + " WHERE book_id = :book AND id = :id")
                    .bind("kind", kind.code()).bind("date", date).bind("text", Text.blankToNull(text))
                    .bind("book", book).bind("id", id).execute();
            search.reindex(List.of(was.contactId()));
            return get(id);
        });
    }

    /** Deletes milestone {@code id}; a {@link NotFoundException} when there is none. */
    public Milestone delete(long id) {
        return db.write(h -> {
            Milestone was = get(id);
            h.createUpdate("DELETE FROM milestones WHERE book_id = :book AND id = :id")
                    .bind("book", book).bind("id", id).execute();
            search.reindex(List.of(was.contactId()));
            return was;
        });
    }

    public Optional<Milestone> find(long id) {
        return db.read(h -> select(h, "id = :id", Map.of("id", id)).stream().findFirst());
    }

    public Milestone get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("no milestone with id " + id));
    }

    /** A contact's milestones, newest first. */
    public List<Milestone> ofContact(long contactId) {
        return db.read(h -> select(h, "contact_id = :contact", Map.of("contact", contactId)));
    }

    /** Milestones dated from {@code from} to {@code to} inclusive, newest first. */
    public List<Milestone> between(LocalDate from, LocalDate to) {
        return db.read(h -> select(h, "occurred_on >= :from AND occurred_on <= :to", Map.of("from", from, "to", to)));
    }

    /** The milestones dated from {@code from} to {@code to} inclusive that are not yet acknowledged, oldest first (by date, then id). */
    public List<Milestone> unacknowledged(LocalDate from, LocalDate to) {
        return db.read(h -> h.createQuery("""
                        SELECT id, contact_id, kind, occurred_on, text FROM milestones
                        WHERE book_id = :book AND acknowledged = :no AND occurred_on >= :from AND occurred_on <= :today
                        ORDER BY occurred_on, id""")
                .bind("book", book).bind("no", false).bind("from", from).bind("today", to)
                .map((rs, ctx) -> new Milestone(rs.getLong(1), rs.getLong(2), MilestoneKind.parse("kind", rs.getString(3)),
                        Dates.stored(rs.getString(4)), rs.getString(5), false))
                .list());
    }

    public void acknowledge(long id) {
        db.update(h -> {
            get(id);
            h.createUpdate("UPDATE milestones SET acknowledged = :yes WHERE book_id = :book AND id = :id")
                    .bind("yes", true).bind("book", book).bind("id", id).execute();
        });
    }

    private List<Milestone> select(Handle h, String where, Map<String, Object> params) {
        var q = h.createQuery("SELECT * FROM milestones WHERE book_id = :book AND " + where
                + " ORDER BY occurred_on DESC, id DESC").bind("book", book);
        params.forEach(q::bind);
        return q.map(MAPPER).list();
    }
}

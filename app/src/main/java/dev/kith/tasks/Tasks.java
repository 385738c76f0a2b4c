package dev.kith.tasks;

import dev.kith.core.Coded;
import dev.kith.core.Dates;
import dev.kith.core.NotFoundException;
import dev.kith.core.Text;
import dev.kith.core.ValidationException;
import dev.kith.store.Database;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;

/** Tasks of one book. Thread-safe. */
public final class Tasks implements dev.kith.core.ContactReferences {
    private static final RowMapper<Task> MAPPER = (rs, ctx) -> new Task(rs.getLong("id"), rs.getLong("contact_id"),
            rs.getString("kind"), Dates.stored(rs.getString("due_on")),
            Coded.parse(TaskStatus.class, "status", rs.getString("status")), rs.getString("note"));

    private final Database db;
    private final long book;

    public Tasks(Database db, long book) {
        this.db = db;
        this.book = book;
    }

    public Task add(long contactId, String kind, LocalDate due, String note) {
        dev.kith.core.Limits.text("note", note, dev.kith.core.Limits.LONG_TEXT);
        Task draft = new Task(0, contactId, kind, due, TaskStatus.OPEN, note);
        return db.write(h -> {
            int known = h.createQuery("SELECT count(*) FROM contacts WHERE book_id = :book AND id = :id")
                    .bind("book", book).bind("id", contactId).mapTo(Integer.class).one();
            if (known == 0) {
                throw new ValidationException("contact", "no contact with id " + contactId);
            }
            long id = h.createQuery("""
                            INSERT INTO tasks (book_id, contact_id, kind, due_on, status, note)
                            VALUES (:book, :contact, :kind, :due, :status, :note) RETURNING id""")
                    .bind("book", book).bind("contact", contactId).bind("kind", draft.kind().strip())
                    .bind("due", due).bind("status", TaskStatus.OPEN.code()).bind("note", Text.blankToNull(note))
                    .mapTo(Long.class).one();
            return get(id);
        });
    }

    public Task get(long id) {
        return db.read(h -> h.createQuery("SELECT * FROM tasks WHERE book_id = :book AND id = :id")
                .bind("book", book).bind("id", id).map(MAPPER).findOne())
                .orElseThrow(() -> new NotFoundException("no task with id " + id));
    }

    /** Open tasks due on or before {@code by}, soonest first. */
    public List<Task> openDueBy(LocalDate by) {
        return db.read(h -> h.createQuery("SELECT * FROM tasks WHERE book_id = :book AND status = 'open'"
                        + " AND due_on <= :by ORDER BY due_on, id")
                .bind("book", book).bind("by", by).map(MAPPER).list());
    }

    public List<Task> ofContact(long contactId) {
        return db.read(h -> h.createQuery("SELECT * FROM tasks WHERE book_id = :book AND contact_id = :id"
                        + " ORDER BY due_on DESC, id DESC")
                .bind("book", book).bind("id", contactId).map(MAPPER).list());
    }

    public Task setStatus(long id, TaskStatus status) {
        return db.write(h -> {
            get(id);
            h.createUpdate("UPDATE tasks SET status = :status WHERE book_id = :book AND id = :id")
                    .bind("status", status.code()).bind("book", book).bind("id", id).execute();
            return get(id);
        });
    }

    /** Moves this feature's rows from contact {@code gone} to {@code kept} (see {@link dev.kith.core.ContactReferences}). */
    @Override
    public void mergeContact(long kept, long gone) {
        db.update(h -> {
            dev.kith.store.Repoint.column(h, book, "tasks", "contact_id", kept, gone);
        });
    }
}

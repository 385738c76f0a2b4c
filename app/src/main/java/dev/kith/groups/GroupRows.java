package dev.kith.groups;

import dev.kith.core.Text;
import dev.kith.store.Columns;
import dev.kith.store.Database;
import java.time.LocalDate;
import java.util.List;

/**
 * The professional groups of one book and their members row by row, as stored, for a backup and its
 * restore: every column, codes as text, nothing checked but by the schema. Rows are read in id order
 * unless said otherwise; an insert gives the row a new id (its {@code id} is ignored) and returns it.
 * Each call is one statement, joining the transaction open on the calling thread. Thread-safe.
 */
public final class GroupRows {
    /** A stored group; {@code kind} is a code. */
    public record Row(long id, String name, String kind, LocalDate createdOn) {
    }

    /** A stored membership of contact {@code contactId} in group {@code groupId}; {@code role} is a code, {@code since} may be null. */
    public record MemberRow(long groupId, long contactId, String role, LocalDate since) {
    }

    private final Database db;
    private final long book;

    public GroupRows(Database db, long book) {
        this.db = db;
        this.book = book;
    }

    /** Every group of the book, by id. */
    public List<Row> all() {
        return db.read(h -> h.createQuery("SELECT * FROM professional_groups WHERE book_id = :book ORDER BY id")
                .bind("book", book)
                .map((rs, ctx) -> new Row(rs.getLong("id"), rs.getString("name"), rs.getString("kind"),
                        Columns.date(rs, "created_on")))
                .list());
    }

    /** Every membership of the book, by group id, then contact id. */
    public List<MemberRow> members() {
        return db.read(h -> h.createQuery("SELECT group_id, contact_id, role, since FROM group_members WHERE book_id = :book"
                        + " ORDER BY group_id, contact_id")
                .bind("book", book)
                .map((rs, ctx) -> new MemberRow(rs.getLong(1), rs.getLong(2), rs.getString(3), Columns.date(rs, "since")))
                .list());
    }

    /** Stores {@code row} as a new group (its name key derived from its name) and returns its id. */
    public long insert(Row row) {
        return db.write(h -> h.createQuery("""
                        INSERT INTO professional_groups (book_id, name, name_key, kind, created_on)
                        VALUES (:book, :name, :key, :kind, :created) RETURNING id""")
                .bind("book", book).bind("name", row.name()).bind("key", Text.key(row.name()))
                .bind("kind", row.kind()).bind("created", row.createdOn())
                .mapTo(Long.class).one());
    }

    /** Stores {@code member} as a new membership. */
    public void insertMember(MemberRow member) {
        db.update(h -> h.createUpdate("INSERT INTO group_members (book_id, group_id, contact_id, role, since)"
                        + " VALUES (:book, :group, :contact, :role, :since)")
                .bind("book", book).bind("group", member.groupId()).bind("contact", member.contactId())
                .bind("role", member.role()).bind("since", member.since())
                .execute());
    }
}

package dev.kith.events;

import dev.kith.core.Text;
import dev.kith.store.Columns;
import dev.kith.store.Database;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The events of one book, their attendees and encounters row by row, as stored, for a backup and its
 * restore: every column, codes as text, nothing checked but by the schema. Rows are read in id order
 * unless said otherwise; an insert gives the row a new id (its {@code id} is ignored) and returns it.
 * Each call is one statement, joining the transaction open on the calling thread. Thread-safe.
 */
public final class EventRows {
    /**
     * A stored event; {@code series}, {@code location}, {@code groupId} and {@code myRole} (a code) may be
     * null.
     */
    public record Row(long id, String name, String series, LocalDate start, LocalDate end, String location,
                      Long groupId, String myRole) {
    }

    /** A stored attendance of contact {@code contactId} at event {@code eventId}; {@code role} is a code. */
    public record AttendanceRow(long eventId, long contactId, String role, boolean firstTimer, boolean alone) {
    }

    private final Database db;
    private final long book;

    public EventRows(Database db, long book) {
        this.db = db;
        this.book = book;
    }

    /** Every event of the book, by id. */
    public List<Row> all() {
        return db.read(h -> h.createQuery("SELECT * FROM events WHERE book_id = :book ORDER BY id").bind("book", book)
                .map((rs, ctx) -> new Row(rs.getLong("id"), rs.getString("name"), rs.getString("series"),
                        Columns.date(rs, "start_on"), Columns.date(rs, "end_on"), rs.getString("location"),
                        Columns.nullableLong(rs, "group_id"), rs.getString("my_role")))
                .list());
    }

    /** Every attendance of the book, by event id, then contact id. */
    public List<AttendanceRow> attendance() {
        return db.read(h -> h.createQuery("SELECT * FROM event_attendance WHERE book_id = :book ORDER BY event_id, contact_id")
                .bind("book", book)
                .map((rs, ctx) -> new AttendanceRow(rs.getLong("event_id"), rs.getLong("contact_id"), rs.getString("role"),
                        rs.getBoolean("first_timer"), rs.getBoolean("alone")))
                .list());
    }

    /** The interactions logged as encounters at each event, by interaction id, by event id. */
    public Map<Long, List<Long>> encounters() {
        return db.read(h -> {
            Map<Long, List<Long>> encounters = new HashMap<>();
            h.createQuery("SELECT event_id, interaction_id FROM event_encounters WHERE book_id = :book"
                            + " ORDER BY event_id, interaction_id")
                    .bind("book", book)
                    .map((rs, ctx) -> encounters.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2)))
                    .list();
            return encounters;
        });
    }

    /** Stores {@code row} as a new event (its name and series keys derived) and returns its id. */
    public long insert(Row row) {
        return db.write(h -> h.createQuery("""
                        INSERT INTO events (book_id, name, name_key, series, series_key, start_on, end_on, location,
                            group_id, my_role)
                        VALUES (:book, :name, :key, :series, :seriesKey, :start, :end, :location, :group, :role)
                        RETURNING id""")
                .bind("book", book).bind("name", row.name()).bind("key", Text.key(row.name()))
                .bind("series", row.series()).bind("seriesKey", row.series() == null ? null : Text.key(row.series()))
                .bind("start", row.start()).bind("end", row.end()).bind("location", row.location())
                .bind("group", row.groupId()).bind("role", row.myRole())
                .mapTo(Long.class).one());
    }

    /** Stores {@code attendance} as a new attendance. */
    public void insertAttendance(AttendanceRow attendance) {
        db.update(h -> h.createUpdate("""
                        INSERT INTO event_attendance (book_id, event_id, contact_id, role, first_timer, alone)
                        VALUES (:book, :event, :contact, :role, :first, :alone)""")
                .bind("book", book).bind("event", attendance.eventId()).bind("contact", attendance.contactId())
                .bind("role", attendance.role()).bind("first", attendance.firstTimer())
                .bind("alone", attendance.alone()).execute());
    }

    /** Records that interaction {@code interactionId} was an encounter at event {@code eventId}. */
    public void insertEncounter(long eventId, long interactionId) {
        db.update(h -> h.createUpdate("INSERT INTO event_encounters (book_id, event_id, interaction_id)"
                        + " VALUES (:book, :event, :i)")
                .bind("book", book).bind("event", eventId).bind("i", interactionId).execute());
    }
}

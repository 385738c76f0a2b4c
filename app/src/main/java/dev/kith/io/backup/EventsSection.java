package dev.kith.io.backup;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kith.core.Text;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * {@code "events"}: events with their series, group (a group key), my role, attendees (contact keys,
 * roles, first-timer and alone flags) and encounters (the keys of the interactions logged by "met").
 */
final class EventsSection implements BackupSection {
    @Override
    public String name() {
        return "events";
    }

    @Override
    public ArrayNode export(Handle h, long book, Keys keys) {
        Map<Long, ArrayNode> attendees = new HashMap<>();
        h.createQuery("SELECT * FROM event_attendance WHERE book_id = :book ORDER BY event_id, contact_id")
                .bind("book", book)
                .map((rs, ctx) -> attendees.computeIfAbsent(rs.getLong("event_id"), k -> Sql.JSON.arrayNode())
                        .add(Sql.object().put("contact", keys.key("c", rs.getLong("contact_id")))
                                .put("role", rs.getString("role")).put("firstTimer", rs.getBoolean("first_timer"))
                                .put("alone", rs.getBoolean("alone"))))
                .list();
        Map<Long, ArrayNode> encounters = new HashMap<>();
        h.createQuery("SELECT event_id, interaction_id FROM event_encounters WHERE book_id = :book"
                        + " ORDER BY event_id, interaction_id")
                .bind("book", book)
                .map((rs, ctx) -> encounters.computeIfAbsent(rs.getLong(1), k -> Sql.JSON.arrayNode())
                        .add(keys.key("i", rs.getLong(2))))
                .list();
        ArrayNode out = Sql.JSON.arrayNode();
        h.createQuery("SELECT * FROM events WHERE book_id = :book ORDER BY id").bind("book", book)
                .map((rs, ctx) -> {
                    long id = rs.getLong("id");
                    ObjectNode e = Sql.object().put("key", keys.assign("e", id)).put("name", rs.getString("name"))
                            .put("series", rs.getString("series")).put("start", Sql.date(rs, "start_on"))
                            .put("end", Sql.date(rs, "end_on")).put("location", rs.getString("location"))
                            .put("group", keys.key("g", Sql.nullableLong(rs, "group_id")))
                            .put("myRole", rs.getString("my_role"));
                    e.set("attendees", attendees.getOrDefault(id, Sql.JSON.arrayNode()));
                    e.set("encounters", encounters.getOrDefault(id, Sql.JSON.arrayNode()));
                    return out.add(e);
                })
                .list();
        return out;
    }

    @Override
    public void restore(Handle h, long book, Records records, Keys keys) {
        for (Records.Record r : records) {
            r.only(Set.of("key", "name", "series", "start", "end", "location", "group", "myRole", "attendees",
                    "encounters"));
            String name = r.requiredText("name");
            String series = r.text("series");
            Long group = keys.id(r.path() + ".group", "g", r.text("group"));
            long id = Sql.insert(r, () -> h.createQuery("""
                            INSERT INTO events (book_id, name, name_key, series, series_key, start_on, end_on, location,
                                group_id, my_role)
                            VALUES (:book, :name, :key, :series, :seriesKey, :start, :end, :location, :group, :role)
                            RETURNING id""")
                    .bind("book", book).bind("name", name).bind("key", Text.key(name)).bind("series", series)
                    .bind("seriesKey", series == null ? null : Text.key(series)).bind("start", r.date("start"))
                    .bind("end", r.date("end") == null ? r.date("start") : r.date("end"))
                    .bind("location", r.text("location")).bind("group", group).bind("role", r.text("myRole"))
                    .mapTo(Long.class).one());
            keys.restored(r.path(), "e", r.key(), id);
            for (Records.Record a : r.records("attendees")) {
                a.only(Set.of("contact", "role", "firstTimer", "alone"));
                Long contact = keys.id(a.path() + ".contact", "c", a.requiredText("contact"));
                Sql.insert(a, () -> h.createUpdate("""
                                INSERT INTO event_attendance (book_id, event_id, contact_id, role, first_timer, alone)
                                VALUES (:book, :event, :contact, :role, :first, :alone)""")
                        .bind("book", book).bind("event", id).bind("contact", contact)
                        .bind("role", a.text("role") == null ? "attendee" : a.text("role"))
                        .bind("first", a.bool("firstTimer")).bind("alone", a.bool("alone")).execute());
            }
            for (String interaction : r.texts("encounters")) {
                Long i = keys.id(r.path() + ".encounters", "i", interaction);
                Sql.insert(r, () -> h.createUpdate("INSERT INTO event_encounters (book_id, event_id, interaction_id)"
                                + " VALUES (:book, :event, :i)")
                        .bind("book", book).bind("event", id).bind("i", i).execute());
            }
        }
    }
}

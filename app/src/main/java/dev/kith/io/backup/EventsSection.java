package dev.kith.io.backup;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kith.events.EventRows;
import dev.kith.store.Database;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    public ArrayNode export(Database db, long book, Keys keys) {
        EventRows rows = new EventRows(db, book);
        Map<Long, ArrayNode> attendees = new HashMap<>();
        for (EventRows.AttendanceRow a : rows.attendance()) {
            attendees.computeIfAbsent(a.eventId(), k -> Json.array())
                    .add(Json.object().put("contact", keys.key("c", a.contactId()))
                            .put("role", a.role()).put("firstTimer", a.firstTimer()).put("alone", a.alone()));
        }
        Map<Long, List<Long>> encounters = rows.encounters();
        ArrayNode out = Json.array();
        for (EventRows.Row r : rows.all()) {
            ObjectNode e = Json.object().put("key", keys.assign("e", r.id())).put("name", r.name())
                    .put("series", r.series()).put("start", Json.date(r.start()))
                    .put("end", Json.date(r.end())).put("location", r.location())
                    .put("group", keys.key("g", r.groupId()))
                    .put("myRole", r.myRole());
            e.set("attendees", attendees.getOrDefault(r.id(), Json.array()));
            e.set("encounters", Json.keys(keys, "i", encounters.get(r.id())));
            out.add(e);
        }
        return out;
    }

    @Override
    public void restore(Database db, long book, Records records, Keys keys) {
        EventRows rows = new EventRows(db, book);
        for (Records.Record r : records) {
            r.only(Set.of("key", "name", "series", "start", "end", "location", "group", "myRole", "attendees",
                    "encounters"));
            String name = r.requiredText("name");
            String series = r.text("series");
            Long group = keys.id(r.path() + ".group", "g", r.text("group"));
            long id = r.insert(() -> rows.insert(new EventRows.Row(0, name, series, r.date("start"),
                    r.date("end") == null ? r.date("start") : r.date("end"), r.text("location"), group,
                    r.text("myRole"))));
            keys.restored(r.path(), "e", r.key(), id);
            for (Records.Record a : r.records("attendees")) {
                a.only(Set.of("contact", "role", "firstTimer", "alone"));
                Long contact = keys.id(a.path() + ".contact", "c", a.requiredText("contact"));
                a.insert(() -> rows.insertAttendance(new EventRows.AttendanceRow(id, contact,
                        a.text("role") == null ? "attendee" : a.text("role"), a.bool("firstTimer"), a.bool("alone"))));
            }
            for (String interaction : r.texts("encounters")) {
                Long i = keys.id(r.path() + ".encounters", "i", interaction);
                r.insert(() -> rows.insertEncounter(id, i));
            }
        }
    }
}

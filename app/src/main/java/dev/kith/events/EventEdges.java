package dev.kith.events;

import dev.kith.network.EdgeSink;
import dev.kith.network.EdgeSource;
import dev.kith.network.People;
import dev.kith.store.Database;
import java.util.ArrayList;
import java.util.List;

/**
 * Network edges between contacts known to attend the same event, "both at CIO Summit 2025", weight
 * {@value #WEIGHT}: the weakest tie there is, a chance to have met. Events with more than
 * {@value #MAX_ATTENDEES} known attendees are left out, as for large groups.
 */
public final class EventEdges implements EdgeSource {
    public static final int WEIGHT = 15;
    static final int MAX_ATTENDEES = 100;

    private record Attendee(long event, String name, long contact) {
    }

    @Override
    public java.util.Collection<String> reads() {
        return java.util.List.of("events", "event_attendance");
    }

    @Override
    public void load(Database db, People people, EdgeSink sink) {
        List<Attendee> attendees = db.read(h -> h.createQuery("""
                        SELECT a.event_id, e.name, a.contact_id FROM event_attendance a
                        JOIN events e ON e.book_id = a.book_id AND e.id = a.event_id
                        WHERE a.book_id = :book AND a.event_id IN (
                            SELECT event_id FROM event_attendance WHERE book_id = :book
                            GROUP BY event_id HAVING count(*) <= :max)
                        ORDER BY a.event_id, a.contact_id""")
                .bind("book", people.book()).bind("max", MAX_ATTENDEES)
                .map((rs, ctx) -> new Attendee(rs.getLong(1), rs.getString(2), rs.getLong(3))).list());
        List<Attendee> event = new ArrayList<>();
        for (int i = 0; i <= attendees.size(); i++) {
            if (i == attendees.size() || !event.isEmpty() && event.getFirst().event() != attendees.get(i).event()) {
                for (int x = 0; x < event.size(); x++) {
                    for (int y = x + 1; y < event.size(); y++) {
                        sink.edge(event.get(x).contact(), event.get(y).contact(), WEIGHT, "both at " + event.get(x).name());
                    }
                }
                event.clear();
            }
            if (i < attendees.size()) {
                event.add(attendees.get(i));
            }
        }
    }
}

package dev.kith.capture.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** Test calendars under src/test/resources/capture/calendar and a reader for them. */
final class CalendarFixtures {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final Instant FROM_2025 = Instant.parse("2025-01-01T00:00:00Z");
    static final Instant TO_2026 = Instant.parse("2026-01-01T00:00:00Z");

    private CalendarFixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = CalendarFixtures.class.getResourceAsStream("/capture/calendar/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The meetings of fixture {@code name} in 2025, read in Paris. */
    static IcsResult read2025(String name) {
        return new IcsReader(PARIS, IcsLimits.DEFAULT).read(name, bytes(name), FROM_2025, TO_2026);
    }

    /**
     * One calendar object (CRLF lines): the hour from {@code start} (UTC text) that Ana Lima organized with Bea Ortiz,
     * who accepted, as a CalDAV server stores it.
     */
    static String meeting(String uid, String start, String summary) {
        return String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Kith tests//EN", "BEGIN:VEVENT",
                "UID:" + uid, "DTSTAMP:20261101T000000Z", "DTSTART:" + start, "DURATION:PT1H", "SUMMARY:" + summary,
                "ORGANIZER;CN=Ana Lima:mailto:ana.lima@work.example",
                "ATTENDEE;CN=Bea Ortiz;PARTSTAT=ACCEPTED:mailto:bea@client.example", "END:VEVENT", "END:VCALENDAR", "");
    }

    static Meeting only(List<Meeting> meetings, String uid) {
        List<Meeting> found = meetings.stream().filter(m -> m.uid().equals(uid)).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one meeting " + uid + ", found " + found);
        }
        return found.getFirst();
    }

    static List<Meeting> all(List<Meeting> meetings, String uid) {
        return meetings.stream().filter(m -> m.uid().equals(uid)).toList();
    }
}

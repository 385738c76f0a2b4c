package dev.kith.capture.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.kith.app.Kith;
import dev.kith.book.Book;
import dev.kith.capture.CalendarSummary;
import dev.kith.capture.SyncSource;
import dev.kith.core.KithClock;
import dev.kith.store.TestDatabase;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code kith sync} of a published calendar (an ICS address) end to end, served by a small HTTP server on the loopback. */
class CalendarFeedSyncTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final String ICS = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Kith tests//EN",
            "BEGIN:VEVENT", "UID:eve@kith.test", "DTSTAMP:20261101T000000Z", "DTSTART:20261123T140000Z",
            "DURATION:PT1H", "SUMMARY:Coffee with Eve", "ORGANIZER;CN=Ana Lima:mailto:ana.lima@work.example",
            "ATTENDEE;CN=Eve Park;PARTSTAT=ACCEPTED:mailto:eve@archive.example", "END:VEVENT", "END:VCALENDAR", "");
    private HttpServer server;
    private final List<String> ifNoneMatch = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/ana.ics", x -> {
            String sent = x.getRequestHeaders().getFirst("If-None-Match");
            ifNoneMatch.add(sent);
            x.getResponseHeaders().add("ETag", "\"v1\"");
            if ("\"v1\"".equals(sent)) {
                x.sendResponseHeaders(304, -1);
            } else {
                byte[] body = ICS.getBytes(StandardCharsets.UTF_8);
                x.sendResponseHeaders(200, body.length);
                x.getResponseBody().write(body);
            }
            x.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aPublishedCalendarsMeetingWithAStrangerIsLoggedAtTheNextSyncOnceTheyAreAContact() throws Exception {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith kith = Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(TODAY));
            kith.capture().addresses().set(List.of("ana.lima@work.example"));
            URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/ana.ics");
            SyncSource source = new SyncSource("1", "ics", Book.DEFAULT, null, url, null, null);
            assertThat(kith.capture().syncCalendar(source).newPeople()).isEqualTo(1);
            assertThat(kith.capture().syncCalendar(source).events()).isZero();

            long eve = kith.capture().inbox().add("eve@archive.example").contact().id();
            CalendarSummary next = kith.capture().syncCalendar(source);

            assertThat(next.interactions()).isEqualTo(1);
            assertThat(kith.interactions().withContact(eve, 10)).extracting(i -> i.summary())
                    .containsExactly("Coffee with Eve");
            assertThat(kith.capture().syncCalendar(source).events()).isZero();
            assertThat(ifNoneMatch).containsExactly(null, "\"v1\"", null, "\"v1\"");
        }
    }
}

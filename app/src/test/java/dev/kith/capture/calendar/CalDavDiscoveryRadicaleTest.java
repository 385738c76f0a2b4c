package dev.kith.capture.calendar;

import static dev.kith.capture.calendar.CalendarFixtures.meeting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.app.Kith;
import dev.kith.book.Book;
import dev.kith.capture.CalendarSummary;
import dev.kith.capture.SyncSource;
import dev.kith.contacts.ContactDraft;
import dev.kith.core.KithClock;
import dev.kith.store.TestDatabase;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * CalDAV discovery against a real Radicale server of its own (so that the user's home holds only this test's
 * calendars): a server or principal address leads to the calendars of events in the home, a task list is not one,
 * and {@code kith sync} of such an address captures every calendar. Skipped when radicale is not installed.
 */
class CalDavDiscoveryRadicaleTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final String HOME = RadicaleServer.USER + "/";
    @RegisterExtension
    static final RadicaleExtension RADICALE = new RadicaleExtension(
            "CalDavDiscoveryRadicaleTest (CalDAV discovery against a real server)");

    @BeforeAll
    static void fillTheHome() throws Exception {
        RadicaleServer server = RADICALE.server();
        server.mkcalendar(HOME + "work/", "VEVENT");
        server.mkcalendar(HOME + "tasks/", "VTODO");
        server.mkcalendar(HOME + "family%20%26%20friends/", "VEVENT", "VTODO");
        server.put(HOME + "work/one.ics", meeting("one@kith.test", "20261120T140000Z", "Archive planning"));
        server.put(HOME + "family%20%26%20friends/two.ics", meeting("two@kith.test", "20261121T120000Z", "Lunch"));
    }

    private static List<String> found(String path, String password) {
        return CalDavCalendars.paths(new CalDavCalendars(CalDavClient.defaultHttpClient(), RADICALE.server().uri(path),
                new DavCredentials(RadicaleServer.USER, password), 1 << 20, Duration.ofSeconds(20)).find());
    }

    @Test
    void theServersAddressLeadsThroughThePrincipalToTheCalendarsOfEventsNotTheTaskList() {
        List<String> expected = List.of("/" + HOME + "family%20%26%20friends/", "/" + HOME + "work/");

        assertThat(found("", RadicaleServer.PASSWORD)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(found("/", RadicaleServer.PASSWORD)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(found(HOME, RadicaleServer.PASSWORD)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(found(HOME + "work/", RadicaleServer.PASSWORD)).containsExactly("/" + HOME + "work/");
        assertThat(found(HOME + "work", RadicaleServer.PASSWORD)).containsExactly("/" + HOME + "work");
    }

    @Test
    void aWrongPasswordIsSaidWhileLookingForTheCalendars() {
        assertThatThrownBy(() -> found("/", "wrong")).isInstanceOf(CalendarSourceException.class).hasMessageContaining("401");
    }

    @Test
    void syncingTheServersAddressCapturesEveryCalendarOnceThenOnlyWhatChanged() throws Exception {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith kith = Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(TODAY));
            kith.capture().addresses().set(List.of("ana.lima@work.example"));
            long bea = kith.contacts().add(ContactDraft.builder("Bea Ortiz").email("bea@client.example").build()).id();
            SyncSource source = new SyncSource("1", "caldav", Book.DEFAULT, null, RADICALE.server().uri("/"), RadicaleServer.USER,
                    RadicaleServer.PASSWORD);

            CalendarSummary first = kith.capture().syncCalendar(source);

            assertThat(first.interactions()).isEqualTo(2);
            assertThat(kith.interactions().withContact(bea, 10)).extracting(i -> i.summary())
                    .containsExactlyInAnyOrder("Archive planning", "Lunch");
            CalendarSummary nothing = kith.capture().syncCalendar(source);
            assertThat(nothing.events()).isZero();

            RADICALE.server().put(HOME + "family%20%26%20friends/three.ics", meeting("three@kith.test", "20261122T090000Z", "Coffee"));
            CalendarSummary next = kith.capture().syncCalendar(source);
            assertThat(next.events()).isEqualTo(1);
            assertThat(next.interactions()).isEqualTo(1);
            assertThat(kith.capture().syncCalendar(source).events()).isZero();
        }
    }
}

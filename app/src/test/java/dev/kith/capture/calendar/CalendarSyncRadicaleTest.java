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
import dev.kith.store.Tables;
import dev.kith.store.TestDatabase;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code kith sync} of a CalDAV calendar end to end: a real Radicale server started by the test, the
 * meetings captured once, only what changed read again, a wrong password changing nothing. Skipped when
 * radicale is not installed.
 */
class CalendarSyncRadicaleTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    @RegisterExtension
    static final RadicaleExtension RADICALE = new RadicaleExtension(
            "CalendarSyncRadicaleTest (CalDAV sync against a real server)");

    /** Bea's invitation to Ana, answered {@code answer} by Ana. */
    private static String invitation(String answer) {
        return String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Kith tests//EN", "BEGIN:VEVENT",
                "UID:invited@kith.test", "DTSTAMP:20261101T000000Z", "DTSTART:20261120T100000Z", "DURATION:PT1H",
                "SUMMARY:Budget review", "ORGANIZER;CN=Bea Ortiz:mailto:bea@client.example",
                "ATTENDEE;CN=Ana Lima;PARTSTAT=" + answer + ":mailto:ana.lima@work.example", "END:VEVENT",
                "END:VCALENDAR", "");
    }

    @Test
    void aMeetingWithStrangersIsLoggedAtTheNextSyncOnceOneOfThemIsAContact() throws Exception {
        String cal = RadicaleServer.USER + "/kith-strangers/";
        RADICALE.server().mkcalendar(cal);
        RADICALE.server().put(cal + "eve.ics", String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Kith tests//EN",
                "BEGIN:VEVENT", "UID:eve@kith.test", "DTSTAMP:20261101T000000Z", "DTSTART:20261123T140000Z",
                "DURATION:PT1H", "SUMMARY:Coffee with Eve", "ORGANIZER;CN=Ana Lima:mailto:ana.lima@work.example",
                "ATTENDEE;CN=Eve Park;PARTSTAT=ACCEPTED:mailto:eve@archive.example",
                "ATTENDEE;CN=Finn Roe;PARTSTAT=ACCEPTED:mailto:finn@archive.example", "END:VEVENT", "END:VCALENDAR", ""));
        RADICALE.server().put(cal + "one.ics", meeting("one@kith.test", "20261120T140000Z", "Archive planning"));
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith kith = Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(TODAY));
            kith.capture().addresses().set(List.of("ana.lima@work.example"));
            SyncSource source = new SyncSource("1", "caldav", Book.DEFAULT, null, RADICALE.server().uri(cal), RadicaleServer.USER,
                    RadicaleServer.PASSWORD);
            CalendarSummary first = kith.capture().syncCalendar(source);
            assertThat(first.interactions()).isZero();
            assertThat(first.newPeople()).isEqualTo(3);
            assertThat(kith.capture().syncCalendar(source).events()).isZero();

            long eve = kith.capture().inbox().add("eve@archive.example").contact().id();
            CalendarSummary next = kith.capture().syncCalendar(source);

            assertThat(next.interactions()).isEqualTo(1);
            assertThat(next.newPeople()).isZero();
            assertThat(kith.interactions().withContact(eve, 10)).extracting(i -> i.summary())
                    .containsExactly("Coffee with Eve");
            assertThat(kith.today().plan(10).actions()).anyMatch(a -> a.kind().equals("follow-up")
                    && a.people().getFirst().id() == eve);
            assertThat(kith.capture().inbox().list()).filteredOn(p -> p.email().equals("finn@archive.example"))
                    .singleElement().satisfies(p -> assertThat(p.why()).startsWith("met in 1 meeting"));
            CalendarSummary then = kith.capture().syncCalendar(source);
            assertThat(then.events()).isZero();
            assertThat(then.interactions()).isZero();

            long bea = kith.contacts().add(ContactDraft.builder("Bea Ortiz").email("bea@client.example").build()).id();
            assertThat(kith.capture().syncCalendar(source).interactions()).isEqualTo(1);
            assertThat(kith.interactions().withContact(bea, 10)).extracting(i -> i.summary())
                    .containsExactly("Archive planning");
        }
    }

    @Test
    void anInvitationNeverAnsweredIsNotSyncedAsAMeetingUntilAccepted() throws Exception {
        String cal = RadicaleServer.USER + "/kith-invited/";
        RADICALE.server().mkcalendar(cal);
        RADICALE.server().put(cal + "invited.ics", invitation("NEEDS-ACTION"));
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith kith = Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(TODAY));
            kith.capture().addresses().set(List.of("ana.lima@work.example"));
            long bea = kith.contacts().add(ContactDraft.builder("Bea Ortiz").email("bea@client.example").build()).id();
            SyncSource source = new SyncSource("1", "caldav", Book.DEFAULT, null, RADICALE.server().uri(cal), RadicaleServer.USER,
                    RadicaleServer.PASSWORD);

            assertThat(kith.capture().syncCalendar(source).interactions()).isZero();
            assertThat(kith.interactions().withContact(bea, 10)).isEmpty();

            RADICALE.server().put(cal + "invited.ics", invitation("ACCEPTED"));
            assertThat(kith.capture().syncCalendar(source).interactions()).isEqualTo(1);
            assertThat(kith.interactions().withContact(bea, 10)).extracting(i -> i.summary())
                    .containsExactly("Budget review");
        }
    }

    @Test
    void aCalDavCalendarIsCapturedOnceThenOnlyWhatChanged() throws Exception {
        String cal = RadicaleServer.USER + "/kith-sync/";
        RADICALE.server().mkcalendar(cal);
        RADICALE.server().put(cal + "one.ics", meeting("one@kith.test", "20261123T140000Z", "Archive planning"));
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith kith = Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(TODAY));
            kith.capture().addresses().set(List.of("ana.lima@work.example"));
            long bea = kith.contacts().add(ContactDraft.builder("Bea Ortiz").email("bea@client.example").build()).id();
            SyncSource source = new SyncSource("1", "caldav", Book.DEFAULT, null, RADICALE.server().uri(cal), RadicaleServer.USER,
                    RadicaleServer.PASSWORD);

            CalendarSummary first = kith.capture().syncCalendar(source);
            assertThat(first.interactions()).isEqualTo(1);
            assertThat(kith.interactions().withContact(bea, 10)).extracting(i -> i.summary())
                    .containsExactly("Archive planning");
            assertThat(kith.today().plan(10).actions()).anyMatch(a -> a.kind().equals("follow-up"));

            CalendarSummary nothing = kith.capture().syncCalendar(source);
            assertThat(nothing.events()).isZero();
            assertThat(nothing.interactions()).isZero();

            RADICALE.server().put(cal + "two.ics", meeting("two@kith.test", "20261201T120000Z", "Lunch"));
            CalendarSummary next = kith.capture().syncCalendar(source);
            assertThat(next.events()).isEqualTo(1);
            assertThat(next.interactions()).isEqualTo(1);

            Map<String, Integer> before = Tables.counts(db.database());
            SyncSource wrong = new SyncSource("2", "caldav", Book.DEFAULT, null, RADICALE.server().uri(cal), RadicaleServer.USER,
                    "wrong");
            assertThatThrownBy(() -> kith.capture().syncCalendar(wrong)).isInstanceOf(CalendarSourceException.class)
                    .hasMessageContaining("401");
            assertThat(Tables.counts(db.database())).isEqualTo(before);
        }
    }
}

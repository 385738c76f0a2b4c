package dev.kith.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;
import dev.kith.io.ImportException;
import dev.kith.store.BothDatabases;
import dev.kith.store.Tables;
import dev.kith.store.TestDatabase;
import dev.kith.today.Action;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/**
 * Meetings from an iCalendar file become interactions once; a one-off meeting yesterday gives a
 * follow-up, a recurring one, a declined one and a cancelled one give none; a future one is planned.
 */
class CalendarCaptureTest {
    @TempDir
    Path dir;

    @BothDatabases
    void meetingsIAttendedAreLoggedOnceAndOnlyOneOffsCallForAFollowUp(TestDatabase db) {
        MailBook ana = new MailBook(db);
        CalendarCapture calendar = ana.capture.calendar();
        CalendarSummary first = calendar.importIcs(MailBook.fixture("calendar/kith-meetings.ics"));
        assertThat(first.interactions()).isEqualTo(8);
        assertThat(first.skipped().duplicates()).isZero();
        CalendarSummary again = calendar.importIcs(MailBook.fixture("calendar/kith-meetings.ics"));
        assertThat(again.interactions()).isZero();
        assertThat(again.skipped().duplicates()).isEqualTo(8);

        List<Interaction> bea = ana.with(ana.bea);
        assertThat(bea).extracting(Interaction::summary).containsExactly("Archive migration planning", "Lunch with Bea");
        assertThat(bea.get(1).kind()).isEqualTo(InteractionKind.LUNCH);
        assertThat(bea.get(1).date()).isAfter(MailBook.TODAY);
        assertThat(ana.with(ana.carl)).hasSize(6).allMatch(i -> i.summary().equals("Weekly sync"));

        assertThat(ana.capture.inbox().list()).filteredOn(p -> p.email().equals("dana@startup.example")).isEmpty();
        List<Action> plan = ana.book.today().plan(10).actions();
        assertThat(plan).filteredOn(a -> a.kind().equals("follow-up") || a.kind().equals("thank-you"))
                .extracting(a -> a.people().get(0).id()).containsExactly(ana.bea);
    }

    @BothDatabases
    void aFileThatIsNotICalendarChangesNothing(TestDatabase db) {
        MailBook ana = new MailBook(db);
        Map<String, Integer> before = Tables.counts(db.database());
        assertThatThrownBy(() -> ana.capture.calendar().importIcs(MailBook.fixture("calendar/not-a-calendar.vcf")))
                .isInstanceOf(ImportException.class).hasMessageContaining("not-a-calendar.vcf:1");
        assertThat(Tables.counts(db.database())).isEqualTo(before);
    }

    @BothDatabases
    void peopleMetInAMeetingWhoAreNotContactsAreInTheInbox(TestDatabase db) {
        MailBook ana = new MailBook(db);
        ana.capture.calendar().importIcs(MailBook.fixture("calendar/kith-meetings.ics"));
        var people = ana.capture.inbox().list();
        assertThat(people).filteredOn(p -> p.email().equals("eve@archive.example")).singleElement()
                .satisfies(p -> assertThat(p.why()).startsWith("met in 1 meeting"))
                .satisfies(p -> assertThat(p.name()).isEqualTo("Eve Park"));
        assertThat(people).extracting(p -> p.email())
                .doesNotContain("ana.lima@work.example", "dana@startup.example", "bea@client.example");
        var added = ana.capture.inbox().add("eve@archive.example");
        assertThat(added.contact().name()).isEqualTo("Eve Park");
        assertThat(ana.capture.inbox().list()).extracting(p -> p.email()).doesNotContain("eve@archive.example");
    }

    @BothDatabases
    void aMeetingWithNobodyInTheBookIsLoggedWhenTheCalendarIsReadAgainAfterAddingTheirPeople(TestDatabase db)
            throws Exception {
        MailBook ana = new MailBook(db);
        Path ics = dir.resolve("calendar.ics");
        Files.writeString(ics, """
                BEGIN:VCALENDAR\r
                VERSION:2.0\r
                BEGIN:VEVENT\r
                UID:met-eve@kith.test\r
                DTSTAMP:20261101T000000Z\r
                DTSTART:20261123T140000Z\r
                DTEND:20261123T150000Z\r
                SUMMARY:Coffee with Eve\r
                ORGANIZER;CN=Eve Park:mailto:eve@archive.example\r
                ATTENDEE;CN=Ana Lima;PARTSTAT=ACCEPTED:mailto:ana.lima@work.example\r
                ATTENDEE;CN=Finn Roe;PARTSTAT=ACCEPTED:mailto:finn@archive.example\r
                END:VEVENT\r
                END:VCALENDAR\r
                """);
        CalendarSummary first = ana.capture.calendar().importIcs(ics);
        assertThat(first.interactions()).isZero();
        assertThat(first.newPeople()).isEqualTo(2);
        assertThat(first.inWords()).isEqualTo("1 event: 0 interactions, 2 new people; skipped 0 duplicates, 0 unreadable");
        long eve = ana.capture.inbox().add("eve@archive.example").contact().id();

        CalendarSummary again = ana.capture.calendar().importIcs(ics);

        assertThat(again.interactions()).isEqualTo(1);
        assertThat(again.newPeople()).isZero();
        assertThat(ana.with(eve)).singleElement().satisfies(i -> {
            assertThat(i.summary()).isEqualTo("Coffee with Eve");
            assertThat(i.kind()).isEqualTo(InteractionKind.COFFEE);
        });
        assertThat(ana.capture.inbox().list()).filteredOn(p -> p.email().equals("finn@archive.example"))
                .singleElement().satisfies(p -> assertThat(p.why()).startsWith("met in 1 meeting"));
        assertThat(ana.capture.calendar().importIcs(ics).skipped().duplicates()).isEqualTo(1);
        assertThat(ana.book.today().plan(10).actions())
                .filteredOn(a -> a.kind().equals("follow-up") || a.kind().equals("thank-you"))
                .extracting(a -> a.people().get(0).id()).containsExactly(eve);
    }

    @BothDatabases
    void anInvitationINeverAnsweredIsNotLoggedUntilIAcceptIt(TestDatabase db) throws Exception {
        MailBook ana = new MailBook(db);
        Path zip = dir.resolve("ana.lima@work.example.ical.zip");
        writeZip(zip, invitation("NEEDS-ACTION") + invitation("DECLINED").replace("invited", "declined"));

        CalendarSummary unanswered = ana.capture.calendar().importIcs(zip);

        assertThat(unanswered.interactions()).isZero();
        assertThat(unanswered.newPeople()).isZero();
        assertThat(ana.with(ana.bea)).isEmpty();
        assertThat(ana.capture.inbox().list()).extracting(p -> p.email()).doesNotContain("finn@archive.example");
        writeZip(zip, invitation("ACCEPTED"));
        CalendarSummary accepted = ana.capture.calendar().importIcs(zip);
        assertThat(accepted.interactions()).isEqualTo(1);
        assertThat(ana.with(ana.bea)).extracting(Interaction::summary).containsExactly("Archive review");
    }

    private static String invitation(String answer) {
        return """
                BEGIN:VEVENT\r
                UID:invited@kith.test\r
                DTSTAMP:20261101T000000Z\r
                DTSTART:20261120T140000Z\r
                DTEND:20261120T150000Z\r
                SUMMARY:Archive review\r
                ORGANIZER;CN=Bea Ortiz:mailto:bea@client.example\r
                ATTENDEE;CN=Ana Lima;PARTSTAT=%s:mailto:ana.lima@work.example\r
                ATTENDEE;CN=Finn Roe;PARTSTAT=ACCEPTED:mailto:finn@archive.example\r
                END:VEVENT\r
                """.formatted(answer);
    }

    private static void writeZip(Path zip, String events) throws Exception {
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("ana.lima@work.example.ics"));
            out.write(("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + events + "END:VCALENDAR\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @BothDatabases
    void googleCalendarsZipExportAndItsUnpackedFolderAreReadWhole(TestDatabase db) throws Exception {
        MailBook ana = new MailBook(db);
        Path zip = dir.resolve("ana.lima@work.example.ical.zip");
        byte[] meetings = Files.readAllBytes(MailBook.fixture("calendar/kith-meetings.ics"));
        String shared = """
                BEGIN:VCALENDAR\r
                VERSION:2.0\r
                BEGIN:VEVENT\r
                UID:shared-1@kith.test\r
                DTSTAMP:20261101T000000Z\r
                DTSTART:20261120T140000Z\r
                DTEND:20261120T150000Z\r
                SUMMARY:Team review\r
                ORGANIZER;CN=Carl Berg:mailto:carl@partner.example\r
                ATTENDEE;CN=Ana Lima;PARTSTAT=ACCEPTED:mailto:ana.lima@work.example\r
                END:VEVENT\r
                END:VCALENDAR\r
                """;
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("ana.lima@work.example.ics"));
            out.write(meetings);
            out.putNextEntry(new java.util.zip.ZipEntry("Team_abc@group.calendar.google.com.ics"));
            out.write(shared.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        CalendarSummary summary = ana.capture.calendar().importIcs(zip);

        assertThat(summary.interactions()).isEqualTo(9);
        assertThat(ana.with(ana.carl)).extracting(Interaction::summary).contains("Team review");
        Path folder = Files.createDirectories(dir.resolve("Calendar"));
        Files.write(folder.resolve("ana.lima@work.example.ics"), meetings);
        Files.writeString(folder.resolve("Team.ics"), shared);
        assertThat(ana.capture.calendar().importIcs(folder).skipped().duplicates()).isEqualTo(9);
        Path many = Files.createDirectories(dir.resolve("many"));
        for (int i = 0; i < 5; i++) {
            Files.write(many.resolve(i + ".ics"), meetings);
        }
        java.util.List<String> refused = new java.util.ArrayList<>();
        try {
            dev.kith.capture.calendar.IcsFiles.of(many, new dev.kith.capture.calendar.IcsLimits(
                    meetings.length, 1 << 16, 1000, 100, 100));
        } catch (ImportException e) {
            refused.add(e.getMessage());
        }
        assertThat(refused).singleElement().asString().contains("larger than");
        Path notCalendars = Files.createDirectories(dir.resolve("empty"));
        assertThatThrownBy(() -> ana.capture.calendar().importIcs(notCalendars)).isInstanceOf(ImportException.class)
                .hasMessageContaining("no .ics calendar");
    }

    @BothDatabases
    void onlyEventsLeftOutCountAsUnreadableNotFieldsReadAround(TestDatabase db) throws Exception {
        MailBook ana = new MailBook(db);
        Path ics = dir.resolve("fields.ics");
        Files.writeString(ics, """
                BEGIN:VCALENDAR\r
                VERSION:2.0\r
                BEGIN:VEVENT\r
                UID:bad-start\r
                DTSTART:2026113T100000Z\r
                SUMMARY:Bad start\r
                ATTENDEE:mailto:ana.lima@work.example\r
                END:VEVENT\r
                BEGIN:VEVENT\r
                UID:bad-rule\r
                DTSTART:20261120T100000Z\r
                DTEND:20261120T110000Z\r
                RRULE:FREQ=SOMETIMES\r
                SUMMARY:Bad rule\r
                ORGANIZER:mailto:bea@client.example\r
                ATTENDEE:mailto:ana.lima@work.example\r
                END:VEVENT\r
                END:VCALENDAR\r
                """);

        CalendarSummary summary = ana.capture.calendar().importIcs(ics);

        assertThat(summary.skipped().unreadable()).isEqualTo(1);
        assertThat(summary.warnings()).hasSizeGreaterThanOrEqualTo(2)
                .anySatisfy(w -> assertThat(w).contains("fields.ics:3: event 'bad-start' skipped"));
        assertThat(ana.with(ana.bea)).extracting(Interaction::summary).containsExactly("Bad rule");
    }
}

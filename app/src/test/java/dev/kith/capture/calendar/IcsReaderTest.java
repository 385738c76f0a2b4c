package dev.kith.capture.calendar;

import static dev.kith.capture.calendar.CalendarFixtures.FROM_2025;
import static dev.kith.capture.calendar.CalendarFixtures.PARIS;
import static dev.kith.capture.calendar.CalendarFixtures.TO_2026;
import static dev.kith.capture.calendar.CalendarFixtures.all;
import static dev.kith.capture.calendar.CalendarFixtures.bytes;
import static dev.kith.capture.calendar.CalendarFixtures.only;
import static dev.kith.capture.calendar.CalendarFixtures.read2025;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.io.ImportException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IcsReaderTest {

    @Test
    void googleWeeklySeriesDropsItsExdateAndTakesTheMovedAndCancelledInstancesFromTheirOverrides() {
        List<Meeting> sync = all(read2025("google-export.ics").meetings(), "weekly-sync-1@google.com");

        assertThat(sync).extracting(Meeting::recurrenceId)
                .containsExactly("20250304T150000Z", "20250311T140000Z", "20250325T140000Z");
        assertThat(sync.get(0).start()).isEqualTo(ZonedDateTime.of(2025, 3, 4, 10, 0, 0, 0, ZoneId.of("America/New_York")));
        assertThat(sync.get(0).end().toInstant()).isEqualTo(Instant.parse("2025-03-04T15:30:00Z"));
        assertThat(sync.get(1).start().toInstant()).isEqualTo(Instant.parse("2025-03-12T18:00:00Z"));
        assertThat(sync.get(1).summary()).isEqualTo("Weekly sync (moved to Wednesday)");
        assertThat(sync.get(2).status()).isEqualTo(Meeting.Status.CANCELLED);
        assertThat(sync).allSatisfy(m -> assertThat(m.recurring()).isTrue());
        assertThat(sync.get(0).key()).isEqualTo("weekly-sync-1@google.com|20250304T150000Z");
    }

    @Test
    void googleAttendeesAreLowerCasedWithTheirAnswersRolesAndKinds() {
        Meeting lunch = only(read2025("google-export.ics").meetings(), "lunch-priya@google.com");

        assertThat(lunch.recurrenceId()).isNull();
        assertThat(lunch.recurring()).isFalse();
        assertThat(lunch.key()).isEqualTo("lunch-priya@google.com|");
        assertThat(lunch.location()).isEqualTo("Joe's Diner, 5th Ave, New York");
        assertThat(lunch.organizer()).isEqualTo(Attendee.organizer("me@example.com", "Me Myself"));
        assertThat(lunch.attendees()).containsExactly(
                new Attendee("priya.raman@example.com", "Priya Raman", Attendee.PartStat.ACCEPTED, Attendee.Role.REQUIRED,
                        Attendee.CuType.INDIVIDUAL),
                new Attendee("c_1880abcd9e@resource.calendar.google.com", "NYC-5-Lunch room (6)", Attendee.PartStat.ACCEPTED,
                        Attendee.Role.REQUIRED, Attendee.CuType.RESOURCE),
                new Attendee("me@example.com", "Me Myself", Attendee.PartStat.ACCEPTED, Attendee.Role.REQUIRED,
                        Attendee.CuType.INDIVIDUAL));
        assertThat(lunch.start()).isEqualTo(ZonedDateTime.of(2025, 4, 7, 18, 30, 0, 0, PARIS));
    }

    @Test
    void allDayEventsLastWholeDaysInTheUsersZone() {
        Meeting conference = only(read2025("google-export.ics").meetings(), "conference@google.com");

        assertThat(conference.allDay()).isTrue();
        assertThat(conference.start()).isEqualTo(LocalDate.of(2025, 5, 12).atStartOfDay(PARIS));
        assertThat(conference.end()).isEqualTo(LocalDate.of(2025, 5, 14).atStartOfDay(PARIS));
    }

    @Test
    void googleExportReadsWithoutWarnings() {
        IcsResult result = read2025("google-export.ics");

        assertThat(result.warnings()).isEmpty();
        assertThat(result.meetings()).hasSize(7);
        assertThat(result.meetings()).isSortedAccordingTo((a, b) -> a.start().toInstant().compareTo(b.start().toInstant()));
    }

    @Test
    void outlookWindowsZoneWithItsVtimezoneReadsInTheMatchingIanaZone() {
        Meeting coffee = only(read2025("outlook-export.ics").meetings(),
                "040000008200E00074C5B7101A82E00800000000D0B6D1F2A5C9DB01000000000000000010000000E4C3B5A1D2F3E44A8B9C0D1E2F3A4B5C");

        assertThat(coffee.start()).isEqualTo(ZonedDateTime.of(2025, 6, 3, 9, 30, 0, 0, ZoneId.of("Europe/Berlin")));
        assertThat(coffee.end().toInstant()).isEqualTo(Instant.parse("2025-06-03T08:00:00Z"));
        assertThat(coffee.summary()).isEqualTo("Kaffee mit Hans");
        assertThat(coffee.location()).isEqualTo("Café Einstein");
        assertThat(coffee.organizer()).isEqualTo(Attendee.organizer("hans.mueller@example.de", "Müller, Hans"));
        assertThat(coffee.attendees()).extracting(Attendee::email, Attendee::role).containsExactly(
                org.assertj.core.groups.Tuple.tuple("hans.mueller@example.de", Attendee.Role.REQUIRED),
                org.assertj.core.groups.Tuple.tuple("me@example.com", Attendee.Role.OPTIONAL));
    }

    @Test
    void outlookWindowsZoneWithoutVtimezoneIsMappedAndDurationGivesTheEnd() {
        IcsResult result = read2025("outlook-export.ics");
        Meeting call = only(result.meetings(), "outlook-pst-1");

        assertThat(call.start()).isEqualTo(ZonedDateTime.of(2025, 6, 10, 9, 0, 0, 0, ZoneId.of("America/Los_Angeles")));
        assertThat(call.end()).isEqualTo(call.start().plusMinutes(45));
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void outlookCustomizedZoneKeepsItsOwnOffset() {
        Meeting review = only(read2025("outlook-export.ics").meetings(), "outlook-custom-zone-1");

        assertThat(review.start().toInstant()).isEqualTo(Instant.parse("2025-06-15T04:30:00Z"));
        assertThat(review.start().getOffset()).isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
    }

    @Test
    void outlookWeeklySeriesCrossesTheEndOfSummerTimeInItsOwnZone() {
        List<Meeting> standup = all(read2025("outlook-export.ics").meetings(), "outlook-standup-1");

        assertThat(standup).extracting(m -> m.start().toInstant()).containsExactly(
                Instant.parse("2025-10-20T07:00:00Z"), Instant.parse("2025-10-27T08:00:00Z"),
                Instant.parse("2025-11-10T08:00:00Z"));
        assertThat(standup).allSatisfy(m -> assertThat(m.start().toLocalTime()).hasToString("09:00"));
    }

    @Test
    void appleAttendeeWithUrnTakesItsEmailParameterAndCaretEscapesAreDecoded() {
        Meeting lunch = only(read2025("apple-export.ics").meetings(), "5F3A2B1C-1D2E-4F5A-8B9C-0D1E2F3A4B5C");

        assertThat(lunch.attendees()).extracting(Attendee::email, Attendee::name).containsExactly(
                org.assertj.core.groups.Tuple.tuple("claire@example.fr", "Claire Dubois"),
                org.assertj.core.groups.Tuple.tuple("me@example.com", "Me"),
                org.assertj.core.groups.Tuple.tuple("jean.martin@example.fr", "Jean \"JJ\" Martin"));
        assertThat(lunch.location()).isEqualTo("Le Petit Zinc 11 Rue Saint-Benoît, Paris");
        assertThat(lunch.start()).isEqualTo(ZonedDateTime.of(2025, 9, 16, 12, 30, 0, 0, PARIS));
    }

    @Test
    void floatingTimesAreReadInTheUsersZone() {
        ZoneId newYork = ZoneId.of("America/New_York");
        IcsResult result = new IcsReader(newYork, IcsLimits.DEFAULT).read("apple-export.ics",
                bytes("apple-export.ics"), FROM_2025, TO_2026);

        Meeting drinks = only(result.meetings(), "floating-1@apple");
        assertThat(drinks.start()).isEqualTo(ZonedDateTime.of(2025, 9, 20, 18, 0, 0, 0, newYork));
        assertThat(only(read2025("apple-export.ics").meetings(), "floating-1@apple").start())
                .isEqualTo(ZonedDateTime.of(2025, 9, 20, 18, 0, 0, 0, PARIS));
    }

    @Test
    void aTimedEventWithoutEndOrDurationEndsWhenItStarts() {
        Meeting breakfast = only(read2025("apple-export.ics").meetings(), "no-end@apple");

        assertThat(breakfast.end()).isEqualTo(breakfast.start());
    }

    @Test
    void anAllDayYearlySeriesIsKeyedByItsDates() {
        Meeting birthday = only(read2025("apple-export.ics").meetings(), "birthday@apple");

        assertThat(birthday.recurrenceId()).isEqualTo("20250301");
        assertThat(birthday.allDay()).isTrue();
        assertThat(birthday.end()).isEqualTo(LocalDate.of(2025, 3, 2).atStartOfDay(PARIS));
    }

    @Test
    void rfc5545RecurrenceExamplesExpandAsTheRfcLists() {
        IcsResult result = new IcsReader(ZoneId.of("America/New_York"), IcsLimits.DEFAULT).read("rfc5545-examples.ics",
                bytes("rfc5545-examples.ics"), Instant.parse("1997-01-01T00:00:00Z"), Instant.parse("1999-01-01T00:00:00Z"));

        assertThat(result.warnings()).isEmpty();
        assertThat(days(result, "daily-10@example.com")).containsExactly("1997-09-02", "1997-09-03", "1997-09-04",
                "1997-09-05", "1997-09-06", "1997-09-07", "1997-09-08", "1997-09-09", "1997-09-10", "1997-09-11");
        assertThat(days(result, "first-friday@example.com")).containsExactly("1997-09-05", "1997-10-03", "1997-11-07",
                "1997-12-05", "1998-01-02", "1998-02-06", "1998-03-06", "1998-04-03", "1998-05-01", "1998-06-05");
        assertThat(days(result, "every-other-week@example.com")).containsExactly("1997-09-01", "1997-09-03",
                "1997-09-05", "1997-09-15", "1997-09-17", "1997-09-19", "1997-09-29", "1997-10-01", "1997-10-03",
                "1997-10-13", "1997-10-15", "1997-10-17", "1997-10-27", "1997-10-29", "1997-10-31", "1997-11-10",
                "1997-11-12", "1997-11-14", "1997-11-24", "1997-11-26", "1997-11-28", "1997-12-08", "1997-12-10",
                "1997-12-12", "1997-12-22");
        assertThat(all(result.meetings(), "first-friday@example.com"))
                .allSatisfy(m -> assertThat(m.start().toLocalTime()).hasToString("09:00"));
        assertThat(days(result, "rdates@example.com")).containsExactly("1997-07-14", "1997-07-15", "1997-07-20");
        assertThat(only(result.meetings(), "19970901T130000Z-123401@example.com").end().toInstant())
                .isEqualTo(Instant.parse("1997-09-03T19:00:00Z"));
    }

    @Test
    void theStartOfASeriesIsItsFirstOccurrenceEvenOffItsRule() {
        IcsResult result = new IcsReader(ZoneId.of("America/New_York"), IcsLimits.DEFAULT).read("rfc5545-examples.ics",
                bytes("rfc5545-examples.ics"), Instant.parse("1997-01-01T00:00:00Z"), Instant.parse("1999-01-01T00:00:00Z"));

        assertThat(days(result, "start-off-rule@example.com")).startsWith("1997-09-03", "1997-09-09");
    }

    @Test
    void onlyOccurrencesStartingInTheWindowAreReturned() {
        IcsResult result = new IcsReader(ZoneId.of("America/New_York"), IcsLimits.DEFAULT).read("rfc5545-examples.ics",
                bytes("rfc5545-examples.ics"), Instant.parse("1997-09-05T00:00:00Z"), Instant.parse("1997-09-08T00:00:00Z"));

        assertThat(days(result, "daily-10@example.com")).containsExactly("1997-09-05", "1997-09-06", "1997-09-07");
    }

    @Test
    void badEventsAreSkippedWithTheirLineAndReasonAndTheRestIsRead() {
        IcsResult result = read2025("broken-events.ics");

        assertThat(result.meetings()).extracting(Meeting::uid).containsExactly("good-1", "backwards", "mystery-zone");
        assertThat(only(result.meetings(), "backwards").end()).isEqualTo(only(result.meetings(), "backwards").start());
        assertThat(only(result.meetings(), "mystery-zone").start().toInstant()).isEqualTo(Instant.parse("2025-03-04T10:00:00Z"));
        assertThat(result.warnings()).extracting(CalendarWarning::line).contains(10L, 12L, 15L, 23L);
        assertThat(result.warnings()).anySatisfy(w -> assertThat(w.toString())
                .isEqualTo("broken-events.ics:10: event 'bad-start' skipped: no readable start (DTSTART)"));
        assertThat(result.warnings()).anySatisfy(w -> assertThat(w.toString())
                .isEqualTo("broken-events.ics:15: event 'backwards': ends (DTEND) before it starts (DTSTART); read without"
                        + " its end"));
        assertThat(result.warnings()).anySatisfy(w -> assertThat(w.toString()).startsWith(
                "broken-events.ics:23: unknown time zone 'Mars/Olympus_Mons'"));
    }

    @Test
    void aFileThatIsNotICalendarIsRejectedWithItsLine() {
        IcsReader reader = new IcsReader(PARIS, IcsLimits.DEFAULT);

        assertThatThrownBy(() -> reader.read("contacts.vcf", bytes("not-a-calendar.vcf"), FROM_2025, TO_2026))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.file()).isEqualTo("contacts.vcf");
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.reason()).isEqualTo("not an iCalendar file: expected BEGIN:VCALENDAR, found 'BEGIN:VCARD'");
                });
        assertThatThrownBy(() -> reader.read("mail.txt", bytes("mail-not-calendar.txt"), FROM_2025, TO_2026))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.line()).isEqualTo(3));
        assertThatThrownBy(() -> reader.read("empty.ics", new byte[0], FROM_2025, TO_2026))
                .hasMessage("empty.ics: not an iCalendar file: it is empty");
        assertThatThrownBy(() -> reader.read("photo.ics", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'},
                FROM_2025, TO_2026)).isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.line()).isEqualTo(1));
    }

    @Test
    void limitsOnSizeLinesAndComponentsRejectTheFile() {
        String ics = new String(bytes("google-export.ics"), StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new IcsReader(PARIS, new IcsLimits(1000, 1000, 1000, 10, 100)).read("big.ics", ics, FROM_2025, TO_2026))
                .hasMessage("big.ics: the calendar is larger than 1000 bytes");
        assertThatThrownBy(() -> new IcsReader(PARIS, new IcsLimits(1 << 20, 70, 1000, 10, 100)).read("long.ics", ics, FROM_2025, TO_2026))
                .hasMessage("long.ics:34: line longer than 70 characters");
        assertThatThrownBy(() -> new IcsReader(PARIS, new IcsLimits(1 << 20, 1000, 5, 10, 100)).read("many.ics", ics, FROM_2025, TO_2026))
                .hasMessage("many.ics:48: more than 5 components");
    }

    @Test
    void aCalendarCutShortInsideAnEventIsRefusedWithThatEventsLine() {
        String whole = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VEVENT", "UID:a",
                "DTSTART:20251201T100000Z", "SUMMARY:Lunch with Ana", "END:VEVENT", "BEGIN:VEVENT", "UID:b",
                "DTSTART:20251202T100000Z", "SUMMARY:Lunch wi");
        IcsReader reader = new IcsReader(PARIS, IcsLimits.DEFAULT);

        assertThatThrownBy(() -> reader.read("cut.ics", whole, FROM_2025, TO_2026))
                .hasMessage("cut.ics:8: the calendar ends inside the VEVENT that starts here (no END:VEVENT): it was cut short");
        // cut between two events: what is missing cannot be told either (structural, refused with its line)
        assertThatThrownBy(() -> reader.read("no-end.ics", whole.substring(0, whole.indexOf("BEGIN:VEVENT\r\nUID:b")),
                FROM_2025, TO_2026)).isInstanceOf(ImportException.class)
                .hasMessage("no-end.ics:7: the calendar ends here without END:VCALENDAR: it was cut short, and what is"
                        + " missing cannot be told");
    }

    @Test
    void aWarningForAnUnknownZoneNamesTheLineOfItsFirstUseQuotedOrNot() {
        String ics = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VEVENT", "UID:a",
                "DTSTART;TZID=\"Nowhere Standard Time\":20251201T100000", "SUMMARY:a", "END:VEVENT", "BEGIN:VEVENT",
                "UID:b", "DTSTART;VALUE=DATE-TIME;TZID=Atlantis/Capital:20251202T100000", "SUMMARY:b", "END:VEVENT",
                "END:VCALENDAR", "");

        IcsResult result = new IcsReader(PARIS, IcsLimits.DEFAULT).read("zones.ics", ics, FROM_2025, TO_2026);

        assertThat(result.warnings()).extracting(CalendarWarning::toString).containsExactly(
                "zones.ics:5: unknown time zone 'Nowhere Standard Time' (no VTIMEZONE, not an IANA or Windows name);"
                        + " times read as UTC",
                "zones.ics:10: unknown time zone 'Atlantis/Capital' (no VTIMEZONE, not an IANA or Windows name);"
                        + " times read as UTC");
    }

    @Test
    void aCalendarOfThousandsOfTimeZonesIsRefusedQuicklyInsteadOfReadInQuadraticTime() {
        StringBuilder named = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n");
        StringBuilder defined = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n");
        for (int i = 0; i < 20_000; i++) {
            named.append("BEGIN:VEVENT\r\nUID:u").append(i).append("\r\nDTSTART;TZID=Nowhere/Zone").append(i)
                    .append(":20251201T100000\r\nSUMMARY:s\r\nEND:VEVENT\r\n");
            defined.append("BEGIN:VTIMEZONE\r\nTZID:Zone").append(i).append("\r\nBEGIN:STANDARD\r\n")
                    .append("DTSTART:16011028T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\n")
                    .append("END:VTIMEZONE\r\n");
        }
        named.append("END:VCALENDAR\r\n");
        defined.append("END:VCALENDAR\r\n");

        IcsReader reader = new IcsReader(PARIS, IcsLimits.DEFAULT);
        long start = System.nanoTime();
        assertThatThrownBy(() -> reader.read("named.ics", named.toString(), FROM_2025, TO_2026))
                .hasMessage("named.ics:5005: more than 1000 time zones in one calendar");
        assertThatThrownBy(() -> reader.read("defined.ics", defined.toString(), FROM_2025, TO_2026))
                .hasMessage("defined.ics:8003: more than 1000 time zones in one calendar");
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(java.time.Duration.ofSeconds(20));
    }

    @Test
    void anEndlessSeriesStopsAtTheOccurrenceLimitWithAWarning() {
        String ics = "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:every-minute\nDTSTART:20250101T000000Z\n"
                + "RRULE:FREQ=MINUTELY\nSUMMARY:Spam\nEND:VEVENT\nEND:VCALENDAR\n";

        IcsResult result = new IcsReader(PARIS, new IcsLimits(1 << 20, 1000, 100, 50, 1000)).read("spam.ics", ics, FROM_2025, TO_2026);

        assertThat(result.meetings()).hasSize(50);
        assertThat(result.warnings()).extracting(CalendarWarning::toString)
                .containsExactly("spam.ics:3: event 'every-minute' recurs more than 50 times in the window; the rest are left out");
    }

    @Test
    void aSecondlySeriesStopsQuicklyAtItsLimitEvenYearsAfterItsStart() {
        String ics = "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:every-second\nDTSTART:20000101T000000Z\n"
                + "RRULE:FREQ=SECONDLY\nEND:VEVENT\nEND:VCALENDAR\n";

        IcsResult result = new IcsReader(PARIS, IcsLimits.DEFAULT).read("spam.ics", ics, FROM_2025, TO_2026);

        assertThat(result.meetings()).hasSize(IcsLimits.DEFAULT.maxOccurrences());
        assertThat(result.meetings().getFirst().start().toInstant()).isEqualTo(FROM_2025);
    }

    @Test
    void theMeetingsOfAReadAreBoundedInAll() {
        StringBuilder ics = new StringBuilder("BEGIN:VCALENDAR\nVERSION:2.0\n");
        for (int i = 0; i < 5; i++) {
            ics.append("BEGIN:VEVENT\nUID:daily-").append(i).append("\nDTSTART:20250101T0").append(i)
                    .append("0000Z\nRRULE:FREQ=DAILY\nEND:VEVENT\n");
        }
        ics.append("END:VCALENDAR\n");

        IcsResult result = new IcsReader(PARIS, new IcsLimits(1 << 20, 1000, 100, 1000, 700)).read("many.ics", ics.toString(),
                FROM_2025, TO_2026);

        assertThat(result.meetings()).hasSize(700);
        assertThat(result.warnings()).extracting(CalendarWarning::toString)
                .containsExactly("many.ics: more than 700 meetings in the window; the rest are left out");
    }

    @Test
    void lfLineEndsAndCrlfReadAlike() {
        String crlf = new String(bytes("google-export.ics"), StandardCharsets.UTF_8);
        IcsReader reader = new IcsReader(PARIS, IcsLimits.DEFAULT);

        assertThat(reader.read("lf.ics", crlf.replace("\r\n", "\n"), FROM_2025, TO_2026).meetings())
                .isEqualTo(reader.read("crlf.ics", crlf, FROM_2025, TO_2026).meetings());
    }

    @Test
    void aFileIsReadFromDiskWithItsNameAsSource(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("cal.ics");
        Files.write(file, bytes("broken-events.ics"));

        IcsResult result = new IcsReader(PARIS, IcsLimits.DEFAULT).read(file, FROM_2025, TO_2026);

        assertThat(result.warnings()).first().extracting(CalendarWarning::source).isEqualTo(file.toString());
        assertThatThrownBy(() -> new IcsReader(PARIS, IcsLimits.DEFAULT).read(dir.resolve("missing.ics"), FROM_2025, TO_2026))
                .isInstanceOf(ImportException.class).hasMessageEndingWith("missing.ics: no such file");
    }

    private static List<String> days(IcsResult result, String uid) {
        return all(result.meetings(), uid).stream().map(m -> m.start().toLocalDate().toString()).toList();
    }

    @Test
    void aLineFoldedInsideAMultibyteCharacterIsReadAsUtf8() {
        String summary = "SUMMARY:Caf\u00e9 avec Fran\u00e7oise \u2615 et l'\u00e9quipe de Z\u00fcrich, d\u00e9jeuner";
        byte[] line = summary.getBytes(StandardCharsets.UTF_8);
        int cut = summary.indexOf("\u2615") + 5; // inside the three bytes of the cup, as Google folds at 75 octets
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:fold@google.com\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        out.write(line, 0, cut);
        out.writeBytes("\r\n ".getBytes(StandardCharsets.US_ASCII));
        out.write(line, cut, line.length - cut);
        out.writeBytes("\r\nDTSTART:20250407T163000Z\r\nDTEND:20250407T173000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
                .getBytes(StandardCharsets.US_ASCII));

        IcsResult result = new IcsReader(PARIS, IcsLimits.DEFAULT).read("folded.ics", out.toByteArray(), FROM_2025,
                TO_2026);

        assertThat(result.warnings()).isEmpty();
        assertThat(only(result.meetings(), "fold@google.com").summary()).isEqualTo(summary.substring(8));
    }

    /** The calendar of {@code lines} (joined with CRLF) read in Paris over 2025. */
    private static IcsResult readLines(String... lines) {
        String text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Kith tests//EN\r\n" + String.join("\r\n", lines)
                + "\r\nEND:VCALENDAR\r\n";
        return new IcsReader(PARIS, IcsLimits.DEFAULT).read("t.ics", text.getBytes(StandardCharsets.UTF_8), FROM_2025,
                TO_2026);
    }

    @Test
    void anUntilWrittenAsADateOrWithoutZKeepsTheSeriesLastOccurrenceWhateverTheUsersZone() {
        IcsResult read = readLines("BEGIN:VEVENT", "UID:date-until", "DTSTART;TZID=America/New_York:20250106T090000",
                "DTEND;TZID=America/New_York:20250106T100000", "RRULE:FREQ=WEEKLY;UNTIL=20250127", "END:VEVENT",
                "BEGIN:VEVENT", "UID:floating-until", "DTSTART;TZID=America/New_York:20250106T090000",
                "DTEND;TZID=America/New_York:20250106T100000", "RRULE:FREQ=WEEKLY;UNTIL=20250127T090000", "END:VEVENT",
                "BEGIN:VEVENT", "UID:utc-until", "DTSTART;TZID=America/New_York:20250106T090000",
                "RRULE:FREQ=WEEKLY;UNTIL=20250127T135959Z", "END:VEVENT");

        assertThat(days(read, "date-until")).containsExactly("2025-01-06", "2025-01-13", "2025-01-20", "2025-01-27");
        assertThat(days(read, "floating-until")).containsExactly("2025-01-06", "2025-01-13", "2025-01-20", "2025-01-27");
        assertThat(days(read, "utc-until")).containsExactly("2025-01-06", "2025-01-13", "2025-01-20");
    }

    @Test
    void anExdateWrittenAsADateTakesOutThatDaysOccurrenceOfATimedSeries() {
        IcsResult read = readLines("BEGIN:VEVENT", "UID:daily", "DTSTART;TZID=Europe/Paris:20250106T090000",
                "DTEND;TZID=Europe/Paris:20250106T100000", "RRULE:FREQ=DAILY;COUNT=4",
                "EXDATE;VALUE=DATE:20250107,20250106", "END:VEVENT");

        assertThat(days(read, "daily")).containsExactly("2025-01-08", "2025-01-09");
    }

    @Test
    void anImpossibleDateIsABadEventNotADateMonthsLater() {
        IcsResult read = readLines("BEGIN:VEVENT", "UID:month-13", "DTSTART;TZID=Europe/Paris:20251341T090000",
                "SUMMARY:Never", "END:VEVENT", "BEGIN:VEVENT", "UID:hour-25", "DTSTART:20250301T250000Z", "END:VEVENT",
                "BEGIN:VEVENT", "UID:end-day-32", "DTSTART:20251230T100000Z", "DTEND:20251232T110000Z", "END:VEVENT",
                "BEGIN:VEVENT", "UID:fine", "DTSTART:20250301T090000Z", "END:VEVENT");

        assertThat(read.meetings()).extracting(Meeting::uid).containsExactly("fine", "end-day-32");
        assertThat(read.warnings()).extracting(CalendarWarning::line).contains(4L, 9L, 13L);
        assertThat(read.warnings()).anySatisfy(w -> assertThat(w.toString()).contains("month-13", "impossible start"));
        assertThat(read.warnings()).anySatisfy(w -> assertThat(w.toString()).contains("end-day-32", "impossible end"));
    }

    @Test
    void anOutlookAllDayEventWrittenMidnightToMidnightInItsZoneLastsThoseDaysForTheUser() {
        IcsResult read = readLines("BEGIN:VEVENT", "UID:offsite", "DTSTART;TZID=Pacific Standard Time:20250113T000000",
                "DTEND;TZID=Pacific Standard Time:20250115T000000", "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE", "END:VEVENT",
                "BEGIN:VEVENT", "UID:late", "DTSTART;TZID=Pacific Standard Time:20250116T000000",
                "DTEND;TZID=Pacific Standard Time:20250116T010000", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "END:VEVENT");

        Meeting offsite = only(read.meetings(), "offsite");
        assertThat(offsite.allDay()).isTrue();
        assertThat(offsite.start()).isEqualTo(LocalDate.of(2025, 1, 13).atStartOfDay(PARIS));
        assertThat(offsite.end()).isEqualTo(LocalDate.of(2025, 1, 15).atStartOfDay(PARIS));
        assertThat(only(read.meetings(), "late").allDay()).isFalse();
    }
}

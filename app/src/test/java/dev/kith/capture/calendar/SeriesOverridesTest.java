package dev.kith.capture.calendar;

import static dev.kith.capture.calendar.CalendarFixtures.FROM_2025;
import static dev.kith.capture.calendar.CalendarFixtures.PARIS;
import static dev.kith.capture.calendar.CalendarFixtures.TO_2026;
import static dev.kith.capture.calendar.CalendarFixtures.all;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How a series' instances are found and replaced: RECURRENCE-IDs written floating or as dates (as Outlook,
 * Google and Lightning write them) for a zoned series, RDATEs as periods and dates, and RANGE=THISANDFUTURE.
 */
class SeriesOverridesTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static IcsResult read(String... lines) {
        String text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Kith tests//EN\r\n" + String.join("\r\n", lines)
                + "\r\nEND:VCALENDAR\r\n";
        return new IcsReader(PARIS, IcsLimits.DEFAULT).read("t.ics", text.getBytes(StandardCharsets.UTF_8), FROM_2025,
                TO_2026);
    }

    private static List<LocalDateTime> localStarts(IcsResult read, String uid, ZoneId zone) {
        return all(read.meetings(), uid).stream().map(m -> m.start().withZoneSameInstant(zone).toLocalDateTime()).toList();
    }

    private static LocalDateTime at(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2025, month, day, hour, minute);
    }

    @Test
    void aFloatingRecurrenceIdReplacesTheInstanceOfThatLocalTimeInTheSeriesZone() {
        IcsResult read = read("BEGIN:VEVENT", "UID:zoned", "DTSTART;TZID=America/New_York:20250106T090000",
                "DURATION:PT1H", "RRULE:FREQ=WEEKLY;COUNT=3", "SUMMARY:Sync", "END:VEVENT",
                "BEGIN:VEVENT", "UID:zoned", "RECURRENCE-ID:20250113T090000",
                "DTSTART;TZID=America/New_York:20250113T110000", "DURATION:PT1H", "SUMMARY:Sync (moved)", "END:VEVENT",
                "BEGIN:VEVENT", "UID:utc", "DTSTART:20250106T090000Z", "DURATION:PT1H", "RRULE:FREQ=WEEKLY;COUNT=3",
                "END:VEVENT",
                "BEGIN:VEVENT", "UID:utc", "RECURRENCE-ID:20250113T090000", "DTSTART:20250113T120000Z",
                "DURATION:PT1H", "END:VEVENT");

        assertThat(localStarts(read, "zoned", NEW_YORK)).containsExactly(at(1, 6, 9, 0), at(1, 13, 11, 0), at(1, 20, 9, 0));
        assertThat(all(read.meetings(), "zoned")).extracting(Meeting::recurrenceId)
                .containsExactly("20250106T140000Z", "20250113T140000Z", "20250120T140000Z");
        assertThat(all(read.meetings(), "zoned").get(1).summary()).isEqualTo("Sync (moved)");
        assertThat(all(read.meetings(), "utc")).extracting(Meeting::recurrenceId)
                .containsExactly("20250106T090000Z", "20250113T090000Z", "20250120T090000Z");
        assertThat(all(read.meetings(), "utc").get(1).start().toInstant()).isEqualTo(Instant.parse("2025-01-13T12:00:00Z"));
    }

    @Test
    void aRecurrenceIdWrittenAsADateReplacesThatDaysInstanceInTheSeriesZone() {
        // 23:30 in New York is already the next day in Paris, the user's zone: the date is New York's
        IcsResult read = read("BEGIN:VEVENT", "UID:late", "DTSTART;TZID=America/New_York:20250106T233000",
                "DURATION:PT30M", "RRULE:FREQ=DAILY;COUNT=3", "END:VEVENT",
                "BEGIN:VEVENT", "UID:late", "RECURRENCE-ID;VALUE=DATE:20250107", "DTSTART;TZID=America/New_York:20250107T220000",
                "DURATION:PT30M", "SUMMARY:Earlier", "END:VEVENT");

        assertThat(localStarts(read, "late", NEW_YORK)).containsExactly(at(1, 6, 23, 30), at(1, 7, 22, 0), at(1, 8, 23, 30));
        assertThat(all(read.meetings(), "late").get(1).recurrenceId()).isEqualTo("20250108T043000Z");
    }

    @Test
    void aDateTimeRecurrenceIdOfAnAllDaySeriesReplacesThatDate() {
        IcsResult read = read("BEGIN:VEVENT", "UID:days", "DTSTART;VALUE=DATE:20250106", "RRULE:FREQ=DAILY;COUNT=3",
                "END:VEVENT",
                "BEGIN:VEVENT", "UID:days", "RECURRENCE-ID:20250107T000000", "DTSTART;VALUE=DATE:20250110",
                "SUMMARY:Moved", "END:VEVENT");

        assertThat(all(read.meetings(), "days")).extracting(m -> m.start().toLocalDate())
                .containsExactly(LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 8), LocalDate.of(2025, 1, 10));
        assertThat(all(read.meetings(), "days").get(2).recurrenceId()).isEqualTo("20250107");
    }

    @Test
    void rdatePeriodsAndDatesAddInstancesWithTheirOwnLengths() {
        IcsResult read = read("BEGIN:VEVENT", "UID:workshop", "DTSTART;TZID=Europe/Paris:20250106T090000",
                "DTEND;TZID=Europe/Paris:20250106T100000", "RRULE:FREQ=WEEKLY;COUNT=2",
                "RDATE;VALUE=PERIOD;TZID=Europe/Paris:20250301T140000/20250301T170000,20250302T100000Z/PT30M",
                "RDATE;VALUE=DATE:20250305", "RDATE;VALUE=PERIOD:20270101T100000Z/PT1H",
                "EXDATE;TZID=Europe/Paris:20250113T090000", "END:VEVENT",
                "BEGIN:VEVENT", "UID:periods-only", "DTSTART:20250401T080000Z", "DURATION:PT1H",
                "RDATE;VALUE=PERIOD:20250402T080000Z/20250402T083000Z", "END:VEVENT");

        List<Meeting> workshop = all(read.meetings(), "workshop");
        assertThat(localStarts(read, "workshop", PARIS))
                .containsExactly(at(1, 6, 9, 0), at(3, 1, 14, 0), at(3, 2, 11, 0), at(3, 5, 9, 0));
        assertThat(workshop).extracting(m -> Duration.between(m.start(), m.end()))
                .containsExactly(Duration.ofHours(1), Duration.ofHours(3), Duration.ofMinutes(30), Duration.ofHours(1));
        assertThat(workshop.get(1).recurrenceId()).isEqualTo("20250301T130000Z");
        assertThat(workshop).allSatisfy(m -> assertThat(m.recurring()).isTrue());
        assertThat(all(read.meetings(), "periods-only")).extracting(Meeting::recurrenceId)
                .containsExactly("20250401T080000Z", "20250402T080000Z");
        assertThat(read.warnings()).isEmpty();
    }

    @Test
    void anRdatePeriodIsReplacedByItsOverride() {
        IcsResult read = read("BEGIN:VEVENT", "UID:p", "DTSTART:20250401T080000Z", "DURATION:PT1H",
                "RDATE;VALUE=PERIOD:20250402T080000Z/PT2H", "END:VEVENT",
                "BEGIN:VEVENT", "UID:p", "RECURRENCE-ID:20250402T080000Z", "DTSTART:20250403T080000Z",
                "DURATION:PT1H", "END:VEVENT");

        assertThat(all(read.meetings(), "p")).extracting(m -> m.start().toInstant())
                .containsExactly(Instant.parse("2025-04-01T08:00:00Z"), Instant.parse("2025-04-03T08:00:00Z"));
    }

    @Test
    void thisAndFutureMovesThatInstanceAndEveryLaterOneAndChangesTheirFields() {
        // New York's summer time starts on 9 March 2025: the later instances stay at 10:00 there
        IcsResult read = read("BEGIN:VEVENT", "UID:standup", "DTSTART;TZID=America/New_York:20250224T090000",
                "DTEND;TZID=America/New_York:20250224T100000", "RRULE:FREQ=WEEKLY;COUNT=5", "SUMMARY:Standup",
                "ATTENDEE;CN=Ana:mailto:ana@example.com", "END:VEVENT",
                "BEGIN:VEVENT", "UID:standup", "RECURRENCE-ID;RANGE=THISANDFUTURE;TZID=America/New_York:20250303T090000",
                "DTSTART;TZID=America/New_York:20250303T100000", "DTEND;TZID=America/New_York:20250303T103000",
                "SUMMARY:Standup (new time)", "ATTENDEE;CN=Bea:mailto:bea@example.com", "END:VEVENT",
                "BEGIN:VEVENT", "UID:standup", "RECURRENCE-ID;TZID=America/New_York:20250317T090000",
                "DTSTART;TZID=America/New_York:20250318T080000", "DTEND;TZID=America/New_York:20250318T090000",
                "SUMMARY:Standup (Tuesday)", "END:VEVENT");

        List<Meeting> standup = all(read.meetings(), "standup");
        assertThat(localStarts(read, "standup", NEW_YORK)).containsExactly(at(2, 24, 9, 0), at(3, 3, 10, 0),
                at(3, 10, 10, 0), at(3, 18, 8, 0), at(3, 24, 10, 0));
        assertThat(standup).extracting(Meeting::recurrenceId).containsExactly("20250224T140000Z", "20250303T140000Z",
                "20250310T130000Z", "20250317T130000Z", "20250324T130000Z");
        assertThat(standup).extracting(Meeting::summary).containsExactly("Standup", "Standup (new time)",
                "Standup (new time)", "Standup (Tuesday)", "Standup (new time)");
        assertThat(standup.get(2).end()).isEqualTo(standup.get(2).start().plusMinutes(30));
        assertThat(standup.get(4).attendees()).extracting(Attendee::email).containsExactly("bea@example.com");
        assertThat(standup.get(0).attendees()).extracting(Attendee::email).containsExactly("ana@example.com");
    }

    @Test
    void thisAndFutureMovingInstancesIntoTheWindowFindsThem() {
        // the series' instances before the window are moved a week later, into it
        IcsResult read = new IcsReader(PARIS, IcsLimits.DEFAULT).read("t.ics", String.join("\r\n", "BEGIN:VCALENDAR",
                "VERSION:2.0", "BEGIN:VEVENT", "UID:weekly", "DTSTART:20241202T090000Z", "DURATION:PT1H",
                "RRULE:FREQ=WEEKLY;COUNT=6", "END:VEVENT", "BEGIN:VEVENT", "UID:weekly",
                "RECURRENCE-ID;RANGE=THISANDFUTURE:20241216T090000Z", "DTSTART:20241223T090000Z", "DURATION:PT1H",
                "END:VEVENT", "END:VCALENDAR", "").getBytes(StandardCharsets.UTF_8),
                Instant.parse("2024-12-30T00:00:00Z"), TO_2026);

        assertThat(all(read.meetings(), "weekly")).extracting(m -> m.start().toInstant()).containsExactly(
                Instant.parse("2024-12-30T09:00:00Z"), Instant.parse("2025-01-06T09:00:00Z"),
                Instant.parse("2025-01-13T09:00:00Z"));
    }

    @Test
    void anExdateWithoutZoneTakesOutTheInstanceOfThatLocalTimeInTheSeriesZone() {
        IcsResult read = read("BEGIN:VEVENT", "UID:zoned", "DTSTART;TZID=America/New_York:20250106T090000",
                "DURATION:PT1H", "RRULE:FREQ=DAILY;COUNT=3", "EXDATE:20250107T090000", "END:VEVENT",
                "BEGIN:VEVENT", "UID:utc", "DTSTART:20250106T140000Z", "DURATION:PT1H", "RRULE:FREQ=DAILY;COUNT=3",
                "EXDATE:20250107T140000,20250106T140000", "END:VEVENT");

        assertThat(localStarts(read, "zoned", NEW_YORK)).containsExactly(at(1, 6, 9, 0), at(1, 8, 9, 0));
        assertThat(all(read.meetings(), "utc")).extracting(Meeting::recurrenceId).containsExactly("20250108T140000Z");
    }

    @Test
    void thisAndFutureMovingInstancesCenturiesAwayLeavesTheEarlierOnesInTheWindow() {
        IcsResult read = read("BEGIN:VEVENT", "UID:daily", "DTSTART:20250106T090000Z", "DURATION:PT1H",
                "RRULE:FREQ=DAILY", "END:VEVENT",
                "BEGIN:VEVENT", "UID:daily", "RECURRENCE-ID;RANGE=THISANDFUTURE:20250109T090000Z",
                "DTSTART:99990109T090000Z", "DURATION:PT1H", "END:VEVENT");

        assertThat(all(read.meetings(), "daily")).extracting(Meeting::recurrenceId)
                .containsExactly("20250106T090000Z", "20250107T090000Z", "20250108T090000Z");
    }
}

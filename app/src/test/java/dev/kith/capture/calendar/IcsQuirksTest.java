package dev.kith.capture.calendar;

import static dev.kith.capture.calendar.CalendarFixtures.FROM_2025;
import static dev.kith.capture.calendar.CalendarFixtures.PARIS;
import static dev.kith.capture.calendar.CalendarFixtures.TO_2026;
import static dev.kith.capture.calendar.CalendarFixtures.all;
import static dev.kith.capture.calendar.CalendarFixtures.only;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** What real exporters write that RFC 5545 does not allow, read as they meant it. */
class IcsQuirksTest {
    private static final String CALENDAR = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0",
            "PRODID:-//Kith tests//EN", "BEGIN:VEVENT", "UID:lunch", "DTSTART;TZID=europe/paris:20250106T123000",
            "DURATION:PT1H", "SUMMARY:Déjeuner avec Françoise", "END:VEVENT", "END:VCALENDAR", "");

    private static IcsResult read(byte[] bytes) {
        return new IcsReader(ZoneId.of("America/New_York"), IcsLimits.DEFAULT).read("t.ics", bytes, FROM_2025, TO_2026);
    }

    @Test
    void aCalendarSavedAsUtf16WithItsByteOrderMarkIsRead() {
        for (byte[] bytes : new byte[][] {utf16(true), utf16(false)}) {
            Meeting lunch = only(read(bytes).meetings(), "lunch");

            assertThat(lunch.summary()).isEqualTo("Déjeuner avec Françoise");
            assertThat(lunch.start()).isEqualTo(ZonedDateTime.of(2025, 1, 6, 12, 30, 0, 0, PARIS));
        }
    }

    @Test
    void aTzidWrittenInLowerCaseIsItsIanaZoneWithoutWarning() {
        IcsResult read = read(CALENDAR.getBytes(StandardCharsets.UTF_8));

        assertThat(only(read.meetings(), "lunch").start()).isEqualTo(ZonedDateTime.of(2025, 1, 6, 12, 30, 0, 0, PARIS));
        assertThat(read.warnings()).isEmpty();
    }

    /** The calendar in UTF-16 with its byte-order mark, little-endian (as Windows writes "Unicode") or big-endian. */
    private static byte[] utf16(boolean littleEndian) {
        byte[] text = CALENDAR.getBytes(littleEndian ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
        byte[] bytes = new byte[text.length + 2];
        bytes[0] = (byte) (littleEndian ? 0xFF : 0xFE);
        bytes[1] = (byte) (littleEndian ? 0xFE : 0xFF);
        System.arraycopy(text, 0, bytes, 2, text.length);
        return bytes;
    }

    @Test
    void blankLinesBeforeTheCalendarAndAnIndentedFirstLineAreReadAround() {
        for (String before : new String[] {"\r\n\r\n", "\n", " \t\r\n  ", "  "}) {
            IcsResult read = read((before + CALENDAR).getBytes(StandardCharsets.UTF_8));

            assertThat(read.meetings()).as("%s", before.replace("\r", "CR").replace("\n", "LF"))
                    .extracting(Meeting::uid).containsExactly("lunch");
        }
    }

    @Test
    void spacesAtTheEndOfALineAreNotPartOfItsValueButBeforeAFoldTheyAre() {
        IcsResult read = read(String.join("\r\n", "BEGIN:VCALENDAR ", "VERSION:2.0", "BEGIN:VEVENT\t", "UID:weekly ",
                "DTSTART:20250106T090000Z ", "RRULE:FREQ=WEEKLY;COUNT=2 ", "SUMMARY:Lunch with ", " Priya  ", "END:VEVENT ",
                "END:VCALENDAR ", "").getBytes(StandardCharsets.UTF_8));

        assertThat(read.meetings()).extracting(Meeting::recurrenceId).containsExactly("20250106T090000Z", "20250113T090000Z");
        assertThat(read.meetings()).extracting(Meeting::summary).containsOnly("Lunch with Priya");
        assertThat(read.meetings()).extracting(Meeting::uid).containsOnly("weekly");
        assertThat(read.warnings()).isEmpty();
    }

    @Test
    void anExdateWrittenAsMidnightTakesOutThatDateOfAnAllDaySeries() {
        IcsResult read = read(String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VEVENT", "UID:days",
                "DTSTART;VALUE=DATE:20250106", "RRULE:FREQ=DAILY;COUNT=4",
                "EXDATE;TZID=W. Europe Standard Time:20250107T000000", "EXDATE:20250108T000000Z", "END:VEVENT",
                "END:VCALENDAR", "").getBytes(StandardCharsets.UTF_8));

        assertThat(read.meetings()).extracting(Meeting::recurrenceId).containsExactly("20250106", "20250109");
    }

    @Test
    void datesDurationsAndRulesWrittenInLowerCaseAreReadAsInUpperCase() {
        IcsResult read = read(String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VEVENT", "UID:standup",
                "dtstart;tzid=Europe/Paris:20250106t093000", "duration:pt15m", "rrule:freq=weekly;byday=mo;until=20",
                " 250120t235959z", "exdate;tzid=Europe/Paris:20250113t093000", "SUMMARY:Stand-up (keep: its case)",
                "END:VEVENT", "BEGIN:VEVENT", "UID:review", "DTSTART:20250110t140000z", "DTEND:20250110t150000z",
                "END:VEVENT", "END:VCALENDAR", "").getBytes(StandardCharsets.UTF_8));

        assertThat(all(read.meetings(), "standup")).extracting(Meeting::start, Meeting::end).containsExactly(
                tuple(ZonedDateTime.of(2025, 1, 6, 9, 30, 0, 0, PARIS), ZonedDateTime.of(2025, 1, 6, 9, 45, 0, 0, PARIS)),
                tuple(ZonedDateTime.of(2025, 1, 20, 9, 30, 0, 0, PARIS), ZonedDateTime.of(2025, 1, 20, 9, 45, 0, 0, PARIS)));
        assertThat(all(read.meetings(), "standup")).extracting(Meeting::summary).containsOnly("Stand-up (keep: its case)");
        Meeting review = only(read.meetings(), "review");
        assertThat(review.allDay()).isFalse();
        assertThat(review.start().toInstant()).isEqualTo(java.time.Instant.parse("2025-01-10T14:00:00Z"));
        assertThat(review.end().toInstant()).isEqualTo(java.time.Instant.parse("2025-01-10T15:00:00Z"));
        assertThat(read.warnings()).isEmpty();
    }

    @Test
    void aTimeWrittenWithoutItsSecondsIsThatTimeNotAWholeDay() {
        IcsResult read = read(String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VEVENT", "UID:utc",
                "DTSTART:20250106T0930Z", "DTEND:20250106t1000z", "END:VEVENT", "BEGIN:VEVENT", "UID:paris",
                "DTSTART;TZID=Europe/Paris:20250107T0930", "DTEND;TZID=Europe/Paris:20250107T1015", "END:VEVENT",
                "BEGIN:VEVENT", "UID:weekly", "DTSTART;TZID=Europe/Paris:20250108T1400", "DURATION:PT30M",
                "RRULE:FREQ=WEEKLY;UNTIL=20250115T1300Z", "EXDATE;TZID=Europe/Paris:20250115T1400,20250122T1400",
                "END:VEVENT", "END:VCALENDAR", "").getBytes(StandardCharsets.UTF_8));

        Meeting utc = only(read.meetings(), "utc");
        assertThat(utc.allDay()).isFalse();
        assertThat(utc.start().toInstant()).isEqualTo(java.time.Instant.parse("2025-01-06T09:30:00Z"));
        assertThat(utc.end().toInstant()).isEqualTo(java.time.Instant.parse("2025-01-06T10:00:00Z"));
        Meeting paris = only(read.meetings(), "paris");
        assertThat(paris.allDay()).isFalse();
        assertThat(paris.start()).isEqualTo(ZonedDateTime.of(2025, 1, 7, 9, 30, 0, 0, PARIS));
        assertThat(paris.end()).isEqualTo(ZonedDateTime.of(2025, 1, 7, 10, 15, 0, 0, PARIS));
        assertThat(all(read.meetings(), "weekly")).extracting(Meeting::start)
                .containsExactly(ZonedDateTime.of(2025, 1, 8, 14, 0, 0, 0, PARIS));
        assertThat(read.warnings()).isEmpty();
    }

    @Test
    void secondsAreAddedOnlyToADateAndTimeWholeOnOneLine() {
        assertThat(IcsScanner.forReader("DTSTART:20250106T0930Z\r\nRDATE:20250107T0930,20250108T093000/PT1H\r\n"
                + "SUMMARY:20250106T0930\r\nDTEND:20250106T09\r\n 30Z\r\n")).isEqualTo(
                "DTSTART:20250106T093000Z\r\nRDATE:20250107T093000,20250108T093000/PT1H\r\n"
                + "SUMMARY:20250106T0930\r\nDTEND:20250106T09\r\n 30Z\r\n");
    }
}

package dev.kith.capture.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class ZoneResolverTest {

    @Test
    void everyWindowsNameInTheTableIsAZoneJavaKnows() {
        assertThat(WindowsZones.all()).hasSizeGreaterThan(130);
        WindowsZones.all().forEach((name, zone) -> assertThat(ZoneId.getAvailableZoneIds()).as(name)
                .contains(zone.getId()));
    }

    @Test
    void windowsIanaMozillaAndLegacyNamesAreResolved() {
        assertThat(ZoneResolver.zoneId("W. Europe Standard Time")).contains(ZoneId.of("Europe/Berlin"));
        assertThat(ZoneResolver.zoneId("\"Pacific Standard Time\"")).contains(ZoneId.of("America/Los_Angeles"));
        assertThat(ZoneResolver.zoneId("romance standard time")).contains(ZoneId.of("Europe/Paris"));
        assertThat(ZoneResolver.zoneId("GMT Standard Time")).contains(ZoneId.of("Europe/London"));
        assertThat(ZoneResolver.zoneId("/America/New_York")).contains(ZoneId.of("America/New_York"));
        assertThat(ZoneResolver.zoneId("/mozilla.org/20070129_1/Europe/Berlin")).contains(ZoneId.of("Europe/Berlin"));
        assertThat(ZoneResolver.zoneId("tzone://Microsoft/Utc")).contains(ZoneId.of("Etc/UTC"));
        assertThat(ZoneResolver.zoneId("US/Eastern")).contains(ZoneId.of("US/Eastern"));
        assertThat(ZoneResolver.zoneId("Customized Time Zone")).isEmpty();
        assertThat(ZoneResolver.zoneId(null)).isEmpty();
    }

    @Test
    void anOutlookDisplayNameGivesItsOffsetAndAnUnknownNameUtcEachWithAWarning() {
        List<CalendarWarning> warnings = new ArrayList<>();
        ZoneResolver resolver = new ZoneResolver("cal.ics", tzid -> 7, warnings);

        assertThat(resolver.resolve("(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna").getRawOffset())
                .isEqualTo(3_600_000);
        assertThat(resolver.resolve("Atlantis Standard Time")).isEqualTo(TimeZone.getTimeZone(ZoneOffset.UTC));
        assertThat(resolver.resolve("Europe/Paris").getID()).isEqualTo("Europe/Paris");
        assertThat(warnings).extracting(CalendarWarning::toString).containsExactly(
                "cal.ics:7: time zone '(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna' is not defined in the "
                        + "file; times read at the fixed offset +01:00",
                "cal.ics:7: unknown time zone 'Atlantis Standard Time' (no VTIMEZONE, not an IANA or Windows name); times "
                        + "read as UTC");
    }

    @Test
    void aZoneWithoutANameIsShownAtItsOffset() {
        TimeZone custom = TimeZone.getTimeZone(ZoneOffset.ofHoursMinutes(5, 30));
        custom.setID("Customized Time Zone");

        assertThat(ZoneResolver.present(custom, java.time.Instant.EPOCH)).isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
        assertThat(Optional.of(ZoneResolver.present(TimeZone.getTimeZone("Asia/Tokyo"), java.time.Instant.EPOCH)))
                .contains(ZoneId.of("Asia/Tokyo"));
    }

    @Test
    void anIanaNameWrittenInAnotherCaseIsResolved() {
        assertThat(ZoneResolver.zoneId("europe/paris")).contains(ZoneId.of("Europe/Paris"));
        assertThat(ZoneResolver.zoneId("/AMERICA/NEW_YORK")).contains(ZoneId.of("America/New_York"));
        assertThat(ZoneResolver.zoneId("\"asia/kolkata\"")).contains(ZoneId.of("Asia/Kolkata"));
        assertThat(ZoneResolver.zoneId("europe/atlantis")).isEmpty();
    }
}

package dev.kith.capture.calendar;

import biweekly.io.GlobalTimezoneIdResolver;
import dev.kith.io.ImportException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a TZID that no VTIMEZONE of the file defines into a time zone: an IANA name (in any case, with or without
 * a leading slash or Mozilla's {@code /mozilla.org/.../} prefix, old aliases such as US/Eastern
 * included), a Windows name through {@link WindowsZones} (Outlook.com's {@code tzone://Microsoft/Utc}
 * too), or an Outlook display name's
 * {@code (UTC+01:00)} offset; anything else is read as UTC, with a warning. More than {@value #MAX_ZONES}
 * names refuse the calendar. Not thread-safe: one per read, as it collects that read's warnings.
 */
final class ZoneResolver implements GlobalTimezoneIdResolver {
    private static final Pattern MOZILLA = Pattern.compile("^/?mozilla\\.org/[^/]+/(.+)$");
    private static final Pattern MICROSOFT = Pattern.compile("^(?i:tzone://Microsoft/)(.+)$");
    private static final Pattern OFFSET = Pattern.compile("^\\((?:UTC|GMT)(?:([+-])(\\d{1,2})[:.]?(\\d{2})?)?\\).*");

    /**
     * The most time zones one calendar may define or name: the iCalendar library looks zones up one by one,
     * so a calendar of tens of thousands would take quadratic time. Real calendars use a handful.
     */
    static final int MAX_ZONES = 1_000;

    private final String source;
    private final Set<String> named = new HashSet<>();
    private final ToLongFunction<String> lineOf;
    private final List<CalendarWarning> warnings;

    /** {@code lineOf} gives the line where a TZID is first used, for the warning; 0 when unknown. */
    ZoneResolver(String source, ToLongFunction<String> lineOf, List<CalendarWarning> warnings) {
        this.source = source;
        this.lineOf = lineOf;
        this.warnings = warnings;
    }

    @Override
    public TimeZone resolve(String tzid) {
        if (named.add(tzid) && named.size() > MAX_ZONES) {
            throw new ImportException(source, lineOf.applyAsLong(tzid), "more than " + MAX_ZONES
                    + " time zones in one calendar");
        }
        Optional<ZoneId> zone = zoneId(tzid);
        if (zone.isPresent()) {
            return TimeZone.getTimeZone(zone.get());
        }
        Optional<ZoneOffset> offset = displayOffset(tzid);
        if (offset.isPresent()) {
            warnings.add(new CalendarWarning(source, lineOf.applyAsLong(tzid), "time zone '" + tzid
                    + "' is not defined in the file; times read at the fixed offset " + offset.get()));
            return TimeZone.getTimeZone(offset.get());
        }
        warnings.add(new CalendarWarning(source, lineOf.applyAsLong(tzid), "unknown time zone '" + tzid
                + "' (no VTIMEZONE, not an IANA or Windows name); times read as UTC"));
        return TimeZone.getTimeZone(ZoneOffset.UTC);
    }

    /** The zone a TZID names, by IANA or Windows name; empty when it names none. */
    static Optional<ZoneId> zoneId(String tzid) {
        if (tzid == null) {
            return Optional.empty();
        }
        String id = tzid.strip();
        if (id.length() > 1 && id.startsWith("\"") && id.endsWith("\"")) {
            id = id.substring(1, id.length() - 1).strip();
        }
        Matcher mozilla = MOZILLA.matcher(id);
        Matcher microsoft = MICROSOFT.matcher(id);
        if (mozilla.matches()) {
            id = mozilla.group(1);
        } else if (microsoft.matches()) {
            id = microsoft.group(1);
        } else if (id.startsWith("/")) {
            id = id.substring(1);
        }
        if (id.isEmpty()) {
            return Optional.empty();
        }
        Optional<ZoneId> windows = WindowsZones.zone(id);
        if (windows.isPresent()) {
            return windows;
        }
        try {
            return Optional.of(id.equalsIgnoreCase("Z") ? ZoneOffset.UTC : ZoneId.of(id));
        } catch (DateTimeException e) {
            return Optional.ofNullable(IanaNames.BY_LOWER_CASE.get(id.toLowerCase(Locale.ROOT))).map(ZoneId::of);
        }
    }

    /** The IANA names by their lower-case spelling, for a TZID written in another case ({@code europe/paris}). */
    private static final class IanaNames {
        static final Map<String, String> BY_LOWER_CASE = new HashMap<>();

        static {
            for (String name : ZoneId.getAvailableZoneIds()) {
                BY_LOWER_CASE.put(name.toLowerCase(Locale.ROOT), name);
            }
        }
    }

    /** The zone to show times of {@code tz} in: its IANA or Windows zone, else its offset at {@code at}. */
    static ZoneId present(TimeZone tz, Instant at) {
        return zoneId(tz.getID()).orElseGet(() -> ZoneOffset.ofTotalSeconds(tz.getOffset(at.toEpochMilli()) / 1000));
    }

    private static Optional<ZoneOffset> displayOffset(String tzid) {
        Matcher m = OFFSET.matcher(tzid.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        if (m.group(1) == null) {
            return Optional.of(ZoneOffset.UTC);
        }
        int hours = Integer.parseInt(m.group(2));
        int minutes = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        int sign = m.group(1).equals("-") ? -1 : 1;
        try {
            return Optional.of(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}

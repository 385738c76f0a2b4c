package dev.kith.capture.calendar;

import biweekly.ICalVersion;
import biweekly.component.VEvent;
import biweekly.parameter.Role;
import biweekly.property.ICalProperty;
import biweekly.property.Organizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The descriptive fields of one VEVENT: summary and location (single-spaced, cut at
 * {@value #MAX_TEXT} characters, {@code null} when absent), the organizer, the attendees and the status.
 */
record EventFields(String summary, String location, Attendee organizer, List<Attendee> attendees,
        Meeting.Status status) {
    static final int MAX_TEXT = 300;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern EMAIL = Pattern.compile("^[^\\s@:<>]+@[^\\s@:<>]+$");

    EventFields {
        attendees = List.copyOf(attendees);
    }

    static EventFields of(VEvent event) {
        List<Attendee> attendees = new ArrayList<>();
        for (biweekly.property.Attendee a : event.getAttendees()) {
            attendees.add(new Attendee(email(a.getEmail(), a.getUri(), a), name(a.getCommonName()),
                    Attendee.PartStat.of(a.getParticipationStatus() == null ? null : a.getParticipationStatus().getValue()),
                    role(a),
                    Attendee.CuType.of(a.getCalendarUserType() == null ? null : a.getCalendarUserType().getValue())));
        }
        Organizer o = event.getOrganizer();
        Attendee organizer = o == null ? null : Attendee.organizer(email(o.getEmail(), o.getUri(), o), name(o.getCommonName()));
        if (organizer != null && organizer.email() == null && organizer.name() == null) {
            organizer = null;
        }
        return new EventFields(text(event.getSummary() == null ? null : event.getSummary().getValue()),
                text(event.getLocation() == null ? null : event.getLocation().getValue()), organizer, attendees,
                status(event.getStatus() == null ? null : event.getStatus().getValue()));
    }

    /** ROLE as biweekly splits it for iCalendar 2.0: CHAIR in the role, the other values in the participation level. */
    private static Attendee.Role role(biweekly.property.Attendee a) {
        if (a.getRole() == Role.CHAIR) {
            return Attendee.Role.CHAIR;
        }
        return Attendee.Role.of(a.getParticipationLevel() == null ? null : a.getParticipationLevel().getValue(ICalVersion.V2_0));
    }

    static Meeting.Status status(String value) {
        if (value == null) {
            return Meeting.Status.CONFIRMED;
        }
        return switch (value.strip().toUpperCase(Locale.ROOT)) {
            case "CANCELLED", "CANCELED" -> Meeting.Status.CANCELLED;
            case "TENTATIVE" -> Meeting.Status.TENTATIVE;
            default -> Meeting.Status.CONFIRMED;
        };
    }

    /** The address of a calendar user: its mailto: value, else the EMAIL parameter (RFC 7986), else a bare address. */
    private static String email(String email, String uri, ICalProperty property) {
        for (String candidate : new String[] {email, property.getParameters().first("EMAIL"), uri}) {
            if (candidate == null) {
                continue;
            }
            String c = candidate.strip();
            if (c.regionMatches(true, 0, "mailto:", 0, 7)) {
                c = c.substring(7).strip();
            }
            if (c.startsWith("<") && c.endsWith(">")) {
                c = c.substring(1, c.length() - 1);
            }
            if (EMAIL.matcher(c).matches()) {
                return c.toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    /** A CN with stray quotes and backslashes (as some exporters escape them) removed. */
    private static String name(String cn) {
        if (cn == null) {
            return null;
        }
        String n = cn.replace("\\\"", "\"").replace("\\,", ",").replace("\\;", ";").strip();
        while (n.length() >= 2 && (n.startsWith("\"") && n.endsWith("\"") || n.startsWith("'") && n.endsWith("'"))) {
            n = n.substring(1, n.length() - 1).strip();
        }
        n = text(n);
        return n == null || EMAIL.matcher(n).matches() || n.regionMatches(true, 0, "mailto:", 0, 7) ? null : n;
    }

    private static String text(String value) {
        if (value == null) {
            return null;
        }
        String t = SPACES.matcher(value).replaceAll(" ").strip();
        if (t.isEmpty()) {
            return null;
        }
        return t.length() > MAX_TEXT ? t.substring(0, MAX_TEXT - 1) + "…" : t;
    }
}

package dev.kith.capture.calendar;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Picks, from a calendar's meetings, the ones the user took part in, and who else was there.
 * A meeting counts when it is not CANCELLED and the user organized it (and did not decline it) or accepted
 * the invitation, for sure or tentatively: an invitation never answered (NEEDS-ACTION, or an answer
 * Kith does not know, which RFC 5545 reads the same way), declined or delegated to someone else is not a
 * meeting had. An attendee line of the user's with no PARTSTAT at all counts as accepted: Outlook
 * writes none in its exports, and leaves declined meetings out of them. Its people are the organizer and attendees other than the user, leaving out rooms,
 * resources and groups, machine addresses (no-reply, Google's resource calendars), people who declined
 * or were there for information only (NON-PARTICIPANT), and anyone without an email address. A meeting
 * with nobody left, or with more than {@code maxPeople}, is not captured (a town hall is not a
 * personal meeting). Thread-safe (immutable).
 */
public final class AttendedMeetings {
    /** The default for {@code maxPeople}: larger meetings are not captured. */
    public static final int DEFAULT_MAX_PEOPLE = 25;

    private final Set<String> me;
    private final int maxPeople;

    /** {@code myAddresses} are the user's email addresses, in any case. */
    public AttendedMeetings(Set<String> myAddresses, int maxPeople) {
        if (maxPeople < 1) {
            throw new IllegalArgumentException("maxPeople must be positive");
        }
        this.me = myAddresses.stream().map(a -> a.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        this.maxPeople = maxPeople;
    }

    /** The meetings of {@code meetings} the user attended, in the same order; {@code now} decides which are over. */
    public List<CapturedMeeting> select(List<Meeting> meetings, Instant now) {
        List<CapturedMeeting> captured = new ArrayList<>();
        for (Meeting m : meetings) {
            if (!attended(m)) {
                continue;
            }
            List<Participant> people = people(m);
            if (people.isEmpty() || people.size() > maxPeople) {
                continue;
            }
            captured.add(new CapturedMeeting(m.key(), m.uid(), m.recurrenceId(), m.start(), m.end(), m.allDay(),
                    m.summary(), m.location(), MeetingKinds.of(m.summary()), people, mine(m.organizer()),
                    !m.recurring() && !m.end().toInstant().isAfter(now)));
        }
        return captured;
    }

    /**
     * Whether the user took part in {@code m}: not cancelled, not declined by any of the user's addresses, and
     * organized by the user or accepted (tentatively too, or with no answer written) by one of them.
     */
    public boolean attended(Meeting m) {
        if (m.status() == Meeting.Status.CANCELLED) {
            return false;
        }
        boolean accepted = false;
        for (Attendee a : m.attendees()) {
            if (mine(a)) {
                if (a.partStat() == Attendee.PartStat.DECLINED) {
                    return false;
                }
                accepted |= switch (a.partStat()) {
                    case ACCEPTED, TENTATIVE, UNSTATED -> true;
                    case NEEDS_ACTION, DELEGATED, OTHER, DECLINED -> false;
                };
            }
        }
        return accepted || mine(m.organizer());
    }

    /** The others at {@code m}, each once (by address), organizer first. */
    public List<Participant> people(Meeting m) {
        Map<String, Participant> people = new LinkedHashMap<>();
        List<Attendee> all = new ArrayList<>();
        if (m.organizer() != null) {
            all.add(m.organizer());
        }
        all.addAll(m.attendees());
        for (Attendee a : all) {
            if (a.email() == null || mine(a)) {
                continue;
            }
            if (absent(a)) {
                people.remove(a.email()); // an organizer who declined, or whose address is a room, was not there
                continue;
            }
            Participant known = people.get(a.email());
            if (known == null || known.name() == null && a.name() != null) {
                people.put(a.email(), new Participant(a.email(), a.name()));
            }
        }
        return List.copyOf(people.values());
    }

    private static boolean absent(Attendee a) {
        return NoReply.matches(a.email()) || a.partStat() == Attendee.PartStat.DECLINED
                || a.role() == Attendee.Role.NON_PARTICIPANT || a.cuType() == Attendee.CuType.ROOM
                || a.cuType() == Attendee.CuType.RESOURCE || a.cuType() == Attendee.CuType.GROUP;
    }

    private boolean mine(Attendee a) {
        return a != null && a.email() != null && me.contains(a.email());
    }
}

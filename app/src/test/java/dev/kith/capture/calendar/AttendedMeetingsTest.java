package dev.kith.capture.calendar;

import static dev.kith.capture.calendar.CalendarFixtures.read2025;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.interactions.InteractionKind;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AttendedMeetingsTest {
    private static final String ME = "me@example.com";
    private static final Attendee ALICE = person("alice@example.org", "Alice Adams", Attendee.PartStat.ACCEPTED);
    private static final Attendee BOB = person("bob@example.org", "Bob Brown", Attendee.PartStat.NEEDS_ACTION);
    private static final ZonedDateTime NOON = ZonedDateTime.of(2025, 6, 2, 12, 0, 0, 0, ZoneOffset.UTC);
    private static final Instant AFTER = Instant.parse("2025-06-03T08:00:00Z");
    private static final Instant BEFORE = Instant.parse("2025-06-01T08:00:00Z");

    private final AttendedMeetings selector = new AttendedMeetings(Set.of("Me@Example.com", "me@work.example"), 25);

    @Test
    void aMeetingIOrganizedCountsWithTheOthersAsPeople() {
        CapturedMeeting c = only(meeting("Project kickoff", Attendee.organizer(ME, "Me"), ALICE, BOB), AFTER);

        assertThat(c.people()).containsExactly(new Participant("alice@example.org", "Alice Adams"),
                new Participant("bob@example.org", "Bob Brown"));
        assertThat(c.organizedByMe()).isTrue();
        assertThat(c.kind()).isEqualTo(InteractionKind.MEETING);
        assertThat(c.key()).isEqualTo("uid-1|");
        assertThat(c.date()).hasToString("2025-06-02");
    }

    @Test
    void anInvitationIAcceptedTentativelyOrWithoutAWrittenAnswerCountsWithTheOrganizerFirst() {
        for (Attendee.PartStat answer : List.of(Attendee.PartStat.ACCEPTED, Attendee.PartStat.TENTATIVE,
                Attendee.PartStat.UNSTATED)) {
            CapturedMeeting c = only(meeting("Review", Attendee.organizer("alice@example.org", "Alice"),
                    person("me@work.example", "Me", answer), BOB), AFTER);

            assertThat(c.people()).extracting(Participant::email).containsExactly("alice@example.org", "bob@example.org");
            assertThat(c.organizedByMe()).isFalse();
        }
    }

    @Test
    void anInvitationINeverAnsweredOrHandedOnIsNotAMeetingHad() {
        for (Attendee.PartStat answer : List.of(Attendee.PartStat.NEEDS_ACTION, Attendee.PartStat.DELEGATED,
                Attendee.PartStat.OTHER)) {
            Meeting m = meeting("Review", Attendee.organizer("alice@example.org", "Alice"),
                    person("me@work.example", "Me", answer), BOB);

            assertThat(selector.attended(m)).as(answer.name()).isFalse();
            assertThat(selector.select(List.of(m), AFTER)).as(answer.name()).isEmpty();
        }
    }

    @Test
    void aMeetingIOrganizedCountsWhateverMyOwnAttendeeLineSays() {
        Meeting m = meeting("Kickoff", Attendee.organizer(ME, "Me"), person(ME, "Me", Attendee.PartStat.NEEDS_ACTION), ALICE);

        assertThat(selector.attended(m)).isTrue();
    }

    @Test
    void aMissingPartstatIsUnstatedNotNeedsAction() {
        assertThat(Attendee.PartStat.of(null)).isEqualTo(Attendee.PartStat.UNSTATED);
        assertThat(Attendee.PartStat.of("needs-action")).isEqualTo(Attendee.PartStat.NEEDS_ACTION);
        assertThat(Attendee.PartStat.of("X-MAYBE")).isEqualTo(Attendee.PartStat.OTHER);
    }

    @Test
    void aDeclinedInvitationDoesNotCount() {
        Meeting declined = meeting("Review", Attendee.organizer("alice@example.org", "Alice"),
                person(ME, "Me", Attendee.PartStat.DECLINED), BOB);

        assertThat(selector.attended(declined)).isFalse();
        assertThat(selector.select(List.of(declined), AFTER)).isEmpty();
    }

    @Test
    void aCancelledMeetingDoesNotCountEvenIfIOrganizedIt() {
        Meeting m = meeting("Review", Attendee.organizer(ME, "Me"), ALICE);
        Meeting cancelled = new Meeting(m.uid(), null, m.start(), m.end(), false, m.summary(), null, m.organizer(),
                m.attendees(), Meeting.Status.CANCELLED, false);

        assertThat(selector.select(List.of(cancelled), AFTER)).isEmpty();
    }

    @Test
    void aMeetingIAmNotOnDoesNotCount() {
        assertThat(selector.select(List.of(meeting("Their meeting", Attendee.organizer("alice@example.org", null), BOB)),
                AFTER)).isEmpty();
    }

    @Test
    void roomsResourcesGroupsMachinesDeclinersAndNonParticipantsAreNotPeople() {
        Meeting m = meeting("Planning", Attendee.organizer(ME, "Me"), ALICE,
                new Attendee("room-4@example.org", "Room 4", Attendee.PartStat.ACCEPTED, Attendee.Role.REQUIRED, Attendee.CuType.ROOM),
                new Attendee("projector@example.org", null, Attendee.PartStat.ACCEPTED, Attendee.Role.REQUIRED, Attendee.CuType.RESOURCE),
                new Attendee("team@example.org", "Team", Attendee.PartStat.ACCEPTED, Attendee.Role.REQUIRED, Attendee.CuType.GROUP),
                new Attendee("c_188@resource.calendar.google.com", "Big room", Attendee.PartStat.ACCEPTED,
                        Attendee.Role.REQUIRED, Attendee.CuType.INDIVIDUAL),
                person("no-reply@example.org", null, Attendee.PartStat.ACCEPTED),
                person("carol@example.org", "Carol", Attendee.PartStat.DECLINED),
                new Attendee("dave@example.org", "Dave", Attendee.PartStat.NEEDS_ACTION, Attendee.Role.NON_PARTICIPANT,
                        Attendee.CuType.INDIVIDUAL),
                new Attendee(null, "Someone without an address", Attendee.PartStat.ACCEPTED, Attendee.Role.REQUIRED,
                        Attendee.CuType.INDIVIDUAL));

        assertThat(selector.people(m)).containsExactly(new Participant("alice@example.org", "Alice Adams"));
    }

    @Test
    void anOrganizerListedAgainAsAttendeeIsOnePersonAndKeepsTheName() {
        Meeting m = meeting("Sync", Attendee.organizer("alice@example.org", null), ALICE, person(ME, null, Attendee.PartStat.ACCEPTED));

        assertThat(selector.people(m)).containsExactly(new Participant("alice@example.org", "Alice Adams"));
    }

    @Test
    void anOrganizerWhoDeclinedWasNotThere() {
        Meeting m = meeting("Sync", Attendee.organizer("alice@example.org", "Alice"),
                person("alice@example.org", "Alice", Attendee.PartStat.DECLINED), person(ME, null, Attendee.PartStat.ACCEPTED), BOB);

        assertThat(selector.people(m)).extracting(Participant::email).containsExactly("bob@example.org");
    }

    @Test
    void aMeetingWithNobodyElseOrTooManyIsNotCaptured() {
        Attendee[] crowd = new Attendee[30];
        for (int i = 0; i < crowd.length; i++) {
            crowd[i] = person("p" + i + "@example.org", null, Attendee.PartStat.ACCEPTED);
        }

        assertThat(selector.select(List.of(meeting("Focus time", Attendee.organizer(ME, null))), AFTER)).isEmpty();
        assertThat(selector.select(List.of(meeting("All hands", Attendee.organizer(ME, null), crowd)), AFTER)).isEmpty();
        assertThat(new AttendedMeetings(Set.of(ME), 30).select(List.of(meeting("All hands", Attendee.organizer(ME, null), crowd)),
                AFTER)).hasSize(1);
    }

    @Test
    void theTitleNamesLunchOrCoffeeInSeveralLanguages() {
        assertThat(MeetingKinds.of("Lunch with Priya")).isEqualTo(InteractionKind.LUNCH);
        assertThat(MeetingKinds.of("Breakfast w/ Ana")).isEqualTo(InteractionKind.LUNCH);
        assertThat(MeetingKinds.of("Team dinner")).isEqualTo(InteractionKind.LUNCH);
        assertThat(MeetingKinds.of("Déjeuner avec Claire")).isEqualTo(InteractionKind.LUNCH);
        assertThat(MeetingKinds.of("Mittagessen mit Jonas")).isEqualTo(InteractionKind.LUNCH);
        assertThat(MeetingKinds.of("Almuerzo con Lucía")).isEqualTo(InteractionKind.LUNCH);
        assertThat(MeetingKinds.of("COFFEE CHAT")).isEqualTo(InteractionKind.COFFEE);
        assertThat(MeetingKinds.of("Kaffee mit Hans")).isEqualTo(InteractionKind.COFFEE);
        assertThat(MeetingKinds.of("Café avec Léa")).isEqualTo(InteractionKind.COFFEE);
        assertThat(MeetingKinds.of("Fika")).isEqualTo(InteractionKind.COFFEE);
        assertThat(MeetingKinds.of("Coffeescript migration review")).isEqualTo(InteractionKind.MEETING);
        assertThat(MeetingKinds.of("Quarterly planning")).isEqualTo(InteractionKind.MEETING);
        assertThat(MeetingKinds.of(null)).isEqualTo(InteractionKind.MEETING);
    }

    @Test
    void aOneOffMeetingThatIsOverIsWorthAFollowUpButNotASeriesOrAFutureOne() {
        Meeting oneOff = meeting("Intro call", Attendee.organizer(ME, null), ALICE);
        Meeting weekly = new Meeting("uid-2", "20250602T120000Z", NOON, NOON.plusHours(1), false, "Weekly", null,
                Attendee.organizer(ME, null), List.of(ALICE), Meeting.Status.CONFIRMED, true);

        assertThat(only(oneOff, AFTER).followUpWorthy()).isTrue();
        assertThat(only(oneOff, BEFORE).followUpWorthy()).isFalse();
        assertThat(only(weekly, AFTER).followUpWorthy()).isFalse();
        assertThat(only(weekly, AFTER).key()).isEqualTo("uid-2|20250602T120000Z");
    }

    @Test
    void fromAGoogleExportTheAttendedMeetingsAreCaptured() {
        List<CapturedMeeting> captured = new AttendedMeetings(Set.of(ME), AttendedMeetings.DEFAULT_MAX_PEOPLE)
                .select(read2025("google-export.ics").meetings(), Instant.parse("2025-04-10T00:00:00Z"));

        assertThat(captured).extracting(CapturedMeeting::key).containsExactly("weekly-sync-1@google.com|20250304T150000Z",
                "weekly-sync-1@google.com|20250311T140000Z", "lunch-priya@google.com|", "conference@google.com|");
        CapturedMeeting lunch = captured.get(2);
        assertThat(lunch.kind()).isEqualTo(InteractionKind.LUNCH);
        assertThat(lunch.people()).containsExactly(new Participant("priya.raman@example.com", "Priya Raman"));
        assertThat(lunch.followUpWorthy()).isTrue();
        assertThat(captured.get(0).followUpWorthy()).isFalse();
        assertThat(captured.get(3).followUpWorthy()).isFalse();
    }

    private CapturedMeeting only(Meeting m, Instant now) {
        List<CapturedMeeting> captured = selector.select(List.of(m), now);
        assertThat(captured).hasSize(1);
        return captured.getFirst();
    }

    private static Meeting meeting(String title, Attendee organizer, Attendee... attendees) {
        return new Meeting("uid-1", null, NOON, NOON.plusHours(1), false, title, null, organizer, List.of(attendees),
                Meeting.Status.CONFIRMED, false);
    }

    private static Attendee person(String email, String name, Attendee.PartStat answer) {
        return new Attendee(email, name, answer, Attendee.Role.REQUIRED, Attendee.CuType.INDIVIDUAL);
    }
}

package dev.kith.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Invitations and catch-up notes read right for online and in-person events, with dates in words. */
class EventNotesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private static Event event(String name, LocalDate start, LocalDate end, String location) {
        return new Event(1, name, start, end, null, location, null, null, null);
    }

    @Test
    void anOnlineEventInvitesToSayHelloNotToDinner() {
        Invitation i = Invitation.of(event("RDM Winter Meetup", LocalDate.of(2026, 12, 3), null, "Online"),
                new Attendee(5, "Ana Lima", AttendanceRole.ATTENDEE, true, true), TODAY);
        assertThat(i.draft()).isEqualTo("Hi Ana, I saw you're joining the RDM Winter Meetup online on Thursday,"
                + " 3 December — your first one? I'll be there too, so do say hello in the chat; and if you'd like, we"
                + " could have a short call afterwards to compare notes.").doesNotContain("dinner", "in Online");
    }

    @Test
    void anInPersonEventInvitesToDinnerOnTheFirstEvening() {
        Invitation i = Invitation.of(event("ALA Annual", LocalDate.of(2027, 6, 24), LocalDate.of(2027, 6, 28),
                "Chicago"), new Attendee(5, "Bo Chen", AttendanceRole.ATTENDEE, false, true), TODAY);
        assertThat(i.draft()).isEqualTo("Hi Bo, I saw you're going to ALA Annual on 24 June 2027. A few of us are"
                + " getting together for dinner on the first evening; would you like to join us? It's a relaxed way to"
                + " meet people.");
    }

    @Test
    void aCatchUpNoteNamesTheEarlierEditionAndFitsOnline() {
        CatchUp c = new CatchUp(5, "Ana Lima", 2, "RDM Winter Meetup 2025", LocalDate.of(2025, 12, 4));
        assertThat(EventCatchUpKind.catchUp("Ana", event("RDM Winter Meetup 2026", TODAY.plusDays(1), null,
                "Zoom"), c, TODAY)).isEqualTo("Hi Ana, are you joining the RDM Winter Meetup 2026 online tomorrow? It"
                + " was great meeting you at the RDM Winter Meetup 2025 — I'd love to catch up again; shall we have a"
                + " short call afterwards to compare notes?");
        assertThat(EventCatchUpKind.catchUp("Ana", event("RDM Winter Meetup 2026", TODAY.plusDays(5), null,
                "Boston"), c, TODAY)).isEqualTo("Hi Ana, are you going to the RDM Winter Meetup 2026 on Sunday? It was"
                + " great meeting you at the RDM Winter Meetup 2025 — I'd love to catch up again there. Coffee on the"
                + " first morning?");
    }
}

package dev.kith.groups;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.events.Event;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The welcome reads the next event's date in words, online or where, and says what fellow members share. */
class WelcomeNoteTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final Member ANA = new Member(1, "RDM Network", 5, "Ana Lima", MemberRole.MEMBER,
            TODAY.minusDays(3));

    @Test
    void anOnlineNextEventIsOnlineWithNoShowingAround() {
        Event meetup = new Event(9, "RDM Winter Meetup", LocalDate.of(2026, 12, 3), null, null, "Online", 1L,
                "RDM Network", null);
        Welcome w = new Welcome(ANA, meetup, List.of(new Introduction(6, "Bo Chen", List.of("both tagged rdm",
                "both interested in research data management")), new Introduction(7, "Cy Diaz", List.of())));
        assertThat(w.draft(TODAY)).isEqualTo("Hi Ana, welcome to RDM Network! I'm glad you joined. Our next event is"
                + " the RDM Winter Meetup on Thursday, 3 December, online — it would be a good first one to join, and"
                + " I'll be there to say hello. I'd also love to introduce you to Bo Chen, who shares your interest in"
                + " research data management; and Cy Diaz.").doesNotContain("in Online", "dinner", "tagged", "2026-");
        assertThat(w.reason(TODAY)).isEqualTo("Ana Lima joined RDM Network 3 days ago; introduce them to Bo Chen"
                + " (both tagged rdm; both interested in research data management) and Cy Diaz (a fellow member)");
    }

    @Test
    void withoutSharedGroundFellowMembersAreSomeoneYoudGetAlongWith() {
        Welcome w = new Welcome(ANA, null, List.of(new Introduction(6, "Bo Chen", List.of("both tagged rdm"))));
        assertThat(w.draft(TODAY)).isEqualTo("Hi Ana, welcome to RDM Network! I'm glad you joined. I'd be happy to"
                + " show you around at our next get-together. I'd also love to introduce you to Bo Chen, who I think"
                + " you'd get along with.");
    }
}

package dev.kith.demo;

import dev.kith.app.Kith;
import dev.kith.contacts.ContactPatch;
import dev.kith.events.AttendanceRole;
import dev.kith.events.Capture;
import dev.kith.events.Event;
import dev.kith.events.NewEvent;
import dev.kith.goals.Goal;
import dev.kith.groups.GroupKind;
import dev.kith.groups.MemberRole;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo's events, groups and goals, dated from the demo's today: last year's Library Leaders Summit
 * where I met three people, this year's edition two days away (so Today proposes catching up with
 * them, and inviting a first-timer on their own to dinner), a meetup two days ago with one follow-up
 * still to send, the ALA with a member who joined three days ago (Today proposes a welcome), and two
 * goals: one that paid off and one with eleven hours spent and no outcome. Uses only people the script
 * left uncast, in roster order, so it never disturbs the other scenarios.
 */
final class DemoEvents {
    private final Kith book;
    private final LocalDate today;
    private final List<Person> free = new ArrayList<>();

    private DemoEvents(Kith book, List<Person> people) {
        this.book = book;
        this.today = book.clock().today();
        for (Person p : people) {
            if (!p.cast && p.reachable() && p.relativeOf == null) {
                free.add(p);
            }
        }
    }

    /** Stages the scenes into {@code book} from the people not yet cast. */
    static void stage(Kith book, List<Person> people) {
        new DemoEvents(book, people).stage();
    }

    private Person next() {
        Person p = free.removeFirst();
        p.cast = true;
        return p;
    }

    private void stage() {
        Event last = book.events().add(new NewEvent("Library Leaders Summit " + today.minusYears(1).getYear(),
                today.minusDays(372), today.minusDays(370), "Library Leaders Summit", "Chicago", null));
        book.events().attendMe(last.id(), AttendanceRole.ATTENDEE);
        List<Person> metLastYear = List.of(next(), next(), next());
        String[] notes = {"open-access repositories", "RFID self-checkout pilot", "consortium licensing"};
        for (int i = 0; i < metLastYear.size(); i++) {
            book.events().met(last.id(), new Capture(metLastYear.get(i).name(), null, null, null, notes[i]));
        }
        Event summit = book.events().add(new NewEvent("Library Leaders Summit " + today.getYear(), today.plusDays(2),
                today.plusDays(4), "Library Leaders Summit", "Chicago", null));
        book.events().attendMe(summit.id(), AttendanceRole.SPEAKER);
        book.events().attend(summit.id(), List.of(next().id), AttendanceRole.ATTENDEE, true, true);
        book.events().attend(summit.id(), List.of(next().id), AttendanceRole.SPEAKER, false, false);

        Event meetup = book.events().add(new NewEvent("Library Tech Meetup", today.minusDays(2), null, null,
                "Online", null));
        Person followedUp = next();
        book.events().met(meetup.id(), new Capture(followedUp.name(), null, null, null, "linked data"));
        book.events().met(meetup.id(), new Capture(next().name(), null, null, null, "discovery layers"));
        book.interactions().log(Interaction.draft(today.minusDays(1), InteractionKind.EMAIL, Initiator.ME, null,
                "Great to meet you at the meetup", Exchange.NEUTRAL, false, List.of(followedUp.id)));

        long ala = book.groups().add("ALA", GroupKind.ASSOCIATION).id();
        List<Person> members = List.of(next(), next(), next(), next(), next());
        book.groups().join(ala, members.get(0).id, MemberRole.CHAIR, today.minusYears(3));
        for (int i = 1; i < members.size(); i++) {
            book.groups().join(ala, members.get(i).id, MemberRole.MEMBER, today.minusYears(2).plusDays(40L * i));
        }
        Person newcomer = next();
        book.contacts().edit(newcomer.id, ContactPatch.builder()
                .addInterests(List.of("open access", "digital preservation")).build());
        book.contacts().edit(members.get(2).id, ContactPatch.builder().addInterests(List.of("open access")).build());
        book.contacts().edit(members.get(4).id, ContactPatch.builder()
                .addInterests(List.of("digital preservation")).build());
        book.groups().join(ala, newcomer.id, MemberRole.MEMBER, today.minusDays(3));
        book.events().add(new NewEvent("ALA Midwinter " + today.plusDays(60).getYear(), today.plusDays(60),
                today.plusDays(63), null, "Denver", ala));
        book.groups().add("Library School Alumni", GroupKind.ALUMNI);

        Goal paper = book.goals().add("Find a co-author for the open-access paper", List.of("open access"),
                today.plusMonths(6));
        Person coauthor = metLastYear.getFirst();
        book.goals().linkContacts(paper.id(), List.of(coauthor.id));
        link(paper, coauthor, today.minusDays(60), InteractionKind.COFFEE, 50, Exchange.ASKED);
        link(paper, coauthor, today.minusDays(40), InteractionKind.CALL, 40, Exchange.NEUTRAL);
        link(paper, coauthor, today.minusDays(25), InteractionKind.LUNCH, 90, Exchange.GAVE);
        book.goals().outcome(paper.id(), "Co-author found: " + coauthor.name(), today.minusDays(20));

        Goal consulting = book.goals().add("Move into consulting", List.of("consulting"), null);
        Person a = next();
        Person b = next();
        book.goals().linkContacts(consulting.id(), List.of(a.id, b.id));
        for (int i = 0; i < 6; i++) {
            link(consulting, i % 2 == 0 ? a : b, today.minusDays(150 - 20L * i),
                    i % 3 == 0 ? InteractionKind.LUNCH : InteractionKind.MEETING, 110, Exchange.ASKED);
        }
    }

    private void link(Goal goal, Person p, LocalDate date, InteractionKind kind, int minutes, Exchange exchange) {
        Interaction i = book.interactions().log(Interaction.draft(date, kind, Initiator.ME, minutes,
                "About: " + goal.title(), exchange, false, List.of(p.id)));
        book.goals().linkInteractions(goal.id(), List.of(i.id()));
    }
}

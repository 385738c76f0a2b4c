package dev.kith.today;

import static dev.kith.today.Scenario.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.app.Kith;
import dev.kith.contacts.Circle;
import dev.kith.contacts.ContactDraft;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.InteractionKind;
import dev.kith.milestones.MilestoneKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each kind's draft in its key situations: who the person is, what the meeting was about, what the news is. */
class DraftWordingTest extends SqliteScenario {
    private long person(String name, String title, String org) {
        Kith book = s.on(TODAY.minusDays(400));
        return book.contacts().add(ContactDraft.builder(name).title(title).organization(org).circle(Circle.NETWORK)
                .build()).id();
    }

    private Action only(String kind) {
        List<Action> actions = s.candidates(kind);
        assertThat(actions).hasSize(1);
        return actions.get(0);
    }

    @Test
    void aDeanAfterAOneToOneIsThankedForTheirTimeAndTheMeetingsTopic() {
        long dean = person("Maria Okafor", "Dean of Libraries", "Hill University");
        s.log(dean, TODAY.minusDays(120), InteractionKind.EMAIL, Initiator.ME, Exchange.NEUTRAL, "Budget question");
        s.log(dean, TODAY.minusDays(1), InteractionKind.MEETING, Initiator.ME, Exchange.NEUTRAL,
                "1:1 on the digital scholarship budget");
        Action a = only("follow-up");
        assertThat(a.draft()).isEqualTo("Hi Maria, thank you for making the time to meet yesterday about the digital"
                + " scholarship budget. I'll follow up on what we discussed, and please let me know if there is"
                + " anything I can do in the meantime.").doesNotContain("pleasure to meet you");
    }

    @Test
    void aFirstMeetingIsAPleasureToMeetAndRecallsWhatWeTalkedAbout() {
        long ana = s.person("Ana Lima");
        s.log(ana, TODAY.minusDays(1), InteractionKind.LUNCH, Initiator.ME, Exchange.NEUTRAL,
                "Lunch near their office; swapped stories about IIIF viewers");
        assertThat(only("follow-up").draft()).isEqualTo("Hi Ana, it was a pleasure to meet you over lunch yesterday"
                + " — I enjoyed our conversation about IIIF viewers. I'd be glad to stay in touch, and please reach out"
                + " if I can ever help in any way.");
    }

    @Test
    void aKnownColleagueAfterLunchIsNotMetForTheFirstTime() {
        long bo = person("Bo Chen", "Systems Librarian", "Acme");
        for (int i = 1; i <= 6; i++) {
            s.log(bo, TODAY.minusDays(30L * i), InteractionKind.EMAIL, Initiator.ME, Exchange.NEUTRAL, null);
        }
        s.log(bo, TODAY.minusDays(2), InteractionKind.LUNCH, Initiator.ME, Exchange.NEUTRAL,
                "Long lunch, mostly about email migration and career plans");
        assertThat(only("follow-up").draft()).isEqualTo("Hi Bo, thanks for lunch the other day — it's always good to"
                + " catch up on email migration and career plans. Let's not leave it too long until the next one.");
    }

    @Test
    void helpIAskedForIsThankedWithWhatItWasAbout() {
        long cy = s.person("Cy Diaz");
        s.log(cy, TODAY.minusDays(3), InteractionKind.CALL, Initiator.ME, Exchange.ASKED,
                "Asked for advice on open access policy");
        assertThat(only("thank-you").draft()).isEqualTo("Hi Cy, thank you for your help the other day — it was really"
                + " useful to talk through open access policy. I really appreciate it, and I'd be glad to return the"
                + " favour.");
    }

    @Test
    void anOwedReplyFoldsWithACongratulationIntoOneMessage() {
        long ana = s.person("Ana Lima");
        s.awaiting(ana, TODAY.minusDays(5), InteractionKind.EMAIL, "Question about the IIIF pilot");
        s.book().milestones().add(ana, MilestoneKind.PUBLICATION, TODAY.minusDays(2),
                "Published an article on IIIF in the Code4Lib Journal");
        Action reply = only("reply");
        Action congrats = only("congratulate");
        assertThat(reply.draft()).isEqualTo("Hi Ana, sorry for the slow reply to your email about the IIIF pilot.");
        assertThat(congrats.draft()).isEqualTo("Hi Ana, congratulations on your article on IIIF in the Code4Lib"
                + " Journal! I look forward to reading it.");
        assertThat(Words.fold(reply.draft(), congrats.draft())).isEqualTo("Hi Ana, sorry for the slow reply to your"
                + " email about the IIIF pilot — and congratulations on your article on IIIF in the Code4Lib Journal!"
                + " I look forward to reading it.");
    }

    @Test
    void aMissedCallLeadsAndTheOtherDraftFollowsWithAlso() {
        long tom = s.person("Tom Becker");
        s.awaiting(tom, TODAY.minusDays(1), InteractionKind.CALL, null);
        String call = only("reply").draft();
        assertThat(call).isEqualTo("Hi Tom, sorry I missed your call. When is a good time to call you back?");
        assertThat(Words.fold(call, "Hi Tom, thanks for the meeting yesterday.")).isEqualTo("Hi Tom, sorry I missed"
                + " your call. When is a good time to call you back? Also, thanks for the meeting yesterday.");
        assertThat(Words.fold("", "Hi Tom, hello.")).isEqualTo("Hi Tom, hello.");
        assertThat(Words.fold(List.of("Hi Tom, thanks for your email.", "Hi Tom, congratulations on the award!",
                "Hi Tom, would you like to have lunch next week?"))).isEqualTo("Hi Tom, thanks for your email — and"
                + " congratulations on the award — and would you like to have lunch next week?");
        assertThat(Words.replyOpener("Tom", "email", "Talked about the budget", 1))
                .isEqualTo("Hi Tom, thanks for your email about the budget");
    }

    @Test
    void newsIsNamedInWordsOrLeftGeneric() {
        long ana = s.person("Ana Lima");
        long bo = s.person("Bo Chen");
        long cy = s.person("Cy Diaz");
        s.book().milestones().add(ana, MilestoneKind.NEW_JOB, TODAY.minusDays(3),
                "Started as Head of Systems at Acme (was Systems Librarian at Globex)");
        s.book().milestones().add(bo, MilestoneKind.PUBLICATION, TODAY.minusDays(3), "a big one!");
        s.book().milestones().add(cy, MilestoneKind.TALK_GIVEN, TODAY.minusDays(3),
                "Gave a talk on linked data at the State Library Association Conference");
        List<Action> all = s.candidates("congratulate");
        assertThat(all).extracting(Action::draft).containsExactlyInAnyOrder(
                "Hi Ana, congratulations on your new role as Head of Systems at Acme! I hope the first weeks are going"
                        + " well.",
                "Hi Bo, congratulations on your new publication! I look forward to reading it.",
                "Hi Cy, how did your talk on linked data at the State Library Association Conference go? I'd love to"
                        + " hear how it was received.");
        assertThat(Words.newsOpener(MilestoneKind.AWARD, "Received the innovation award for RDM work"))
                .isEqualTo("congratulations on the innovation award for RDM work!");
    }

    @Test
    void anEventTheyAreGoingToIsNewsOfAnEventWhateverItsTense() {
        long di = s.person("Di Park");
        s.book().milestones().add(di, MilestoneKind.ATTENDING_EVENT, TODAY.minusDays(1),
                "Attending the user experience summit next month");
        Action news = only("congratulate");
        assertThat(news.reason()).isEqualTo("Di Park shared news of an event yesterday — “Attending the user"
                + " experience summit next month” — and you haven't said anything yet");
        assertThat(news.draft()).isEqualTo("Hi Di, I saw you're going to the user experience summit — enjoy it!"
                + " I'd love to hear what you learn there.");
    }

    @Test
    void keepingInTouchSaysWhenWeLastSpokeInWords() {
        long ana = s.person("Ana Lima", Circle.NETWORK, TODAY.minusDays(400));
        s.log(ana, TODAY.minusDays(120), InteractionKind.EMAIL, Initiator.ME, Exchange.NEUTRAL, null);
        assertThat(only("keep-in-touch").draft()).isEqualTo("Hi Ana, it's been a while since we last spoke (back on 27"
                + " July) — how are things going? I'd love to hear what you're working on these days.");
    }
}

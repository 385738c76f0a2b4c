package dev.kith.today;

import static dev.kith.today.Scenario.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.contacts.Circle;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;
import dev.kith.milestones.MilestoneKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One scenario per action kind, each a small book of named people on 2026-11-24 (SQLite). */
class ActionKindScenariosTest extends SqliteScenario {
    @Test
    void inboundEmailAwaitingReplyBecomesAReplyOldestFirst() {
        long paul = s.person("Paul Cottey");
        long bo = s.person("Bo Chen");
        var newer = s.awaiting(bo, TODAY.minusDays(1), InteractionKind.CALL, null);
        var older = s.awaiting(paul, TODAY.minusDays(4), InteractionKind.EMAIL, "vendor question");
        List<Action> replies = s.candidates("reply");
        assertThat(replies).extracting(Action::id).containsExactly("reply:" + older.id(), "reply:" + newer.id());
        assertThat(replies.get(0).reason()).isEqualTo(
                "Paul Cottey emailed you 4 days ago — “vendor question” — and is still waiting for your reply");
        assertThat(replies.get(0).draft()).isEqualTo("Hi Paul, sorry for the slow reply to your email.");
        assertThat(replies.get(1).draft()).contains("sorry I missed your call");
    }

    @Test
    void mailUnansweredForMoreThanAMonthIsNoLongerAReplyToReturn() {
        long paul = s.person("Paul Cottey");
        long bo = s.person("Bo Chen");
        var lastMonth = s.awaiting(paul, TODAY.minusDays(Interaction.REPLY_DAYS), InteractionKind.EMAIL, "vendor question");
        s.awaiting(bo, TODAY.minusDays(Interaction.REPLY_DAYS + 1), InteractionKind.EMAIL, "old thread");
        s.awaiting(bo, TODAY.minusYears(7), InteractionKind.EMAIL, "from a mailbox's history");
        assertThat(s.candidates("reply")).extracting(Action::id).containsExactly("reply:" + lastMonth.id());
    }

    @Test
    void meetingSomeoneAtAnEventYesterdayCallsForANextMorningFollowUp() {
        long lauren = s.person("Lauren Hays");
        s.log(lauren, TODAY.minusDays(1), InteractionKind.EVENT_ENCOUNTER, Initiator.ME, Exchange.NEUTRAL, "ALA Annual");
        List<Action> followUps = s.candidates("follow-up");
        assertThat(followUps).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo("follow-up:" + lauren + ":2026-11-23");
            assertThat(a.reason()).isEqualTo("You met Lauren Hays at an event yesterday — “ALA Annual” — and haven't followed up");
            assertThat(a.draft()).isEqualTo("Hi Lauren, it was a pleasure to meet you at the event yesterday. I'd be glad to"
                    + " stay in touch, and please reach out if I can ever help in any way.");
        });
    }

    @Test
    void aNewLinkedInConnectionIsFollowedUpTheNextMorningUntilWrittenTo() {
        String export = "Notes:\n\"When exporting your connection data, you may notice...\"\n\n"
                + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                + "Ana,Lima,https://www.linkedin.com/in/analima,,Acme Corp,\"Director, Product\",23 Nov 2026\n"
                + "Bo,Chen,https://www.linkedin.com/in/bochen,,,,24 Nov 2026\n"
                + "Cy,Diaz,https://www.linkedin.com/in/cydiaz,,,,01 Nov 2026\n"
                + "Di,Ng,https://www.linkedin.com/in/ding,,,,20 Nov 2026\n";
        new dev.kith.io.imports.Importer(s.book().book(), s.book().contacts(), s.book().milestones()).run(
                dev.kith.io.ImportFormat.LINKEDIN, "Connections.csv",
                export.getBytes(java.nio.charset.StandardCharsets.UTF_8), false, dev.kith.io.Progress.NONE);
        long ana = s.book().contacts().exact("Ana Lima").orElseThrow().id();
        long di = s.book().contacts().exact("Di Ng").orElseThrow().id();
        s.mine(di, TODAY.minusDays(2), InteractionKind.MESSAGE);
        assertThat(s.candidates("follow-up")).as("Bo connected today, Cy weeks ago, Di was written to: only Ana")
                .singleElement().satisfies(a -> {
                    assertThat(a.id()).isEqualTo("follow-up:" + ana + ":2026-11-23");
                    assertThat(a.reason()).isEqualTo("You connected with Ana Lima on LinkedIn yesterday and haven't"
                            + " written since");
                    assertThat(a.draft()).isEqualTo("Hi Ana, thanks for connecting! I'd love to hear more about your"
                            + " work at Acme Corp — would you be up for a short call or a coffee in the next few weeks?");
                });
        Action followUp = s.candidates("follow-up").get(0);
        s.today().done(followUp.id(), null);
        assertThat(s.book().interactions().withContact(ana, 10)).singleElement()
                .satisfies(i -> assertThat(i.summary()).isEqualTo("Followed up on a new connection"));
        assertThat(s.candidates("follow-up")).isEmpty();
    }

    @Test
    void someoneAddedWithAFirstMetDateIsFollowedUpLikeAMeeting() {
        long lauren = s.book().contacts().add(dev.kith.contacts.ContactDraft.builder("Lauren Hays")
                .firstMet(TODAY.minusDays(2)).build()).id();
        assertThat(s.candidates("follow-up")).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo("follow-up:" + lauren + ":2026-11-22");
            assertThat(a.reason()).isEqualTo("You met Lauren Hays 2 days ago and haven't followed up");
            assertThat(a.draft()).startsWith("Hi Lauren, it was a pleasure to meet you the other day. I'd love to hear"
                    + " more about what you're working on these days");
        });
    }

    @Test
    void noFollowUpOnTheDayOfTheMeetingNorAfterWritingToThem() {
        long lauren = s.person("Lauren Hays");
        long bo = s.person("Bo Chen");
        s.mine(lauren, TODAY, InteractionKind.COFFEE);
        s.mine(bo, TODAY.minusDays(2), InteractionKind.MEETING);
        s.mine(bo, TODAY.minusDays(1), InteractionKind.EMAIL);
        assertThat(s.candidates("follow-up")).isEmpty();
    }

    @Test
    void someoneWhoGaveMeTheirTimeIsThanked() {
        long ana = s.person("Ana Lima");
        long cy = s.person("Cy Diaz");
        s.log(ana, TODAY.minusDays(2), InteractionKind.COFFEE, Initiator.THEM, Exchange.NEUTRAL, "career advice");
        s.log(cy, TODAY.minusDays(3), InteractionKind.CALL, Initiator.ME, Exchange.ASKED, "Exchange migration");
        List<Action> thanks = s.candidates("thank-you");
        assertThat(thanks).extracting(Action::id)
                .containsExactlyInAnyOrder("thank-you:" + ana + ":2026-11-22", "thank-you:" + cy + ":2026-11-21");
        assertThat(thanks).filteredOn(a -> a.people().get(0).id() == cy).singleElement().satisfies(a -> {
            assertThat(a.reason()).isEqualTo("Cy Diaz helped you 3 days ago (a call) — “Exchange migration” — and you haven't thanked them");
            assertThat(a.draft()).startsWith("Hi Cy, thank you for your help the other day");
        });
        assertThat(s.candidates("follow-up")).as("a thank-you replaces the follow-up").isEmpty();
        s.mine(ana, TODAY.minusDays(1), InteractionKind.EMAIL);
        assertThat(s.candidates("thank-you")).extracting(Action::id).containsExactly("thank-you:" + cy + ":2026-11-21");
    }

    @Test
    void congratulationsFitTheMilestone() {
        long ana = s.person("Ana Lima");
        long paul = s.person("Paul Cottey");
        long old = s.person("Old News");
        var job = s.book().milestones().add(ana, MilestoneKind.NEW_JOB, TODAY.minusDays(3), "Head of Systems at Acme");
        var talk = s.book().milestones().add(paul, MilestoneKind.TALK_GIVEN, TODAY.minusDays(1), "AI in libraries");
        s.book().milestones().add(old, MilestoneKind.AWARD, TODAY.minusDays(15), null);
        var acked = s.book().milestones().add(old, MilestoneKind.PROMOTION, TODAY.minusDays(2), null);
        s.book().milestones().acknowledge(acked.id());
        List<Action> notes = s.candidates("congratulate");
        assertThat(notes).extracting(Action::id)
                .containsExactlyInAnyOrder("congratulate:" + job.id(), "congratulate:" + talk.id());
        Action forJob = notes.stream().filter(a -> a.ref() == job.id()).findFirst().orElseThrow();
        assertThat(forJob.reason()).isEqualTo(
                "Ana Lima started a new job 3 days ago — “Head of Systems at Acme” — and you haven't said anything yet");
        assertThat(forJob.draft()).startsWith("Hi Ana, congratulations on the new job");
        Action forTalk = notes.stream().filter(a -> a.ref() == talk.id()).findFirst().orElseThrow();
        assertThat(forTalk.draft()).isEqualTo("Hi Paul, how did your talk go? I'd love to hear how it was received.");
    }

    @Test
    void contactPastTheirCadenceIsDueToKeepInTouchAndAnyInteractionResetsTheClock() {
        long ana = s.person("Ana Lima", Circle.CLOSE, LocalDate.of(2026, 1, 1));
        long bo = s.person("Bo Chen", Circle.NETWORK, LocalDate.of(2026, 1, 1));
        s.mine(ana, TODAY.minusDays(45), InteractionKind.LUNCH);
        s.mine(bo, TODAY.minusDays(45), InteractionKind.EMAIL);
        List<Action> due = s.candidates("keep-in-touch");
        assertThat(due).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo("keep-in-touch:" + ana + ":2026-11-09");
            assertThat(a.reason()).isEqualTo("Your last contact with Ana Lima was 45 days ago; you keep in touch"
                    + " every 30 days (close circle), so 15 days overdue");
        });
        s.log(ana, TODAY.minusDays(1), InteractionKind.NOTE, Initiator.THEM, Exchange.NEUTRAL, null);
        assertThat(s.candidates("keep-in-touch")).isEmpty();
    }

    @Test
    void onceStrongTieQuietForMoreThanAYearIsRekindled() {
        long old = s.person("Olga Petrova", Circle.NETWORK, LocalDate.of(2020, 1, 1));
        long faint = s.person("Faint Tie", Circle.NETWORK, LocalDate.of(2020, 1, 1));
        for (int m = 1; m <= 6; m++) {
            LocalDate d = LocalDate.of(2025, m, 10);
            s.mine(old, d, InteractionKind.LUNCH);
            s.log(old, d.plusDays(3), InteractionKind.EMAIL, Initiator.THEM, Exchange.NEUTRAL, null);
        }
        s.mine(faint, LocalDate.of(2025, 3, 1), InteractionKind.EMAIL);
        List<Action> rekindle = s.candidates("rekindle");
        assertThat(rekindle).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo("rekindle:" + old + ":2025-06-13");
            assertThat(a.reason()).startsWith("You and Olga Petrova were close (tie strength ")
                    .endsWith("in June 2025) but haven't been in touch for 17 months");
        });
        assertThat(s.candidates("keep-in-touch")).extracting(a -> a.people().get(0).id()).containsExactly(faint);
    }

    @Test
    void strongContactWithoutARecentMealIsInvitedToLunch() {
        long ana = s.person("Ana Lima", Circle.INNER, LocalDate.of(2024, 1, 1));
        long bo = s.person("Bo Chen", Circle.CLOSE, LocalDate.of(2024, 1, 1));
        long cy = s.person("Cy Diaz", Circle.NETWORK, LocalDate.of(2024, 1, 1));
        s.mine(ana, TODAY.minusDays(90), InteractionKind.LUNCH);
        s.mine(bo, TODAY.minusDays(20), InteractionKind.COFFEE);
        s.mine(cy, TODAY.minusDays(90), InteractionKind.EMAIL);
        assertThat(s.candidates("lunch")).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo("lunch:" + ana + ":2026-08-26");
            assertThat(a.reason()).isEqualTo("Ana Lima is in your inner circle and you haven't shared a meal since 26 August");
            assertThat(a.draft()).contains("lunch next week");
        });
    }
}

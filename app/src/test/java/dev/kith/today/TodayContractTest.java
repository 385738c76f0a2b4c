package dev.kith.today;

import static dev.kith.today.Scenario.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.interactions.InteractionKind;
import dev.kith.milestones.MilestoneKind;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import java.util.List;

/**
 * Today's contract on both databases, with expectations worked out by hand from each kind's
 * urgency × value (tie strength s in [0, 1], pinned where an expectation needs it):
 * <ul>
 *   <li>reply to an email 10+ days old: urgency min(1.2, 0.7 + 0.05 × 10) = 1.2, value 0.6 + 0.4 s: at least 0.72;</li>
 *   <li>congratulate on yesterday's news of someone with no history (s = 0): 0.87 × 0.5 = 0.435;</li>
 *   <li>follow-up 6 days after meeting in person: urgency max(0.4, 1.2 − 0.15 × 5) = 0.45, value 0.7 + 0.3 s,
 *       under 0.435 while s &lt; 0.9.</li>
 * </ul>
 */
class TodayContractTest {

    private static List<String> kinds(Plan plan) {
        return plan.actions().stream().map(Action::kind).toList();
    }

    private static List<String> who(Plan plan) {
        return plan.actions().stream().map(a -> a.people().getFirst().name()).toList();
    }

    private static long replyOwed(Scenario s, String name, int daysAgo) {
        long p = s.person(name);
        s.awaiting(p, TODAY.minusDays(daysAgo), InteractionKind.EMAIL, null);
        return p;
    }

    private static long metInPerson(Scenario s, String name, int daysAgo) {
        long p = s.person(name);
        s.mine(p, TODAY.minusDays(daysAgo), InteractionKind.EVENT_ENCOUNTER);
        return p;
    }

    private static long news(Scenario s, String name) {
        long p = s.person(name);
        s.book().milestones().add(p, MilestoneKind.PROMOTION, TODAY.minusDays(1), "head of research");
        return p;
    }

    /** The facts the expectations rest on, read from the candidates: urgencies exact, values in range. */
    private static void checkScores(Scenario s) {
        assertThat(s.candidates("reply")).allSatisfy(a -> {
            assertThat(a.urgency()).isEqualTo(1.2);
            assertThat(a.value()).isBetween(0.6, 1.0);
        });
        assertThat(s.candidates("congratulate")).allSatisfy(a -> {
            assertThat(a.urgency()).isCloseTo(0.87, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(a.value()).isEqualTo(0.5);
        });
        assertThat(s.candidates("follow-up")).allSatisfy(a -> {
            assertThat(a.urgency()).isCloseTo(0.45, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(a.value()).isBetween(0.7, 0.97);
        });
    }

    @BothDatabases
    void kindsAreOrderedByUrgencyTimesValueNotByKind(TestDatabase db) {
        Scenario s = new Scenario(db);
        news(s, "Cora Congrats");
        metInPerson(s, "Fern Followup", 6);
        replyOwed(s, "Rita Reply", 10);
        checkScores(s);
        Plan plan = s.today().plan(3);
        assertThat(kinds(plan)).containsExactly("reply", "congratulate", "follow-up");
        assertThat(who(plan)).containsExactly("Rita Reply", "Cora Congrats", "Fern Followup");
    }

    @BothDatabases
    void onePersonGetsOneActionTheirBest(TestDatabase db) {
        Scenario s = new Scenario(db);
        long ana = replyOwed(s, "Ana Lima", 10);
        s.book().milestones().add(ana, MilestoneKind.AWARD, TODAY.minusDays(1), "best catalogue");
        news(s, "Bo Chen");
        assertThat(s.candidates("congratulate")).as("Ana's news is a candidate")
                .anySatisfy(a -> assertThat(a.people()).extracting(Person::id).containsExactly(ana));
        Plan plan = s.today().plan(5);
        assertThat(who(plan)).as("room for five, but Ana once").containsExactly("Ana Lima", "Bo Chen");
        assertThat(kinds(plan)).containsExactly("reply", "congratulate");
    }

    @BothDatabases
    void oneOfAKindInThreeTwoInFourWhileOtherKindsHaveCandidatesThenTheRestFills(TestDatabase db) {
        Scenario s = new Scenario(db);
        for (int i = 0; i < 5; i++) {
            replyOwed(s, "Replier " + (char) ('A' + i), 10 + i);
        }
        metInPerson(s, "Fern Followup", 6);
        news(s, "Cora Congrats");
        assertThat(s.candidates("reply")).hasSize(5);
        checkScores(s);
        assertThat(kinds(s.today().plan(3))).as("one of a kind in the default plan: the other replies wait")
                .containsExactly("reply", "congratulate", "follow-up");
        assertThat(kinds(s.today().plan(4))).containsExactly("reply", "reply", "congratulate", "follow-up");
        assertThat(kinds(s.today().plan(5))).as("other kinds used up: a held-back reply fills, ranked first")
                .containsExactly("reply", "reply", "reply", "congratulate", "follow-up");
        assertThat(kinds(s.today().plan(10))).as("every person once; nothing else proposed")
                .containsExactly("reply", "reply", "reply", "reply", "reply", "congratulate", "follow-up");
    }

    @BothDatabases
    void aPersonsTwoActionsFoldIntoOneAndDoingItDoesBoth(TestDatabase db) {
        Scenario s = new Scenario(db);
        long ana = replyOwed(s, "Ana Lima", 10);
        var award = s.book().milestones().add(ana, MilestoneKind.AWARD, TODAY.minusDays(1), "best catalogue");
        Plan before = s.today().plan(3);
        assertThat(kinds(before)).containsExactly("reply");
        Action folded = before.actions().getFirst();
        assertThat(folded.carried()).extracting(Action::kind).containsExactly("congratulate");
        String news = folded.carried().getFirst().draft().replaceFirst("^\\S+ Ana,\\s*", "");
        String reply = s.candidates("reply").getFirst().draft().strip();
        assertThat(folded.draft()).as("one note covers both: the apology leads, the news runs on")
                .startsWith(reply.substring(0, reply.length() - 1)).contains(" — and ").contains(news.substring(1));
        s.today().done(folded.id(), "answered");
        assertThat(s.book().milestones().get(award.id()).acknowledged()).as("the carried news is done too").isTrue();
        assertThat(s.book().interactions().awaitingReply()).isEmpty();
        assertThat(s.today().plan(3).actions()).as("nothing left for Ana").isEmpty();
        assertThat(s.today(TODAY.plusDays(1)).plan(3).actions()).as("neither action returns the next day")
                .extracting(Action::kind).doesNotContain("reply", "congratulate");
    }
}

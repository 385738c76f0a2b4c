package dev.kith.today;

import static dev.kith.today.Scenario.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.contacts.ContactPatch;
import dev.kith.core.ValidationException;
import dev.kith.interactions.InteractionKind;
import dev.kith.milestones.MilestoneKind;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** How candidates become a plan: who never appears, the mix of kinds, the size, stable ids. */
class PlanCompositionTest extends SqliteScenario {
    @Test
    void doNotContactArchivedAndMeNeverAppear() {
        long quiet = s.person("Quinn DoNotContact");
        long gone = s.person("Archie Archived");
        long me = s.person("Sam Rivera");
        long ok = s.person("Ana Lima");
        for (long who : List.of(quiet, gone, me, ok)) {
            s.awaiting(who, TODAY.minusDays(2), InteractionKind.EMAIL, null);
            s.book().milestones().add(who, MilestoneKind.AWARD, TODAY.minusDays(1), null);
        }
        s.book().contacts().edit(quiet, ContactPatch.builder().doNotContact(true).build());
        s.book().contacts().archive(gone, true);
        s.book().setMe(me);
        Plan plan = s.today().plan(10);
        assertThat(plan.actions()).isNotEmpty()
                .allSatisfy(a -> assertThat(a.people()).extracting(Person::id).containsOnly(ok));
        Today t = s.today();
        assertThat(t.candidates(t.snapshot())).flatExtracting(Action::people).extracting(Person::id).containsOnly(ok);
        assertThat(t.due()).extracting(d -> d.person().id()).doesNotContain(quiet, gone, me);
    }

    @Test
    void noMoreThanTwoOfOneKindWhileOtherKindsHaveCandidates() {
        for (int i = 0; i < 5; i++) {
            long p = s.person("Replier " + (char) ('A' + i));
            s.awaiting(p, TODAY.minusDays(10 + i), InteractionKind.EMAIL, null);
        }
        long ana = s.person("Ana Lima");
        s.book().milestones().add(ana, MilestoneKind.PROMOTION, TODAY.minusDays(12), null);
        Plan three = s.today().plan(3);
        assertThat(kinds(three)).containsEntry("reply", 2L).containsEntry("congratulate", 1L);
        Plan five = s.today().plan(5);
        assertThat(kinds(five)).as("once other kinds run out, the rest fills the plan")
                .containsEntry("reply", 4L).containsEntry("congratulate", 1L);
    }

    @Test
    void planIsRankedByUrgencyTimesValueAndHasTheRequestedSize() {
        for (int i = 0; i < 4; i++) {
            long p = s.person("Person " + (char) ('A' + i));
            s.book().milestones().add(p, MilestoneKind.NEW_JOB, TODAY.minusDays(1 + 3 * i), null);
        }
        Plan plan = s.today().plan(1);
        assertThat(plan.actions()).singleElement().satisfies(a -> assertThat(a.people().get(0).name()).isEqualTo("Person A"));
        var k = s.book();
        Today congratulationsOnly = new Today(new Sources(k.book(), k.contacts(), k.interactions(), k.milestones()),
                List.of(new CongratulateKind(k.milestones(), k.interactions(), k.clock())));
        assertThat(congratulationsOnly.plan(Today.DEFAULT_SIZE).actions()).extracting(a -> a.people().get(0).name())
                .as("the newest news first; one kind only, so the cap does not apply")
                .containsExactly("Person A", "Person B", "Person C");
        assertThatThrownBy(() -> s.today().plan(0)).isInstanceOf(ValidationException.class).hasMessageContaining("size");
        assertThatThrownBy(() -> s.today().plan(11)).isInstanceOf(ValidationException.class)
                .hasMessage("size: must be between 1 and 10, not 11");
    }

    @Test
    void theProductOfUrgencyAndValueRanksNotEitherAlone() {
        // urgency × value: quick 1.5 × 0.2 = 0.30, steady 0.6 × 0.6 = 0.36, valued 0.25 × 1.5 = 0.375
        List<Candidate> candidates = List.of(
                candidate("quick", "lunch", 1, 1.5, 0.2),
                candidate("steady", "congratulate", 2, 0.6, 0.6),
                candidate("valued", "thank", 3, 0.25, 1.5));
        assertThat(Planner.compose(Planner.inRankOrder(candidates), 3)).extracting(Candidate::id).containsExactly("valued", "steady", "quick");
        assertThat(Planner.compose(Planner.inRankOrder(candidates), 1)).extracting(Candidate::id).containsExactly("valued");
    }

    @Test
    void theSameActionHasTheSameIdOnTheNextDays() {
        long lauren = s.person("Lauren Hays");
        long paul = s.person("Paul Cottey");
        s.mine(lauren, TODAY.minusDays(1), InteractionKind.EVENT_ENCOUNTER);
        s.awaiting(paul, TODAY.minusDays(1), InteractionKind.CALL, null);
        List<String> today = s.planIds(TODAY, 3);
        List<String> tomorrow = s.planIds(TODAY.plusDays(1), 3);
        assertThat(today).hasSize(2).containsExactlyInAnyOrderElementsOf(tomorrow);
    }

    @Test
    void anEmptyBookHasAnEmptyPlan() {
        assertThat(s.today().plan(3).actions()).isEmpty();
        assertThat(s.today().plan(3).streak()).isZero();
    }

    @Test
    void aNewKindIsAPlugIn() {
        long ana = s.person("Ana Lima");
        ActionKind wave = new ActionKind() {
            @Override
            public String code() {
                return "wave";
            }

            @Override
            public List<Candidate> propose(Snapshot snapshot) {
                return List.of(Candidate.of(new Action("wave:" + ana, code(), List.of(snapshot.contact(ana).person()),
                        "Ana likes waves", "Hi Ana!", 1, 1, 0)));
            }

            @Override
            public void complete(Action action, String note) {
            }
        };
        Today t = new Today(new dev.kith.today.Sources(s.book().book(), s.book().contacts(), s.book().interactions(), s.book().milestones()), List.of(wave));
        assertThat(t.plan(3).actions()).extracting(Action::id).containsExactly("wave:" + ana);
    }

    @Test
    void readingCandidatesInRankOrderLazilyGivesTheFullRankingAndTheSamePlans() {
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 200; round++) {
            List<Candidate> candidates = new java.util.ArrayList<>();
            int n = random.nextInt(60);
            for (int i = 0; i < n; i++) {
                Person p = new Person(random.nextInt(12), "P");
                // few distinct scores, so ties are broken by id
                candidates.add(Candidate.of(new Action("k" + random.nextInt(4) + ":" + i, "k" + random.nextInt(4),
                        List.of(p), "r", "d", random.nextInt(3) * 0.5, 1, 0)));
            }
            List<Candidate> lazily = new java.util.ArrayList<>();
            Planner.inRankOrder(candidates).forEach(lazily::add);
            assertThat(lazily).isEqualTo(Planner.rank(candidates));
            for (int size = 1; size <= Today.MAX_SIZE; size++) {
                assertThat(Planner.compose(Planner.inRankOrder(candidates), size))
                        .isEqualTo(Planner.compose(Planner.rank(candidates), size));
            }
        }
    }

    private static Candidate candidate(String id, String kind, long person, double urgency, double value) {
        return Candidate.of(new Action(id, kind, List.of(new Person(person, "P" + person)), "r", "d", urgency, value, 0));
    }

    private static Map<String, Long> kinds(Plan plan) {
        return plan.actions().stream().collect(Collectors.groupingBy(Action::kind, Collectors.counting()));
    }
}

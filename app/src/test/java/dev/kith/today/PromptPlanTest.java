package dev.kith.today;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.app.Kith;
import dev.kith.contacts.ContactPatch;
import dev.kith.store.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@link Today#planPromptly}: while the plan is recomputed after a change, a page gets the last snapshot's
 * candidates with the action log and reachability as they are now; one recompute runs at a time; its plan
 * replaces the old one once done. The recompute is held at a gate the test opens, so nothing here races a clock.
 */
@Timeout(120)
class PromptPlanTest {
    private final List<TestDatabase> dbs = new ArrayList<>();

    @AfterEach
    void close() {
        dbs.forEach(TestDatabase::close);
    }

    /** Proposes a wave to every reachable contact, A before B; while {@link #hold}, each proposal waits at the gate. */
    private static final class Waves implements ActionKind {
        final Semaphore gate = new Semaphore(0);
        final AtomicInteger proposals = new AtomicInteger();
        volatile boolean hold;

        @Override
        public String code() {
            return "wave";
        }

        @Override
        public List<Candidate> propose(Snapshot snapshot) {
            proposals.incrementAndGet();
            if (hold) {
                gate.acquireUninterruptibly();
            }
            return snapshot.contacts().stream().filter(Snapshot.ContactFacts::reachable)
                    .map(c -> Candidate.of(new Action("wave:" + c.id(), code(), List.of(c.person()), "waves",
                            "Hi " + c.firstName() + "!", 1, 100 - c.name().charAt(0), 0)))
                    .toList();
        }

        @Override
        public void complete(Action action, String note) {
        }
    }

    private List<String> names(Plan plan) {
        return plan.actions().stream().flatMap(a -> a.people().stream()).map(Person::name).toList();
    }

    @Test
    void whileTheRecomputeRunsThePageGetsTheLastCandidatesWithWhatChangedSinceAppliedOnSqlite() {
        showsTheLastPlanMeanwhile(TestDatabase.sqlite());
    }

    @Test
    void andOnPostgres() {
        showsTheLastPlanMeanwhile(TestDatabase.postgres());
    }

    /** A scenario on {@code db}, closed after the test. */
    private Scenario scenario(TestDatabase db) {
        dbs.add(db);
        return new Scenario(db);
    }

    /** The plan of {@code s}'s book with {@code waves} as its only kind. */
    private static Today today(Scenario s, Waves waves) {
        Kith k = s.book();
        return new Today(new Sources(k.book(), k.contacts(), k.interactions(), k.milestones()), List.of(waves));
    }

    private void showsTheLastPlanMeanwhile(TestDatabase db) {
        Scenario s = scenario(db);
        Kith k = s.book();
        long ana = s.person("Ana Lima");
        long ben = s.person("Ben Okafor");
        s.person("Dee Park");
        Waves waves = new Waves();
        Today today = today(s, waves);

        assertThat(names(today.planPromptly(3, Duration.ofSeconds(30)))).as("no earlier plan: it waits for the first")
                .containsExactly("Ana Lima", "Ben Okafor", "Dee Park");
        today.done("wave:" + ana, null);
        k.contacts().archive(ben, true);
        long cleo = s.person("Cleo Voss");

        waves.hold = true;
        int before = waves.proposals.get();
        Plan meanwhile = today.planPromptly(3, Duration.ofMillis(50));
        assertThat(names(meanwhile)).as("the last candidates, without the one done and the one archived since;"
                + " Cleo, added since, comes with the recompute").containsExactly("Dee Park");
        assertThat(names(today.planPromptly(3, Duration.ZERO))).containsExactly("Dee Park");
        assertThat(waves.proposals.get() - before).as("one recompute at a time, however many pages ask").isEqualTo(1);

        waves.hold = false;
        waves.gate.release();
        Plan fresh = today.planPromptly(3, Duration.ofSeconds(30));
        assertThat(names(fresh)).containsExactly("Cleo Voss", "Dee Park");
        assertThat(fresh.actions()).extracting(Action::id).contains("wave:" + cleo);
        assertThat(today.plan(3)).as("the recompute's plan is the book's plan").isEqualTo(fresh);
    }

    @Test
    void aContactDeletedOrMarkedDoNotContactSinceIsLeftOut() {
        Scenario s = scenario(TestDatabase.sqlite());
        Kith k = s.book();
        long ana = s.person("Ana Lima");
        long ben = s.person("Ben Okafor");
        s.person("Dee Park");
        long eve = s.person("Eve Santos");
        Waves waves = new Waves();
        Today today = today(s, waves);
        assertThat(names(today.planPromptly(2, Duration.ofSeconds(30)))).containsExactly("Ana Lima", "Ben Okafor");

        k.contacts().edit(ana, ContactPatch.builder().doNotContact(true).build());
        k.contacts().mergeContact(eve, ben); // Ben's record is gone
        waves.hold = true;
        assertThat(names(today.planPromptly(2, Duration.ZERO))).as("the next candidates fill the places")
                .containsExactly("Dee Park", "Eve Santos");
        waves.hold = false;
        waves.gate.release();
        assertThat(names(today.planPromptly(2, Duration.ofSeconds(30)))).containsExactly("Dee Park", "Eve Santos");
    }
}

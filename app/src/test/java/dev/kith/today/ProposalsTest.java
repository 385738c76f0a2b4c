package dev.kith.today;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kith.app.Kith;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Kinds propose side by side; a part two kinds share loads once; the plan does not depend on who finished first. */
@Timeout(120)
class ProposalsTest extends SqliteScenario {
    /** A kind that proposes one action per reachable contact from a shared part, after {@code arrive}. */
    private static ActionKind kind(String code, SnapshotPart<List<Long>> shared, Runnable arrive) {
        return new ActionKind() {
            @Override
            public String code() {
                return code;
            }

            @Override
            public List<Candidate> propose(Snapshot snapshot) {
                arrive.run();
                return snapshot.part(shared).stream().map(id -> Candidate.of(new Action(code + ":" + id, code,
                        List.of(snapshot.contact(id).person()), "r", "d", 1, code.equals("a") ? 2 : 1, 0))).toList();
            }

            @Override
            public void complete(Action action, String note) {
            }
        };
    }

    @Test
    void kindsRunSideBySideAndASharedPartLoadsOnce() {
        assumeTrue(Runtime.getRuntime().availableProcessors() >= 2, "needs two cores to run side by side");
        long ana = s.person("Ana Lima");
        long ben = s.person("Ben Okafor");
        AtomicInteger loads = new AtomicInteger();
        CountDownLatch both = new CountDownLatch(2);
        SnapshotPart<List<Long>> shared = snapshot -> {
            loads.incrementAndGet();
            return List.of(ana, ben);
        };
        Runnable arrive = () -> {
            both.countDown();
            try {
                // each kind waits here for the other: only kinds running at the same time get past
                assertThat(both.await(60, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        };
        Kith k = s.book();
        Today today = new Today(new Sources(k.book(), k.contacts(), k.interactions(), k.milestones()), List.of());
        List<List<Candidate>> proposed = Proposals.of(List.of(kind("a", shared, arrive), kind("b", shared, arrive)),
                today.snapshot(), true);
        assertThat(loads).hasValue(1);
        assertThat(proposed).as("in the kinds' order").extracting(l -> l.stream().map(Candidate::id).toList())
                .containsExactly(List.of("a:" + ana, "a:" + ben), List.of("b:" + ana, "b:" + ben));
    }

    @Test
    void heavyKindsStartBeforeTheLightOnesListedBeforeThem() {
        long ana = s.person("Ana Lima");
        CountDownLatch heavyStarted = new CountDownLatch(1);
        SnapshotPart<List<Long>> part = snapshot -> List.of(ana);
        // as many light kinds as the pool has threads, each waiting for the heavy kind listed after them: it
        // can only start if it is started first
        List<ActionKind> kinds = new java.util.ArrayList<>();
        for (int i = 0; i < Runtime.getRuntime().availableProcessors(); i++) {
            kinds.add(kind("light" + i, part, () -> {
                try {
                    assertThat(heavyStarted.await(60, TimeUnit.SECONDS)).as("the heavy kind started").isTrue();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        ActionKind light = kind("heavy", part, heavyStarted::countDown);
        kinds.add(new ActionKind() {
            @Override
            public String code() {
                return light.code();
            }

            @Override
            public List<Candidate> propose(Snapshot snapshot) {
                return light.propose(snapshot);
            }

            @Override
            public boolean heavy() {
                return true;
            }

            @Override
            public void complete(Action action, String note) {
            }
        });
        Kith k = s.book();
        Today today = new Today(new Sources(k.book(), k.contacts(), k.interactions(), k.milestones()), List.of());
        List<List<Candidate>> proposed = Proposals.of(kinds, today.snapshot(), true);
        assertThat(proposed).as("still in the kinds' order").hasSize(kinds.size());
        assertThat(proposed.get(kinds.size() - 1)).extracting(Candidate::id).containsExactly("heavy:" + ana);
        assertThat(proposed.get(0)).extracting(Candidate::id).containsExactly("light0:" + ana);
    }

    @Test
    void aFailingKindFailsWithItsOwnErrorAndAFailedPartLoadsAgain() {
        long ana = s.person("Ana Lima");
        AtomicInteger loads = new AtomicInteger();
        SnapshotPart<List<Long>> flaky = snapshot -> {
            if (loads.incrementAndGet() == 1) {
                throw new IllegalStateException("the part broke");
            }
            return List.of(ana);
        };
        Kith k = s.book();
        Today today = new Today(new Sources(k.book(), k.contacts(), k.interactions(), k.milestones()), List.of());
        Snapshot snapshot = today.snapshot();
        assertThatThrownBy(() -> Proposals.of(List.of(kind("a", flaky, () -> { })), snapshot, true))
                .isInstanceOf(IllegalStateException.class).hasMessage("the part broke");
        assertThat(Proposals.of(List.of(kind("a", flaky, () -> { }), kind("b", flaky, () -> { })), snapshot, true))
                .extracting(l -> l.stream().map(Candidate::id).toList())
                .containsExactly(List.of("a:" + ana), List.of("b:" + ana));
        assertThat(loads).as("the failed load was not kept; the second was, for both kinds").hasValue(2);
    }
}

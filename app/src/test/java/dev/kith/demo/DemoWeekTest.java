package dev.kith.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.app.Kith;
import dev.kith.book.Book;
import dev.kith.core.KithClock;
import dev.kith.store.TestDatabase;
import dev.kith.today.Action;
import dev.kith.today.Plan;
import dev.kith.today.Today;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A week of use (issue 18): the demo book in a file, each day's default plan done in full, the day
 * advancing one at a time. Every practice the demo seeds appears in the week — a lunch or keep-in-touch
 * with someone overdue, a congratulation, an article shared, an introduction, a follow-up, a reply —
 * and no plan holds more of one kind than its cap: one in the default plan of three, two in a plan of
 * five, three in a plan of ten (checked on each day's book before the day's plan is done).
 */
class DemoWeekTest {
    private static final LocalDate START = LocalDate.of(2026, 11, 24);
    private static final int DAYS = 7;

    @Test
    void aWeekOfDefaultPlansDoneGoesRoundEveryPractice() {
        try (TestDatabase db = TestDatabase.sqlite()) {
            DemoBook.generate(Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(START)), DemoBook.SEED,
                    DemoBook.DEFAULT_PEOPLE);
            List<String> week = new ArrayList<>();
            Set<Long> overdueReached = new HashSet<>();
            for (int d = 0; d < DAYS; d++) {
                LocalDate day = START.plusDays(d);
                Today today = Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(day)).today();
                Set<Long> overdue = today.due().stream().map(x -> x.person().id()).collect(Collectors.toSet());
                for (int[] sizeAndCap : new int[][] {{5, 2}, {10, 3}}) {
                    Map<String, Long> perKind = perKind(today.plan(sizeAndCap[0]));
                    assertThat(perKind.values()).as("day %s, plan of %d: %s", day, sizeAndCap[0], perKind)
                            .allMatch(n -> n <= sizeAndCap[1]);
                }
                Plan plan = today.plan(Today.DEFAULT_SIZE);
                assertThat(plan.actions()).as("day %s", day).hasSize(Today.DEFAULT_SIZE);
                assertThat(perKind(plan).values()).as("day %s: %s", day, perKind(plan)).allMatch(n -> n == 1);
                for (Action a : plan.actions()) {
                    System.out.printf("%s  %-14s %-40s also %s%n", day, a.kind(), a.people().get(0).name(),
                            a.carried().stream().map(Action::kind).toList());
                    Stream.concat(Stream.of(a), a.carried().stream()).forEach(x -> {
                        week.add(x.kind());
                        if (x.kind().equals("lunch") || x.kind().equals("keep-in-touch")) {
                            x.people().stream().map(p -> p.id()).filter(overdue::contains).forEach(overdueReached::add);
                        }
                    });
                    today.done(a.id(), null);
                }
            }
            assertThat(week.stream().filter(k -> k.equals("reply")).count()).as("replies do not crowd the week")
                    .isLessThanOrEqualTo(DAYS);
            Map<String, Long> counts = week.stream().collect(Collectors.groupingBy(Function.identity(),
                    Collectors.counting()));
            System.out.println("the week: " + counts);
            assertThat(counts).containsKeys("congratulate", "share-article", "introduce", "follow-up", "reply");
            assertThat(counts.keySet()).containsAnyOf("lunch", "keep-in-touch");
            assertThat(overdueReached).as("someone overdue was invited or written to").isNotEmpty();
        }
    }

    private static Map<String, Long> perKind(Plan plan) {
        return plan.actions().stream().collect(Collectors.groupingBy(Action::kind, Collectors.counting()));
    }
}

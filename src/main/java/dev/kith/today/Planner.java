package dev.kith.today;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranks candidates by urgency × value and picks the plan: at most {@value #PER_KIND} of one kind
 * while other kinds have candidates, and one action per person. Runs in O(n log n). Stateless.
 */
final class Planner {
    static final int PER_KIND = 2;

    /** Highest score first; ties broken by id so the same book gives the same order. */
    static final Comparator<Ranked> RANK = Comparator.comparingDouble(Ranked::score).reversed()
            .thenComparing(Ranked::id);

    private Planner() {
    }

    /** The candidates ranked, best first. */
    static List<Candidate> rank(List<Candidate> candidates) {
        return candidates.stream().sorted(RANK).toList();
    }

    /** Up to {@code size} actions from {@code ranked} (best first), mixed by kind; empty when there are none. */
    static List<Candidate> compose(List<Candidate> ranked, int size) {
        List<Candidate> plan = new ArrayList<>();
        Set<Long> people = new HashSet<>();
        Map<String, Integer> perKind = new HashMap<>();
        List<Candidate> heldBack = new ArrayList<>();
        for (Candidate a : ranked) {
            if (plan.size() == size) {
                break;
            }
            if (a.people().stream().anyMatch(p -> people.contains(p.id()))) {
                continue;
            }
            if (perKind.getOrDefault(a.kind(), 0) >= PER_KIND) {
                heldBack.add(a);
                continue;
            }
            take(a, plan, people, perKind);
        }
        for (Candidate a : heldBack) {
            if (plan.size() == size) {
                break;
            }
            if (a.people().stream().noneMatch(p -> people.contains(p.id()))) {
                take(a, plan, people, perKind);
            }
        }
        return plan.stream().sorted(RANK).toList();
    }

    private static void take(Candidate a, List<Candidate> plan, Set<Long> people, Map<String, Integer> perKind) {
        plan.add(a);
        a.people().forEach(p -> people.add(p.id()));
        perKind.merge(a.kind(), 1, Integer::sum);
    }
}

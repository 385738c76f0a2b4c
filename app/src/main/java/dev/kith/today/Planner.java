package dev.kith.today;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Ranks candidates by urgency × value and picks the plan: at most {@value #PER_KIND} of one kind
 * while other kinds have candidates, and one action per person. Ranking all is O(n log n); a plan
 * reads only as far as it needs ({@link #inRankOrder}). Stateless.
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

    /**
     * The candidates in rank order, sorted only as far as they are read: a binary heap built in O(n),
     * then O(log n) a candidate. A plan reads a handful of the thousands a large book proposes.
     */
    static Iterable<Candidate> inRankOrder(List<Candidate> candidates) {
        return () -> new Iterator<>() {
            private final Candidate[] heap = candidates.toArray(Candidate[]::new);
            private int size = heap.length;

            {
                for (int i = size / 2 - 1; i >= 0; i--) {
                    siftDown(i);
                }
            }

            @Override
            public boolean hasNext() {
                return size > 0;
            }

            @Override
            public Candidate next() {
                if (size == 0) {
                    throw new NoSuchElementException();
                }
                Candidate top = heap[0];
                heap[0] = heap[--size];
                heap[size] = null;
                if (size > 0) {
                    siftDown(0);
                }
                return top;
            }

            private void siftDown(int from) {
                int i = from;
                Candidate x = heap[i];
                while (2 * i + 1 < size) {
                    int child = 2 * i + 1;
                    if (child + 1 < size && RANK.compare(heap[child + 1], heap[child]) < 0) {
                        child++;
                    }
                    if (RANK.compare(x, heap[child]) <= 0) {
                        break;
                    }
                    heap[i] = heap[child];
                    i = child;
                }
                heap[i] = x;
            }
        };
    }

    /** Up to {@code size} actions from {@code ranked} (best first), mixed by kind; empty when there are none. */
    static List<Candidate> compose(Iterable<Candidate> ranked, int size) {
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

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
 * Ranks candidates and picks the plan. Urgent candidates (owed replies, follow-ups of yesterday's
 * meetings) come first; the rest rank by urgency × value, a kind done in the last
 * {@value #ROTATION_DAYS} days ranking lower for each time it was done, so that a week of plans goes
 * round the practices. A plan holds at most {@link #cap(int)} actions of one kind (one in the default
 * plan of three, two in five, three in ten) unless nothing else qualifies, and one action per person (a person's
 * several actions are folded into one beforehand, see {@link Fold}). Ranking all is O(n log n); a plan
 * reads only as far as it needs ({@link #inRankOrder}). Stateless.
 */
final class Planner {
    /**
     * Kinds whose people are suggestions to choose from, not the people the action is about: they neither
     * take a person's one place in the plan nor give way to someone's other action.
     */
    static final Set<String> SUGGESTS = Set.of("choose-circle");

    /** How many days back the kinds done make a kind rank lower. */
    static final int ROTATION_DAYS = 7;

    /** Urgent first, then the highest score; ties broken by id so the same book gives the same order. */
    static final Comparator<Ranked> RANK = Comparator.comparing((Ranked r) -> !urgent(r))
            .thenComparing(Comparator.comparingDouble(Ranked::score).reversed())
            .thenComparing(Ranked::id);

    private Planner() {
    }

    /**
     * The most actions of one kind a plan of {@code size} holds while other kinds have candidates:
     * ⌈0.3 × size⌉, so one in the default plan of three, two in five, three in ten.
     */
    static int cap(int size) {
        return Math.max(1, (3 * size + 9) / 10);
    }

    /**
     * Whether a candidate cannot wait: an owed reply, or the next-morning follow-up of yesterday's
     * meeting (its urgency is highest then).
     */
    static boolean urgent(Ranked r) {
        if (!(r instanceof Candidate c)) {
            return r instanceof Action a && urgent(a.kind(), a.urgency());
        }
        return urgent(c.kind(), c.urgency());
    }

    private static boolean urgent(String kind, double urgency) {
        return switch (kind) {
            case "reply" -> true;
            case "follow-up" -> urgency >= 1.2; // a meeting of yesterday (see FollowUpKind)
            default -> false;
        };
    }

    /**
     * The ranking of a day on which the kinds of {@code doneRecently} were done (kind → times in the
     * last {@value #ROTATION_DAYS} days): urgent first, then score divided by one plus those times.
     */
    static Comparator<Ranked> rotating(Map<String, Integer> doneRecently) {
        if (doneRecently.isEmpty()) {
            return RANK;
        }
        return Comparator.comparing((Ranked r) -> !urgent(r))
                .thenComparing(Comparator.comparingDouble((Ranked r) -> urgent(r) ? r.score()
                        : r.score() / (1 + doneRecently.getOrDefault(kindOf(r), 0))).reversed())
                .thenComparing(Ranked::id);
    }

    private static String kindOf(Ranked r) {
        return r instanceof Candidate c ? c.kind() : r instanceof Action a ? a.kind() : "";
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
        return inRankOrder(candidates, RANK);
    }

    /** {@link #inRankOrder(List)} by {@code order}. */
    static Iterable<Candidate> inRankOrder(List<Candidate> candidates, Comparator<? super Candidate> order) {
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
                    if (child + 1 < size && order.compare(heap[child + 1], heap[child]) < 0) {
                        child++;
                    }
                    if (order.compare(x, heap[child]) <= 0) {
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
        return compose(ranked, size, RANK);
    }

    /** {@link #compose(Iterable, int)}, the plan in {@code order}. */
    static List<Candidate> compose(Iterable<Candidate> ranked, int size, Comparator<? super Candidate> order) {
        int cap = cap(size);
        List<Candidate> plan = new ArrayList<>();
        Set<Long> people = new HashSet<>();
        Map<String, Integer> perKind = new HashMap<>();
        List<Candidate> heldBack = new ArrayList<>();
        for (Candidate a : ranked) {
            if (plan.size() == size) {
                break;
            }
            if (!SUGGESTS.contains(a.kind()) && a.people().stream().anyMatch(p -> people.contains(p.id()))
                    && !urgent(a)) {
                continue; // an urgent one (an owed reply) is never hidden by someone's other action
            }
            if (perKind.getOrDefault(a.kind(), 0) >= cap) {
                heldBack.add(a);
                continue;
            }
            take(a, plan, people, perKind);
        }
        for (Candidate a : heldBack) {
            if (plan.size() == size) {
                break;
            }
            if (SUGGESTS.contains(a.kind()) || a.people().stream().noneMatch(p -> people.contains(p.id()))) {
                take(a, plan, people, perKind);
            }
        }
        return plan.stream().sorted(order).toList();
    }

    private static void take(Candidate a, List<Candidate> plan, Set<Long> people, Map<String, Integer> perKind) {
        plan.add(a);
        if (!SUGGESTS.contains(a.kind())) {
            a.people().forEach(p -> people.add(p.id()));
        }
        perKind.merge(a.kind(), 1, Integer::sum);
    }
}

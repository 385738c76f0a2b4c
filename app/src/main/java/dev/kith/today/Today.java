package dev.kith.today;

import dev.kith.book.Book;
import dev.kith.core.KithException;
import dev.kith.core.NotFoundException;
import dev.kith.core.ValidationException;
import dev.kith.store.PerVersion;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The daily plan of one book: proposes, ranks and mixes actions from the kinds it is given, and
 * remembers what was done, snoozed or skipped. Thread-safe.
 */
public final class Today {
    public static final int DEFAULT_SIZE = 3;
    public static final int MAX_SIZE = 10;
    public static final int SKIP_DAYS = 30;

    private final Book book;
    private final Sources sources;
    private final List<ActionKind> kinds;
    private final ActionLog log;
    /** The candidates of the last snapshot proposed, reused while the (immutable) snapshot is the same object. */
    private volatile RankedSnapshot lastRanked;
    /** The background recompute of the candidates for {@link #planPromptly}, at most one at a time. */
    private final Recompute<RankedSnapshot> recompute;

    /**
     * The last plan composed, reused while nothing was committed (the action log included) on the same
     * day: a web server shows the same plan on every page view until something changes.
     */
    private final PerVersion<Plan> plans;

    private record RankedSnapshot(Snapshot snapshot, List<Candidate> candidates) {
    }

    /**
     * The open candidates of a list of {@code proposed} ones (compared by identity) on {@code today}: those not
     * {@code hidden} by the action log nor about anyone {@code actedToday}, folded by people ({@link Fold}).
     */
    private record Folded(List<Candidate> proposed, LocalDate today, Set<String> hidden,
                          Set<Long> actedToday, List<Candidate> open) {
    }

    /** The last fold composed, reused while the candidates and what hides them are the same. */
    private volatile Folded lastFolded;

    /** A plan of {@code size} from the candidates of {@code snapshot} (compared by identity). */
    private record PlanOf(Snapshot snapshot, int size) {
    }

    /** The last plan {@link #planPromptly} composed from an earlier snapshot's candidates, while nothing was committed. */
    private final PerVersion<Plan> stalePlans;

    private record PlanKey(LocalDate day, int size) {
    }

    /** The plan of the book of {@code sources}, read through them, made of the actions of {@code kinds}. */
    public Today(Sources sources, List<ActionKind> kinds) {
        this.sources = Objects.requireNonNull(sources, "sources");
        this.book = sources.book();
        this.kinds = List.copyOf(kinds);
        this.log = new ActionLog(book.database(), book.id());
        this.plans = new PerVersion<>(book.database());
        this.stalePlans = new PerVersion<>(book.database());
        this.recompute = new Recompute<>("kith-plan-" + book.id(), () -> {
            Snapshot snapshot = SnapshotCache.get(sources);
            return new RankedSnapshot(snapshot, proposed(snapshot));
        });
    }

    /**
     * Today's plan of at most {@code size} actions (1 to {@value #MAX_SIZE}); no action is done, snoozed
     * or skipped. The book's snapshot is reused while nothing was committed to it (see {@link SnapshotCache}).
     */
    public Plan plan(int size) {
        checkSize(size);
        return plans.get(new PlanKey(book.clock().today(), size), () -> plan(SnapshotCache.get(sources), size));
    }

    private static void checkSize(int size) {
        if (size < 1 || size > MAX_SIZE) {
            throw new ValidationException("size", "must be between 1 and " + MAX_SIZE + ", not " + size);
        }
    }

    /**
     * The plan of {@code snapshot}: the part benchmarks time, without database reads but the action log.
     * Hidden actions (done, snoozed, skipped) and everyone acted on today are left out, each person's
     * actions are folded into one ({@link Fold}), and kinds done in the last days rank lower ({@link Planner}).
     */
    public Plan plan(Snapshot snapshot, int size) {
        checkSize(size);
        return compose(snapshot.today(), proposed(snapshot), size);
    }

    /**
     * Today's plan of at most {@code size} actions without keeping a page waiting behind a long recompute: as
     * {@link #plan(int)} while the book's snapshot is current. After a change it waits up to {@code wait} for
     * the new plan, which a background thread composes (one at a time per book); when the last such recompute
     * took longer than {@code wait} or ended less than {@code wait} ago (writes in a run), or this one takes
     * longer, it answers at once with the candidates of the last
     * snapshot instead, minus what the action log has hidden since (done, snoozed, skipped, anyone acted on
     * today) and anyone no longer reachable. So on a large book the plan's suggestions lag a write by the
     * seconds of one recompute, while what the user did on the plan shows at once. With no earlier snapshot
     * of today, it waits for the new one.
     */
    public Plan planPromptly(int size, Duration wait) {
        checkSize(size);
        RankedSnapshot last = lastRanked;
        LocalDate today = book.clock().today();
        if (last == null || !last.snapshot().today().equals(today)
                || SnapshotCache.current(sources).filter(current -> current == last.snapshot()).isPresent()) {
            return plan(size); // no earlier plan of today to show, or the candidates are current
        }
        long patience = recompute.patience(wait);
        CompletableFuture<RankedSnapshot> next = recompute.joinOrStart();
        try {
            RankedSnapshot fresh = next.get(patience, TimeUnit.NANOSECONDS);
            return compose(fresh.snapshot().today(), fresh.candidates(), size);
        } catch (TimeoutException e) {
            RankedSnapshot newest = lastRanked; // a recompute that landed since the start of this call is the newer
            RankedSnapshot shown = newest != null && newest.snapshot().today().equals(today) ? newest : last;
            return stalePlans.get(new PlanOf(shown.snapshot(), size), () -> composeReachable(today, shown.candidates(), size));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new KithException("cannot compose today's plan: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KithException("interrupted while composing today's plan", e);
        }
    }

    /**
     * {@link #compose} over candidates of an earlier snapshot: an action about someone archived, marked do
     * not contact or deleted since is left out, and the plan composed again without it.
     */
    private Plan composeReachable(LocalDate today, List<Candidate> candidates, int size) {
        List<Candidate> pool = candidates;
        long me = book.me().orElse(-1L);
        while (true) {
            Plan plan = compose(today, pool, size);
            Set<Long> people = new HashSet<>();
            plan.actions().forEach(a -> a.people().forEach(p -> people.add(p.id())));
            Set<Long> reachable = new HashSet<>();
            sources.contacts().getAll(List.copyOf(people)).stream()
                    .filter(c -> !c.archived() && !c.doNotContact() && c.id() != me).forEach(c -> reachable.add(c.id()));
            if (reachable.containsAll(people)) {
                return plan;
            }
            pool = pool.stream().filter(c -> c.people().stream().allMatch(p -> !people.contains(p.id())
                    || reachable.contains(p.id()))).toList();
        }
    }

    /** The plan of the {@code proposed} candidates of {@code today}, with the action log as it is now. */
    private Plan compose(LocalDate today, List<Candidate> proposed, int size) {
        Map<String, ActionLog.Entry> state = log.all();
        Set<Long> actedToday = new HashSet<>();
        Map<String, Integer> doneRecently = new HashMap<>();
        for (ActionLog.Entry e : state.values()) {
            if (e.actedOn().equals(today)) {
                actedToday.addAll(e.people());
            }
            if (e.status() == ActionLog.Status.DONE && !e.actedOn().isAfter(today)
                    && e.actedOn().isAfter(today.minusDays(Planner.ROTATION_DAYS)) && e.kind() != null) {
                doneRecently.merge(e.kind(), 1, Integer::sum);
            }
        }
        Set<String> hidden = new HashSet<>();
        state.forEach((id, e) -> {
            if (e.hides(today)) {
                hidden.add(id);
            }
        });
        Folded last = lastFolded;
        List<Candidate> open;
        if (last != null && last.proposed() == proposed && last.today().equals(today) && last.hidden().equals(hidden)
                && last.actedToday().equals(actedToday)) {
            open = last.open(); // a write that hid nothing and touched nobody on the plan: the same fold
        } else {
            open = Fold.byPeople(proposed.stream()
                    .filter(a -> !hidden.contains(a.id()))
                    .filter(a -> Planner.SUGGESTS.contains(a.kind())
                            || a.people().stream().noneMatch(p -> actedToday.contains(p.id())))
                    .toList());
            lastFolded = new Folded(proposed, today, hidden, actedToday, open);
        }
        var order = Planner.rotating(doneRecently);
        return new Plan(today, streak(), Planner.compose(Planner.inRankOrder(open, order), size, order).stream()
                .map(Candidate::write).toList());
    }

    /** Loads the snapshot the kinds propose from: a few whole-book queries. */
    public Snapshot snapshot() {
        return SnapshotLoader.load(sources);
    }

    /** Every action the kinds propose today, hidden ones included, best first, with their words written. */
    public List<Action> candidates(Snapshot snapshot) {
        return ranked(snapshot).stream().map(Candidate::write).toList();
    }

    /** Every candidate the kinds propose today, hidden ones included, best first. */
    private List<Candidate> ranked(Snapshot snapshot) {
        return Planner.rank(proposed(snapshot));
    }

    /** Every candidate the kinds propose today, hidden ones included, in no particular order. */
    private List<Candidate> proposed(Snapshot snapshot) {
        RankedSnapshot last = lastRanked;
        if (last != null && last.snapshot() == snapshot) {
            return last.candidates();
        }
        List<Candidate> all = new ArrayList<>();
        for (List<Candidate> ofKind : Proposals.of(kinds, snapshot, !book.database().inTransaction())) {
            for (Candidate a : ofKind) {
                if (a.people().stream().allMatch(p -> snapshot.reachable(p.id()))) {
                    all.add(a);
                }
            }
        }
        List<Candidate> proposed = List.copyOf(all);
        lastRanked = new RankedSnapshot(snapshot, proposed);
        return proposed;
    }

    /** Action {@code id} of today's candidates, not yet done: what a caller checks before acting outside Kith (sending mail). */
    public Action open(String id) {
        Action action = find(id);
        ActionLog.Entry entry = log.all().get(action.id());
        if (entry != null && entry.status() == ActionLog.Status.DONE) {
            throw new KithException("action '" + id + "' was already done on " + entry.actedOn());
        }
        return action;
    }

    /**
     * Of the actions {@code ids}, those open today (proposed and not done), by id, each as {@link #open}
     * answers it; read from the cached snapshot in one pass, for a page that shows many at once.
     */
    public Map<String, Action> openAmong(java.util.Collection<String> ids) {
        Snapshot snapshot = SnapshotCache.get(sources);
        List<Candidate> all = proposed(snapshot);
        Map<String, ActionLog.Entry> state = log.all();
        List<Candidate> shown = all.stream().filter(a -> !state.containsKey(a.id()) || !state.get(a.id()).hides(snapshot.today()))
                .toList();
        Map<String, Action> out = new LinkedHashMap<>();
        for (String wanted : ids) {
            List<Candidate> pool = new ArrayList<>(shown);
            all.stream().filter(a -> a.id().equals(wanted) && !shown.contains(a)).forEach(pool::add);
            Candidate found = Fold.find(pool, wanted);
            if (found == null) {
                found = all.stream().filter(a -> a.id().equals(wanted)).findFirst().orElse(null);
            }
            if (found != null) {
                ActionLog.Entry entry = state.get(found.id());
                if (entry == null || entry.status() != ActionLog.Status.DONE) {
                    out.put(wanted, found.write());
                }
            }
        }
        return out;
    }

    /** Does action {@code id}: logs what it means (see each kind) and keeps it out of every later plan. */
    public Action done(String id, String note) {
        return book.atomically(() -> {
            Action action = open(id);
            Undoable.note(book, "marked", "done", action);
            kind(action).complete(action, note);
            for (Action carried : action.carried()) {
                if (!Fold.COVERED_BY_ANY_CONTACT.contains(carried.kind())) {
                    kind(carried).complete(carried, null);
                }
            }
            record(action, ActionLog.Status.DONE, book.clock().today(), null, note);
            return action;
        });
    }

    /** Hides action {@code id} until {@code until}, which must be after today. */
    public Action snooze(String id, LocalDate until) {
        LocalDate today = book.clock().today();
        if (until == null || !until.isAfter(today)) {
            throw new ValidationException("until", "must be after today (" + today + ")");
        }
        return book.atomically(() -> {
            Action action = find(id);
            Undoable.note(book, "snoozed", "", action);
            record(action, ActionLog.Status.SNOOZED, today, until, null);
            return action;
        });
    }

    /** Hides action {@code id} for {@value #SKIP_DAYS} days. */
    public Action skip(String id) {
        LocalDate today = book.clock().today();
        return book.atomically(() -> {
            Action action = find(id);
            Undoable.note(book, "skipped", "", action);
            record(action, ActionLog.Status.SKIPPED, today, today.plusDays(SKIP_DAYS), null);
            return action;
        });
    }

    /** Consecutive days with at least one action done, ending today or yesterday; 0 when the chain is broken. */
    public int streak() {
        LocalDate today = book.clock().today();
        List<LocalDate> days = log.doneDays().stream().filter(d -> !d.isAfter(today)).toList();
        if (days.isEmpty() || days.get(0).isBefore(today.minusDays(1))) {
            return 0;
        }
        int streak = 1;
        for (int i = 1; i < days.size() && days.get(i).equals(days.get(i - 1).minusDays(1)); i++) {
            streak++;
        }
        return streak;
    }

    /** Everyone reachable and past their cadence, most overdue first; empty when nobody is. */
    public List<Due> due() {
        Snapshot s = SnapshotCache.get(sources);
        return s.contacts().stream().filter(Snapshot.ContactFacts::reachable)
                .map(c -> new Due(c.person(), c.circle(), c.cadenceDays(), c.lastContact(), KeepInTouchKind.due(c),
                        Words.days(KeepInTouchKind.due(c), s.today())))
                .filter(d -> Due.isDue(d.dueOn(), s.today()))
                .sorted(Comparator.comparingLong(Due::daysOverdue).reversed()
                        .thenComparing(d -> d.person().name()).thenComparing(d -> d.person().id()))
                .toList();
    }

    /** Logs {@code action} and every action it carries with {@code status}, each about its people. */
    private void record(Action action, ActionLog.Status status, LocalDate on, LocalDate until, String note) {
        log.record(action.id(), action.kind(), status, on, until, note, action.people());
        for (Action carried : action.carried()) {
            log.record(carried.id(), carried.kind(), status, on, until, null, carried.people());
        }
    }

    /**
     * The day each contact of the book (reachable or not) falls due, by id ({@link Due#dueOn}), from
     * the same snapshot as the plan: what lists of contacts mark as due.
     */
    public Map<Long, LocalDate> dueDates() {
        Snapshot s = SnapshotCache.get(sources);
        DueDates last = lastDueDates;
        if (last != null && last.snapshot() == s) {
            return last.dates(); // every search of the contacts list reads them; the same until the book changes
        }
        Map<Long, LocalDate> dates = new HashMap<>(s.contacts().size() * 2);
        s.contacts().forEach(c -> dates.put(c.id(), KeepInTouchKind.due(c)));
        Map<Long, LocalDate> fixed = Collections.unmodifiableMap(dates);
        lastDueDates = new DueDates(s, fixed);
        return fixed;
    }

    /** The due dates of a snapshot (compared by identity). */
    private record DueDates(Snapshot snapshot, Map<Long, LocalDate> dates) {
    }

    /** The last due dates computed, reused while the snapshot is the same. */
    private volatile DueDates lastDueDates;

    /**
     * Action {@code id} as today's plan would show it: folded with the same people's other open actions
     * when it leads them; else the candidate alone (a carried one asked for by its own id, or a hidden one).
     */
    private Action find(String id) {
        String wanted = id == null ? "" : id.strip();
        Snapshot snapshot = SnapshotLoader.load(sources);
        List<Candidate> all = proposed(snapshot);
        Map<String, ActionLog.Entry> state = log.all();
        Candidate folded = Fold.find(all.stream()
                .filter(a -> a.id().equals(wanted) || !state.containsKey(a.id())
                        || !state.get(a.id()).hides(snapshot.today()))
                .toList(), wanted);
        if (folded != null) {
            return folded.write();
        }
        return all.stream().filter(a -> a.id().equals(wanted)).findFirst()
                .map(Candidate::write).orElseThrow(() -> new NotFoundException("no action '" + wanted
                        + "' in today's plan; 'kith today --size 10' lists the current ids"));
    }

    private ActionKind kind(Action action) {
        return kinds.stream().filter(k -> k.code().equals(action.kind())).findFirst().orElseThrow();
    }
}

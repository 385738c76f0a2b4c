package dev.kith.today;

import dev.kith.book.Book;
import dev.kith.contacts.Cadences;
import dev.kith.contacts.ContactBasics;
import dev.kith.core.Beside;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;
import dev.kith.interactions.Interactions;
import dev.kith.store.Database;
import dev.kith.strength.StrengthCounts;
import dev.kith.strength.StrengthTally;
import dev.kith.strength.TieStrengths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;

/**
 * Loads a {@link Snapshot} through the features' whole-book reads, a few queries in all. Tie strength
 * comes from one aggregate per contact over {@code interaction_people} ({@link TieStrengths#activity},
 * an index-only scan); only the last {@value Snapshot#RECENT_DAYS} days' interactions and those awaiting
 * a reply are read row by row ({@link Interactions#sinceOrAwaiting}), and the full history only of ties
 * quiet for more than {@value Snapshot#QUIET_DAYS} days, whose strength back then rekindling needs
 * ({@link TieStrengths#histories}).
 */
final class SnapshotLoader {
    private SnapshotLoader() {
    }

    /**
     * The snapshot of {@code book} today. Runs the per-contact aggregate, the costliest query, on its own
     * connection while the caller's thread reads the rest: on two cores this takes a third off a fresh
     * snapshot. The reads are separate transactions, so a commit landing between them can mix states for
     * one plan; the {@link SnapshotCache} reads the data version first, so such a snapshot is never reused.
     */
    static Snapshot load(Sources sources) {
        Book book = sources.book();
        LocalDate today = book.clock().today();
        LocalDate recentFrom = today.minusDays(Snapshot.RECENT_DAYS);
        Database db = book.database();
        Cadences cadences = sources.contacts().cadences();
        TieStrengths strengths = new TieStrengths(db, book.id());
        CompletableFuture<Map<Long, TieStrengths.Activity>> pending = db.inTransaction() ? null
                : Beside.start("kith-snapshot", () -> strengths.activity(today));
        long me = book.me().orElse(-1L);
        Map<Long, LocalDate> futureMeals = new HashMap<>();
        Map<Long, List<Interaction>> recent = new HashMap<>();
        List<Interaction> awaiting = new ArrayList<>();
        List<Long> inPerson = new ArrayList<>();
        for (Interaction i : sources.interactions().sinceOrAwaiting(recentFrom)) {
            if (i.date().isAfter(today)) {
                if (i.kind() == InteractionKind.LUNCH || i.kind() == InteractionKind.COFFEE) {
                    i.people().forEach(p -> futureMeals.merge(p, i.date(), (a, b) -> a.isAfter(b) ? a : b));
                }
                continue;
            }
            if (i.awaitingReply()) {
                awaiting.add(i);
            }
            if (!i.date().isBefore(recentFrom)) {
                i.people().forEach(p -> recent.computeIfAbsent(p, k -> new ArrayList<>()).add(i));
                if (i.kind().inPerson()) {
                    inPerson.add(i.id());
                }
            }
        }
        java.util.Set<Long> routine = sources.interactions().routineAmong(inPerson);
        List<ContactBasics> people = sources.contacts().basics();
        Map<Long, TieStrengths.Activity> activity = pending == null ? strengths.activity(today) : Beside.join(pending);
        Map<Long, StrengthTally> quiet = strengths.histories(quiet(activity, today), today);
        Map<Long, Snapshot.ContactFacts> contacts = contacts(people, me, cadences, today, activity, futureMeals, quiet);
        return new Snapshot(today, contacts, recent, awaiting,
                sources.milestones().unacknowledged(today.minusDays(14), today), routine);
    }

    /** The contacts whose last interaction is more than {@value Snapshot#QUIET_DAYS} days before today, by id. */
    private static List<Long> quiet(Map<Long, TieStrengths.Activity> activity, LocalDate today) {
        LocalDate quietBefore = today.minusDays(Snapshot.QUIET_DAYS);
        return activity.entrySet().stream()
                .filter(e -> e.getValue().counts().last().isBefore(quietBefore)).map(Map.Entry::getKey).sorted()
                .toList();
    }

    /** The facts of every contact; {@code since} (when I first knew them) is the earlier of first met and added. */
    private static Map<Long, Snapshot.ContactFacts> contacts(List<ContactBasics> people, long me, Cadences cadences,
                                                             LocalDate today,
                                                             Map<Long, TieStrengths.Activity> activity,
                                                             Map<Long, LocalDate> futureMeals,
                                                             Map<Long, StrengthTally> quiet) {
        Map<Long, Snapshot.ContactFacts> contacts = new HashMap<>(people.size() * 2);
        for (ContactBasics c : people) {
            long id = c.id();
            int cadence = c.cadenceDays() != null ? c.cadenceDays() : cadences.days(c.circle());
            boolean reachable = !c.doNotContact() && !c.archived() && id != me;
            LocalDate met = c.firstMet();
            LocalDate created = c.createdOn();
            LocalDate since = met != null && met.isBefore(created) ? met : created;
            String first = c.givenName() != null && !c.givenName().isBlank() ? c.givenName() : firstWord(c.name());
            TieStrengths.Activity a = activity.get(id);
            StrengthCounts counts = a == null ? StrengthCounts.NONE : a.counts();
            int strength = counts.total(today, since);
            LocalDate meal = latest(a == null ? null : a.lastMeal(), futureMeals.get(id));
            StrengthTally history = quiet.get(id);
            contacts.put(id, new Snapshot.ContactFacts(id, c.name(), first, c.circle(), cadence,
                    created, reachable, strength, history == null ? OptionalInt.empty()
                    : OptionalInt.of(history.scoreAtLastContact(id, today, since).total()),
                    counts.last(), meal, met, c.origin()));
        }
        return contacts;
    }

    /** The first word of a display name, which is never blank. */
    private static String firstWord(String name) {
        String s = name.strip();
        int end = 0;
        while (end < s.length() && !Character.isWhitespace(s.charAt(end))) {
            end++;
        }
        return s.substring(0, end);
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }
}

package dev.kith.today;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Folds a person's several candidates into one, so that the one-action-per-person rule never hides
 * an owed reply behind a congratulation. Among candidates about exactly the same people, those that
 * answer something (a reply, follow-up, thank-you, congratulation, welcome, event or introduction
 * follow-up: {@link #OWED}) become one whose kind, id and reference are those of the most urgent,
 * carrying the others (their words joined to its own; doing it does them all); keep-in-touch and
 * rekindle, which any contact covers, are carried without words; other suggestions for the same
 * people (a lunch, an article, an introduction) wait for another day. Without anything owed the
 * candidates stay as they are and the plan takes the person's best. Linear in the number of
 * candidates. Stateless.
 */
final class Fold {
    /** Kinds whose point is any contact at all: a carried one adds no sentence and logs nothing of its own. */
    static final Set<String> COVERED_BY_ANY_CONTACT = Set.of("keep-in-touch", "rekindle");
    /** Kinds that answer something the person did or went through: what a fold joins. */
    static final Set<String> OWED = Set.of("reply", "follow-up", "thank-you", "congratulate", "event-catch-up",
            "intro-follow-up", "welcome");

    /** The most urgent first; then the higher score, then the id, so the same book folds the same way. */
    static final Comparator<Candidate> LEAD = Comparator.comparingDouble(Candidate::urgency).reversed()
            .thenComparing(Comparator.comparingDouble((Candidate c) -> c.urgency() * c.value()).reversed())
            .thenComparing(Candidate::id);


    private Fold() {
    }

    /** {@code candidates} with those about the same people folded together; order is not kept. */
    static List<Candidate> byPeople(List<Candidate> candidates) {
        Map<List<Long>, List<Candidate>> groups = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            groups.computeIfAbsent(key(c), k -> new ArrayList<>(1)).add(c);
        }
        List<Candidate> out = new ArrayList<>(groups.size());
        for (List<Candidate> group : groups.values()) {
            if (group.size() == 1 || group.stream().noneMatch(c -> OWED.contains(c.kind()))) {
                out.addAll(group);
            } else {
                out.add(fold(group));
            }
        }
        return out;
    }

    /** The candidate {@code id} among {@code candidates} folded by people, or null when there is none. */
    static Candidate find(List<Candidate> candidates, String id) {
        Map<List<Long>, List<Candidate>> groups = new HashMap<>();
        List<Long> wanted = null;
        for (Candidate c : candidates) {
            groups.computeIfAbsent(key(c), k -> new ArrayList<>(1)).add(c);
            if (c.id().equals(id)) {
                wanted = key(c);
            }
        }
        if (wanted == null) {
            return null;
        }
        List<Candidate> group = groups.get(wanted);
        if (group.stream().noneMatch(c -> OWED.contains(c.kind()))) {
            return null;
        }
        Candidate folded = fold(group);
        return folded.id().equals(id) ? folded : null;
    }

    private static List<Long> key(Candidate c) {
        return c.people().stream().map(Person::id).sorted().distinct().toList();
    }

    /** The group's owed candidates folded under the most urgent, with the ones any contact covers. */
    private static Candidate fold(List<Candidate> group) {
        List<Candidate> owed = group.stream().filter(c -> OWED.contains(c.kind())).sorted(LEAD).toList();
        Candidate lead = owed.get(0);
        if (group.size() == 1) {
            return lead;
        }
        List<Candidate> carried = group.stream().filter(c -> c != lead && (OWED.contains(c.kind())
                || COVERED_BY_ANY_CONTACT.contains(c.kind()))).sorted(Planner.RANK).toList();
        return new Candidate(lead.id(), lead.kind(), lead.people(), lead.urgency(), lead.value(), lead.ref(),
                lead.text(), carried);
    }

    /**
     * The words of a fold: the lead's reason, then each carried action's reason; one message from the
     * lead's draft and each carried draft, its greeting dropped ({@link Words#fold(String, String)}: "Hi Ana,
     * sorry for the slow reply to your email — and congratulations on your article!"). Actions any contact
     * covers add nothing.
     */
    static Candidate.Text words(Candidate.Text lead, List<Action> carried) {
        StringBuilder reason = new StringBuilder(stripEnd(lead.reason()));
        String draft = lead.draft().strip();
        for (Action a : carried) {
            if (COVERED_BY_ANY_CONTACT.contains(a.kind())) {
                continue;
            }
            reason.append(". Also: ").append(stripEnd(a.reason()));
            draft = Words.fold(draft, a.draft().strip());
        }
        return new Candidate.Text(reason.toString(), draft);
    }

    private static String stripEnd(String s) {
        String t = s.strip();
        return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }
}

package dev.kith.team;

import dev.kith.core.KithClock;
import dev.kith.core.NotFoundException;
import dev.kith.store.Database;
import dev.kith.strength.StrengthCounts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Paths to a person through colleagues on a team server: among the books of the <em>other</em> enabled users
 * who share their graph ({@link TeamSharing}), the people matching the target (see {@link ColleagueTarget};
 * archived and do-not-contact people are never offered), one per colleague (the surest match, then their
 * strongest tie), ranked by the colleague's {@link Closeness} to the person, then the asker's own tie strength
 * to the colleague, then the colleague's exact tie strength (never shown), then the colleague's name.
 *
 * <p>Every call reads the current data (no cache), so a colleague who turns sharing off, or is disabled,
 * drops out at once for every server process on the same database. Time: a constant number of indexed
 * lookups (emails, LinkedIn address, name across books; migration V16), plus one aggregate over the
 * interactions of the matched people and of the colleagues in the asker's book: independent of the size of
 * the books. No match is an empty list. Thread-safe.
 */
public final class ColleaguePaths {
    private final TeamStore store;
    private final KithClock clock;

    public ColleaguePaths(Database db, KithClock clock) {
        this.store = new TeamStore(db);
        this.clock = clock;
    }

    /**
     * Colleagues who know contact {@code contactId} of the asker's book {@code askerBook}, matched by the
     * contact's emails, LinkedIn address, and name with current organization; a {@link NotFoundException} when
     * the book has no such contact.
     */
    public List<ColleaguePath> find(long askerBook, long contactId) {
        LocalDate today = clock.today();
        return rank(store.find(askerBook, null, contactId, today)
                .orElseThrow(() -> new NotFoundException("no contact with id " + contactId)), today);
    }

    /** Colleagues who know the person {@code target} describes, best first; empty when none does. */
    public List<ColleaguePath> find(long askerBook, ColleagueTarget target) {
        java.util.Objects.requireNonNull(target, "target");
        LocalDate today = clock.today();
        return rank(store.find(askerBook, target, 0, today).orElseThrow(), today);
    }

    /**
     * Colleagues who know the person target {@code target} of the asker's book names: the contact it is,
     * else the person it describes (name and organization); none for an organization, industry or role.
     */
    public List<ColleaguePath> find(long askerBook, dev.kith.network.Target target) {
        if (target.kind() != dev.kith.network.TargetKind.PERSON) {
            return List.of();
        }
        return target.contactId() != null ? find(askerBook, target.contactId())
                : find(askerBook, ColleagueTarget.of(target.name(), target.organization(), null));
    }

    /** One path per colleague, best first, scored on {@code today}. */
    private static List<ColleaguePath> rank(TeamStore.Found found, LocalDate today) {
        Map<Long, Integer> strength = new HashMap<>();
        Map<Long, TeamStore.Match> best = new LinkedHashMap<>();
        for (TeamStore.Match m : found.matches()) {
            strength.put(m.contactId(), score(found.counts(), m.contactId(), today, m.knownSince()));
            TeamStore.Match kept = best.get(m.userId());
            if (kept == null || better(m, kept, strength)) {
                best.put(m.userId(), m);
            }
        }
        List<Ranked> ranked = new ArrayList<>();
        for (TeamStore.Match m : best.values()) {
            TeamStore.Known you = found.yours().get(TeamStore.emailKey(m.userEmail()));
            int yourTie = you == null ? 0 : score(found.counts(), you.contactId(), today, you.knownSince());
            int theirs = strength.get(m.contactId());
            ranked.add(new Ranked(theirs, new ColleaguePath(m.userId(), m.userName(), m.name(), m.organization(),
                    m.title(), Closeness.of(theirs, m.circle()), m.matchedBy(),
                    you == null ? null : you.contactId(), yourTie)));
        }
        ranked.sort(Comparator.comparing((Ranked r) -> r.path().closeness())
                .thenComparing(r -> -r.path().yourTie())
                .thenComparing(r -> -r.strength())
                .thenComparing(r -> r.path().colleague()));
        return ranked.stream().map(Ranked::path).toList();
    }

    /** A path and the colleague's exact tie strength, which ranks but never leaves this class. */
    private record Ranked(int strength, ColleaguePath path) {
    }

    /** Whether {@code m} is a better way to the person than {@code kept}: a surer match, else a stronger tie. */
    private static boolean better(TeamStore.Match m, TeamStore.Match kept, Map<Long, Integer> strength) {
        int surer = m.matchedBy().compareTo(kept.matchedBy());
        return surer < 0 || surer == 0 && strength.get(m.contactId()) > strength.get(kept.contactId());
    }

    private static int score(Map<Long, StrengthCounts> counts, long contactId, LocalDate today, LocalDate since) {
        return counts.getOrDefault(contactId, StrengthCounts.NONE).total(today, since);
    }
}

package dev.kith.demo;

import dev.kith.app.Kith;
import dev.kith.network.TieKind;
import dev.kith.network.TieSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Weaves the ties between demo people: colleagues inside each organization, met-through ties that
 * match each contact's "met through", people who know each other (mostly within an industry),
 * referrals, mentors and family. Never records a tie twice, and never links the email-migration pair.
 * A mentor tie reads "from is a mentor of to".
 */
final class Weaver {
    private final Kith book;
    private final SplittableRandom rnd;
    private final LocalDate today;
    private final Set<String> recorded = new HashSet<>();
    private int ties;

    Weaver(Kith book, long seed) {
        this.book = book;
        this.rnd = new SplittableRandom(seed);
        this.today = book.clock().today();
    }

    /** Records the ties among {@code me} and {@code people}; returns how many. */
    int weave(Person me, List<Person> people, Script script) {
        List<Person> pair = script.emailMigrationPair;
        forbid(pair.get(0), pair.get(1));
        Map<Org, List<Person>> byOrg = new LinkedHashMap<>();
        byOrg.computeIfAbsent(me.org, o -> new ArrayList<>()).add(me);
        people.forEach(p -> byOrg.computeIfAbsent(p.org, o -> new ArrayList<>()).add(p));
        for (List<Person> staff : byOrg.values()) {
            for (int i = 1; i < staff.size(); i++) {
                TieSource source = rnd.nextInt(3) == 0 ? TieSource.IMPORTED : TieSource.INFERRED;
                tie(staff.get(i), staff.get(i - 1), TieKind.COLLEAGUE, null, source);
                if (i > 2 && rnd.nextBoolean()) {
                    tie(staff.get(i), staff.get(rnd.nextInt(i - 1)), TieKind.COLLEAGUE, null, source);
                }
            }
        }
        for (Person p : people) {
            if (p.metThrough != null) {
                tie(p, p.metThrough, TieKind.MET_THROUGH, p.firstMet, TieSource.MANUAL);
                tie(p.metThrough, p, TieKind.KNOWS, null, TieSource.MANUAL);
            }
            if (p.relativeOf != null) {
                tie(p, p.relativeOf, TieKind.FAMILY, null, TieSource.MANUAL);
            }
        }
        for (int i = 0; i < people.size() / 2; i++) {
            Person a = people.get(rnd.nextInt(people.size()));
            Person b = people.get(rnd.nextInt(people.size()));
            if (rnd.nextInt(3) > 0 && !a.org.industry().equals(b.org.industry())) {
                continue;
            }
            tie(a, b, TieKind.KNOWS, today.minusDays(rnd.nextInt(2000)),
                    rnd.nextBoolean() ? TieSource.IMPORTED : TieSource.MANUAL);
        }
        int few = Math.max(3, people.size() / 60);
        for (int i = 0; i < few; i++) {
            Person referred = people.get(rnd.nextInt(people.size()));
            tie(referred, people.get(rnd.nextInt(people.size())), TieKind.REFERRED_BY, referred.firstMet,
                    TieSource.MANUAL);
            tie(people.get(rnd.nextInt(people.size())), people.get(rnd.nextInt(people.size())), TieKind.MENTOR,
                    today.minusDays(rnd.nextInt(1500)), TieSource.MANUAL);
        }
        tie(people.getFirst(), me, TieKind.MENTOR, today.minusYears(6), TieSource.MANUAL);
        tie(me, people.get(1), TieKind.MENTOR, today.minusYears(1), TieSource.MANUAL);
        return ties;
    }

    private void forbid(Person a, Person b) {
        recorded.add(TieKind.KNOWS + ":" + key(a, b));
        recorded.add("any:" + key(a, b));
    }

    private void tie(Person from, Person to, TieKind kind, LocalDate since, TieSource source) {
        if (from == to || recorded.contains("any:" + key(from, to))) {
            return;
        }
        boolean symmetric = kind == TieKind.KNOWS || kind == TieKind.COLLEAGUE || kind == TieKind.FAMILY;
        String k = kind + ":" + (symmetric ? key(from, to) : from.id + ">" + to.id);
        if (recorded.add(k)) {
            book.ties().add(from.id, to.id, kind, since, source);
            ties++;
        }
    }

    private static String key(Person a, Person b) {
        return Math.min(a.id, b.id) + "-" + Math.max(a.id, b.id);
    }
}

package dev.kith.demo;

import dev.kith.contacts.Circle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * Casts demo people in the situations today's plan must show (replies owed, yesterday's encounters,
 * thank-yous, fresh milestones, job changes, dormant ties, overdue lunches, do-not-contact, archived)
 * and adjusts their routine history to match. Pure: it changes plans, the {@link Scenes} store them.
 */
final class Script {
    final List<Person> awaiting = new ArrayList<>();
    final List<Person> metYesterday = new ArrayList<>();
    final List<Person> metTwoDaysAgo = new ArrayList<>();
    final List<Person> thankYou = new ArrayList<>();
    final List<Person> changedJobs = new ArrayList<>();
    final List<Person> promoted = new ArrayList<>();
    final List<Person> recentNews = new ArrayList<>();
    final List<Person> olderNews = new ArrayList<>();
    final List<Person> emailMigrationPair = new ArrayList<>();
    final List<Person> taskPeople = new ArrayList<>();
    private final SplittableRandom rnd;
    private final LocalDate today;
    private final List<Person> people;

    private Script(long seed, LocalDate today, List<Person> people) {
        this.rnd = new SplittableRandom(seed);
        this.today = today;
        this.people = people;
    }

    /** Gives roles to some of {@code people}; the number of each role grows with the network. */
    static Script cast(long seed, LocalDate today, List<Person> people) {
        Script s = new Script(seed, today, people);
        s.castAll(Math.max(1, people.size() / 100));
        return s;
    }

    private void castAll(int scale) {
        Predicate<Person> active = p -> p.reachable() && p.circle != Circle.ACQUAINTANCE;
        for (int i = 0; i < Math.max(2, people.size() / 150); i++) {
            Person dnc = pick(p -> true);
            dnc.doNotContact = true;
            dnc.quietFrom = today.minusDays(150 + rnd.nextInt(200));
            dnc.notes = i % 2 == 0 ? "Asked not to be contacted by vendors after the 2024 RFP; do not pitch."
                    : "On extended leave; asked for no work contact until further notice.";
            Person gone = pick(p -> p.reachable());
            gone.archived = true;
            gone.quietFrom = today.minusDays(300 + rnd.nextInt(300));
            gone.notes = i % 2 == 0 ? "Retired; moved abroad." : "Left the field for a career in teaching.";
        }
        for (int i = 0; i < 3 * scale; i++) {
            awaiting.add(quiet(pick(active), today.minusDays(3 + rnd.nextInt(12))));
            thankYou.add(quiet(pick(active), today.minusDays(2 + i % 2)));
            Person dormant = pick(p -> p.reachable() && p.circle != Circle.INNER);
            dormant.dormant = true;
            dormant.circle = Circle.CLOSE;
            dormant.firstMet = today.minusYears(5).minusDays(rnd.nextInt(700));
            olderNews.add(pick(active));
            olderNews.add(pick(p -> p.reachable()));
        }
        for (int i = 0; i < 2 * scale + 1; i++) {
            metYesterday.add(quiet(pick(p -> p.reachable()), today.minusDays(1)));
        }
        for (int i = 0; i < 2 * scale; i++) {
            metTwoDaysAgo.add(quiet(pick(p -> p.reachable()), today.minusDays(2)));
            changedJobs.add(quiet(pick(active), today.minusDays(Math.min(12, today.getDayOfMonth() - 1))));
            Person mealless = pick(p -> p.reachable() && (p.circle == Circle.INNER || p.circle == Circle.CLOSE));
            mealless.mealless = true;
            mealless.circle = i % 2 == 0 ? Circle.INNER : Circle.CLOSE;
        }
        for (int i = 0; i < 5 * scale; i++) {
            recentNews.add(pick(active));
        }
        promoted.add(pick(active));
        emailMigrationPair.add(pick(p -> p.reachable() && p.metThrough == null));
        Org first = emailMigrationPair.getFirst().org;
        emailMigrationPair.add(pick(p -> p.reachable() && p.metThrough == null && !p.org.equals(first)
                && !p.org.industry().equals(first.industry())));
        for (Person p : emailMigrationPair) {
            p.interests.remove("email migration");
            p.interests.addFirst("email migration");
        }
        for (int i = 0; i < 6 * scale; i++) {
            taskPeople.add(pick(active));
        }
    }

    private Person quiet(Person p, LocalDate from) {
        p.quietFrom = from;
        return p;
    }

    /** A random person not yet cast who passes {@code test}; people is large enough to always find one. */
    private Person pick(Predicate<Person> test) {
        for (int attempt = 0; attempt < 100_000; attempt++) {
            Person p = people.get(rnd.nextInt(people.size()));
            if (!p.cast && p.relativeOf == null && test.test(p)) {
                p.cast = true;
                return p;
            }
        }
        throw new IllegalStateException("too few demo people to cast every role");
    }
}

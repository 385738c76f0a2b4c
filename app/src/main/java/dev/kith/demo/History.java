package dev.kith.demo;

import dev.kith.app.Kith;
import dev.kith.contacts.Circle;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Two years of routine interactions ending yesterday: each person at the pace of their circle,
 * dormant ties busy long ago and silent since, and group encounters at the yearly conferences.
 */
final class History {
    static final int DAYS = 730;
    private static final InteractionKind[] CLOSE_KINDS = {InteractionKind.LUNCH, InteractionKind.COFFEE,
            InteractionKind.CALL, InteractionKind.MESSAGE, InteractionKind.EMAIL, InteractionKind.MEETING,
            InteractionKind.LUNCH, InteractionKind.MESSAGE};
    private static final InteractionKind[] NETWORK_KINDS = {InteractionKind.EMAIL, InteractionKind.EMAIL,
            InteractionKind.MESSAGE, InteractionKind.CALL, InteractionKind.MEETING, InteractionKind.COFFEE,
            InteractionKind.EMAIL, InteractionKind.MEETING, InteractionKind.LUNCH, InteractionKind.OTHER};
    private static final InteractionKind[] FAR_KINDS = {InteractionKind.EMAIL, InteractionKind.EMAIL,
            InteractionKind.MESSAGE, InteractionKind.CALL, InteractionKind.COFFEE};

    private final Kith book;
    private final SplittableRandom rnd;
    private final LocalDate today;
    private final LocalDate start;
    private final Summaries summaries;
    private int logged;

    History(Kith book, long seed) {
        this.book = book;
        this.rnd = new SplittableRandom(seed);
        this.today = book.clock().today();
        this.start = today.minusDays(DAYS);
        this.summaries = new Summaries(rnd);
    }

    /** Logs the history of {@code people} and returns how many interactions were stored. */
    int write(List<Person> people) {
        for (Person p : people) {
            if (p.dormant) {
                routine(p, start, today.minusDays(400 + rnd.nextInt(200)), 18);
            } else {
                LocalDate end = p.quietFrom == null ? today : p.quietFrom;
                routine(p, p.historyStart(start), end, meanGap(p.circle));
            }
        }
        conferences(people);
        return logged;
    }

    private static int meanGap(Circle circle) {
        return switch (circle) {
            case INNER -> 16;
            case CLOSE -> 30;
            case NETWORK -> 75;
            case ACQUAINTANCE -> 220;
        };
    }

    private void routine(Person p, LocalDate from, LocalDate until, int meanGap) {
        LocalDate date = from.plusDays(rnd.nextInt(meanGap));
        while (date.isBefore(until)) {
            InteractionKind kind = kind(p.circle);
            if (p.mealless && date.isAfter(today.minusDays(75))
                    && (kind == InteractionKind.LUNCH || kind == InteractionKind.COFFEE)) {
                kind = InteractionKind.CALL;
            }
            log(date, kind, List.of(p));
            date = date.plusDays(Math.max(1, Math.round(meanGap * (0.4 + 1.2 * rnd.nextDouble()))));
        }
    }

    private InteractionKind kind(Circle circle) {
        InteractionKind[] kinds = switch (circle) {
            case INNER, CLOSE -> CLOSE_KINDS;
            case NETWORK -> NETWORK_KINDS;
            case ACQUAINTANCE -> FAR_KINDS;
        };
        return kinds[rnd.nextInt(kinds.length)];
    }

    /** At each conference of the last two years, I run into a few dozen people, some in small groups. */
    private void conferences(List<Person> people) {
        for (int year = start.getYear(); year <= today.getYear(); year++) {
            for (Catalog.Conference conf : Catalog.CONFERENCES) {
                LocalDate date = LocalDate.of(year, conf.month(), conf.day());
                if (date.isBefore(start) || !date.isBefore(today.minusDays(7)) || rnd.nextInt(3) == 0) {
                    continue;
                }
                String event = conf.name() + " " + year;
                int encounters = Math.max(3, people.size() / 50);
                for (int e = 0; e < encounters; e++) {
                    List<Person> group = new ArrayList<>();
                    int size = 1 + rnd.nextInt(3);
                    for (int tries = 0; tries < 10 && group.size() < size; tries++) {
                        Person p = people.get(rnd.nextInt(people.size()));
                        if (p.reachable() && !p.dormant && !group.contains(p) && !p.historyStart(start).isAfter(date)
                                && (p.quietFrom == null || p.quietFrom.isAfter(date))) {
                            group.add(p);
                        }
                    }
                    if (!group.isEmpty()) {
                        book.interactions().log(Interaction.draft(date, InteractionKind.EVENT_ENCOUNTER,
                                rnd.nextBoolean() ? Initiator.ME : Initiator.THEM, null,
                                summaries.encounter(event, group.getFirst()), Exchange.NEUTRAL, false,
                                group.stream().map(p -> p.id).toList()));
                        logged++;
                    }
                }
            }
        }
    }

    private void log(LocalDate date, InteractionKind kind, List<Person> with) {
        Person p = with.getFirst();
        Initiator initiator = rnd.nextInt(100) < 55 ? Initiator.ME : Initiator.THEM;
        int e = rnd.nextInt(100);
        Exchange exchange = e < 25 ? Exchange.GAVE : e < 45 ? Exchange.ASKED : Exchange.NEUTRAL;
        String summary = rnd.nextInt(100) < 88 ? summaries.of(kind, exchange, p) : null;
        book.interactions().log(Interaction.draft(date, kind, initiator, summaries.minutes(kind), summary, exchange,
                false, with.stream().map(x -> x.id).toList()));
        logged++;
    }
}

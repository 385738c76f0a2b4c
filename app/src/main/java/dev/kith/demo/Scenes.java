package dev.kith.demo;

import dev.kith.app.Kith;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;
import dev.kith.milestones.MilestoneKind;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/** Stores what the {@link Script} cast: the recent interactions, milestones, job changes and tasks. */
final class Scenes {
    private static final InteractionKind[] INBOUND = {InteractionKind.EMAIL, InteractionKind.CALL,
            InteractionKind.MESSAGE, InteractionKind.EMAIL};
    private static final MilestoneKind[] NEWS = {MilestoneKind.AWARD, MilestoneKind.TALK_GIVEN,
            MilestoneKind.PUBLICATION, MilestoneKind.ATTENDING_EVENT, MilestoneKind.PROMOTION};

    private final Kith book;
    private final SplittableRandom rnd;
    private final LocalDate today;
    int interactions;
    int milestones;
    int tasks;

    Scenes(Kith book, long seed) {
        this.book = book;
        this.rnd = new SplittableRandom(seed);
        this.today = book.clock().today();
    }

    void perform(Script s, List<Org> orgs) {
        for (Person p : s.awaiting) {
            String topic = Catalog.pick(rnd, p.interests);
            log(p.quietFrom, INBOUND[rnd.nextInt(INBOUND.length)], Initiator.THEM, null,
                    "They asked whether we could share our " + topic + " plan", Exchange.NEUTRAL, true, List.of(p));
        }
        log(today.minusDays(1), InteractionKind.EVENT_ENCOUNTER, Initiator.THEM, null,
                "Met at the Regional Library Technology Meetup; talked about "
                        + s.metYesterday.getFirst().interests.getFirst(), Exchange.NEUTRAL, false, s.metYesterday);
        log(today.minusDays(2), InteractionKind.EVENT_ENCOUNTER, Initiator.ME, null,
                "Women in Library Tech breakfast; swapped notes on " + s.metTwoDaysAgo.getFirst().interests.getFirst(),
                Exchange.NEUTRAL, false, s.metTwoDaysAgo);
        for (Person p : s.thankYou) {
            log(p.quietFrom, InteractionKind.MEETING, Initiator.THEM, 60, "They walked me through their "
                    + Catalog.pick(rnd, p.interests) + " rollout and lessons learned", Exchange.ASKED, false, List.of(p));
        }
        for (int i = 0; i < s.changedJobs.size(); i++) {
            Person p = s.changedJobs.get(i);
            Org next = orgs.get((orgs.indexOf(p.org) + 1 + rnd.nextInt(orgs.size() - 1)) % orgs.size());
            String title = Catalog.pick(rnd, Industries.of(next.industry()).titles());
            book.contacts().changeJob(p.id, next.name(), title, p.quietFrom);
            milestone(p, MilestoneKind.NEW_JOB, p.quietFrom, "Started as " + title + " at " + next.name()
                    + " (was " + p.title + " at " + p.org.name() + ")", false);
        }
        for (Person p : s.promoted) {
            LocalDate date = today.minusDays(4);
            book.contacts().changeJob(p.id, p.org.name(), "Senior " + p.title, date);
            milestone(p, MilestoneKind.PROMOTION, date, "Promoted to Senior " + p.title, false);
        }
        for (int i = 0; i < s.recentNews.size(); i++) {
            news(s.recentNews.get(i), NEWS[i % NEWS.length], today.minusDays(1 + rnd.nextInt(13)), false);
        }
        for (int i = 0; i < s.olderNews.size(); i++) {
            news(s.olderNews.get(i), NEWS[i % NEWS.length], today.minusDays(30 + rnd.nextInt(670)), true);
        }
        String[] kinds = {"send-article", "book-lunch", "introduce", "follow-up", "congratulate", "share-slides"};
        for (int i = 0; i < s.taskPeople.size(); i++) {
            Person p = s.taskPeople.get(i);
            String topic = Catalog.pick(rnd, p.interests);
            book.tasks().add(p.id, kinds[i % kinds.length], today.plusDays(-2 + rnd.nextInt(14)),
                    "About " + topic + " with " + p.givenName);
            tasks++;
        }
    }

    private void news(Person p, MilestoneKind kind, LocalDate date, boolean acknowledged) {
        String topic = Catalog.pick(rnd, p.interests);
        String text = switch (kind) {
            case AWARD -> "Received the " + p.org.industry().toLowerCase(java.util.Locale.ROOT) + " innovation award for "
                    + topic + " work";
            case TALK_GIVEN -> "Gave a talk on " + topic + " at the State Library Association Conference";
            case PUBLICATION -> "Published an article on " + topic + " in College & Research Libraries";
            case ATTENDING_EVENT -> "Attending the " + topic + " summit next month";
            case PROMOTION -> "Now leads the " + topic + " team at " + p.org.name();
            default -> topic;
        };
        milestone(p, kind, date, text, acknowledged);
    }

    private void milestone(Person p, MilestoneKind kind, LocalDate date, String text, boolean acknowledged) {
        long id = book.milestones().add(p.id, kind, date, text).id();
        if (acknowledged) {
            book.milestones().acknowledge(id);
        }
        milestones++;
    }

    private void log(LocalDate date, InteractionKind kind, Initiator initiator, Integer minutes, String summary,
                     Exchange exchange, boolean awaiting, List<Person> people) {
        book.interactions().log(Interaction.draft(date, kind, initiator, minutes, summary, exchange, awaiting,
                people.stream().map(p -> p.id).toList()));
        interactions++;
    }
}

package dev.kith.demo;

import dev.kith.app.Kith;
import dev.kith.core.ValidationException;
import java.time.LocalDate;
import java.util.List;

/**
 * Fills a book with a deterministic demo network: "me" (Jordan Ellis, a library systems lead) and
 * {@code people} others across about one organization per seven or eight people in eleven industries,
 * with two years of interactions ending today, milestones, job changes, ties and open tasks, seeded so
 * that today's plan has something of every kind to propose. The same seed, size and
 * {@code book.clock().today()} always give the same data; the system clock is never read.
 * Generation time grows linearly with {@code people}. Thread-safe (it keeps no state).
 */
public final class DemoBook {
    /** The seed {@code --demo} uses. */
    public static final long SEED = 20_260_101L;
    /** The number of people {@code --demo} generates besides "me". */
    public static final int DEFAULT_PEOPLE = 300;
    /** The fewest people for which every scripted situation can be cast. */
    public static final int MIN_PEOPLE = 100;

    private DemoBook() {
    }

    /**
     * Generates the demo into {@code book}, which should be empty, as one transaction with one search
     * reindex at the end, and returns what was stored. Fewer than {@link #MIN_PEOPLE} people is a
     * {@link ValidationException}.
     */
    public static DemoSummary generate(Kith book, long seed, int people) {
        if (people < MIN_PEOPLE) {
            throw new ValidationException("people", "must be at least " + MIN_PEOPLE + ", not " + people);
        }
        return book.search().deferring(() -> fill(book, seed, people));
    }

    private static DemoSummary fill(Kith book, long seed, int count) {
        LocalDate today = book.clock().today();
        List<Org> orgs = Roster.organizationsFor(count);
        for (Org org : orgs) {
            book.contacts().setIndustry(org.name(), org.industry());
        }
        Person me = Roster.me(orgs.getFirst());
        Roster.store(book, me);
        book.setMe(me.id);
        List<Person> people = new Roster(seed, today).plan(count, orgs);
        Script script = Script.cast(seed + 1, today, people);
        for (Person p : people) {
            Roster.store(book, p);
        }
        int interactions = new History(book, seed + 2).write(people);
        Scenes scenes = new Scenes(book, seed + 3);
        scenes.perform(script, orgs);
        int ties = new Weaver(book, seed + 4).weave(me, people, script);
        DemoEvents.stage(book, people);
        DemoNetwork.add(book);
        DemoGiving.add(book);
        return new DemoSummary(count + 1, book.contacts().organizations().size(),
                interactions + scenes.interactions, scenes.milestones, ties, scenes.tasks);
    }
}

package dev.kith.bench;

import dev.kith.app.Kith;
import dev.kith.contacts.ContactFilter;
import dev.kith.contacts.ContactSummary;
import dev.kith.core.KithClock;
import dev.kith.core.ValidationException;
import dev.kith.embeddings.Profile;
import dev.kith.embeddings.Profiles;
import dev.kith.events.AttendanceRole;
import dev.kith.events.Event;
import dev.kith.events.NewEvent;
import dev.kith.goals.Goal;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;
import dev.kith.intros.Intro;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * What the demo generator makes only a handful of, at the proportions of a busy networker's book: per 100
 * contacts two saved articles, 1.2 events (about one a week over two years, a few ahead), 0.6
 * introductions, and 0.05 goals (at least three). Each is written through the product's own API by a book
 * whose clock is set to the day it happened, so dates (articles' {@code added_on}, an introduction's
 * steps, the interactions they log) are where a real history would put them. Deterministic: the same
 * book, seed and today always give the same extras. See {@link #COUNTS_PER_100}.
 */
public final class BookExtras {
    /** Articles, events, introductions and goals per 100 contacts, in that order. */
    static final double[] COUNTS_PER_100 = {2.0, 1.2, 0.6, 0.05};
    /** The seed added to the demo's; extras depend on the book too. */
    public static final long SEED = 20_261_206L;
    private static final String[] PATTERNS = {"Lessons from %s", "A practical guide to %s", "What we learned about %s",
            "%s on a small budget", "Five mistakes in %s", "Measuring %s", "Getting started with %s",
            "The case for %s"};
    private static final String[] SERIES = {"Library Leaders Summit", "Open Repositories", "Code4Lib",
            "Digital Library Forum", "Regional Library Technology Meetup", "Data Curation Network Workshop",
            "State Library Association Conference", "Higher Ed IT Exchange"};
    private static final String[] CITIES = {"Chicago", "Denver", "Austin", "Online", "Boston", "Seattle",
            "Atlanta", "Online"};

    /** Where the extras' articles live: their mark in a book. */
    private static final String URLS = "https://example.org/bench/articles/";

    /** How many of each were added. */
    public record Added(int articles, int events, int introductions, int goals) {
    }

    private final Kith book;
    private final SplittableRandom rnd;
    private final LocalDate today;
    private final List<ContactSummary> people;
    private final List<String> interests;

    private BookExtras(Kith book, long seed) {
        this.book = book;
        this.rnd = new SplittableRandom(seed);
        this.today = book.clock().today();
        Long me = book.me().orElse(null);
        this.people = book.contacts().list(ContactFilter.ALL_ACTIVE).stream()
                .filter(c -> !c.doNotContact() && (me == null || c.id() != me)).toList();
        TreeSet<String> all = new TreeSet<>();
        for (Profile p : Profiles.load(book.book(), today)) {
            all.addAll(p.interests());
        }
        this.interests = List.copyOf(all);
    }

    /**
     * Adds the extras to {@code book} (a generated demo book) unless it already has them (an article of
     * theirs is in its library); returns what was added (all zero when nothing was).
     */
    public static Added add(Kith book, long seed) {
        int contacts = book.contacts().list(ContactFilter.ALL_ACTIVE).size();
        int articles = count(contacts, 0);
        if (articles == 0 || book.articles().list().stream().anyMatch(a -> a.url().startsWith(URLS))) {
            return new Added(0, 0, 0, 0);
        }
        BookExtras extras = new BookExtras(book, seed);
        if (extras.people.size() < 10 || extras.interests.isEmpty()) {
            return new Added(0, 0, 0, 0);
        }
        return book.search().deferring(() -> new Added(extras.articles(articles), extras.events(count(contacts, 1)),
                extras.introductions(count(contacts, 2)), extras.goals(Math.max(3, count(contacts, 3)))));
    }

    private static int count(int contacts, int kind) {
        return (int) Math.round(contacts * COUNTS_PER_100[kind] / 100);
    }

    /** The book as of {@code day}: the same database and book, its clock on that day. */
    private Kith on(LocalDate day) {
        return Kith.open(book.database(), book.id(), KithClock.fixed(day));
    }

    private String interest() {
        return interests.get(rnd.nextInt(interests.size()));
    }

    private ContactSummary person() {
        return people.get(rnd.nextInt(people.size()));
    }

    private List<Long> someone(int n) {
        LinkedHashSet<Long> ids = new LinkedHashSet<>();
        while (ids.size() < Math.min(n, people.size())) {
            ids.add(person().id());
        }
        return List.copyOf(ids);
    }

    /** Articles saved over the last two years, two tags each from the book's interests. */
    private int articles(int n) {
        for (int i = 0; i < n; i++) {
            String topic = interest();
            String other = interest();
            String title = String.format(Locale.ROOT, PATTERNS[rnd.nextInt(PATTERNS.length)], topic);
            title = Character.toUpperCase(title.charAt(0)) + title.substring(1);
            on(today.minusDays(rnd.nextInt(730))).articles().add(URLS + (i + 1),
                    title, "How a team approached " + topic + " alongside " + other
                            + ": planning, the people involved, costs, and what they would do differently.",
                    "Start " + topic + " small and measure it", List.of(topic, other));
        }
        return n;
    }

    /**
     * Events over the last two years and the next two months, a few of them inside Today's two-week
     * window; I attend two in three; 5–30 known attendees each; at past events I met one to three people.
     */
    private int events(int n) {
        for (int i = 0; i < n; i++) {
            LocalDate start = i < 2 ? today.plusDays(3 + 6L * i) : today.plusDays(60 - rnd.nextInt(760));
            String series = SERIES[rnd.nextInt(SERIES.length)];
            Kith then = on(start.isAfter(today) ? today : start);
            Event event = then.events().add(new NewEvent(series + " " + start.getYear() + " #" + (i + 1), start,
                    rnd.nextInt(3) == 0 ? start.plusDays(1 + rnd.nextInt(2)) : null, series,
                    CITIES[rnd.nextInt(CITIES.length)], null));
            if (rnd.nextInt(3) < 2) {
                then.events().attendMe(event.id(), rnd.nextInt(6) == 0 ? AttendanceRole.SPEAKER : AttendanceRole.ATTENDEE);
            }
            List<Long> attendees = someone(5 + rnd.nextInt(26));
            then.events().attend(event.id(), attendees, AttendanceRole.ATTENDEE, rnd.nextInt(4) == 0, false);
            if (!start.isAfter(today)) {
                for (long id : attendees.subList(0, 1 + rnd.nextInt(3))) {
                    then.events().met(event.id(), id, null, "talked about " + interest());
                }
            }
        }
        return n;
    }

    /**
     * Introductions I made over two years: older ones made (and half of those closed with an outcome),
     * some declined; those of the last six weeks still open, waiting on the first or the second person.
     */
    private int introductions(int n) {
        int made = 0;
        for (int i = 0; i < n; i++) {
            int age = 3 + rnd.nextInt(720);
            LocalDate started = today.minusDays(age);
            ContactSummary a = person();
            ContactSummary b = person();
            if (a.id() == b.id()) {
                continue;
            }
            Kith then = on(started);
            Intro intro;
            try {
                intro = then.intros().start(then.contacts().get(a.id()), then.contacts().get(b.id()),
                        "you both work on " + interest());
            } catch (ValidationException e) {
                continue; // this pair is already being introduced
            }
            LocalDate moved = started.plusDays(Math.min(age, 2 + rnd.nextInt(8)));
            Kith later = on(moved);
            if (age > 42) {
                if (rnd.nextInt(8) == 0) {
                    later.intros().advance(intro.id(), true, null);
                } else {
                    later.intros().advance(intro.id(), false, null);
                    later.intros().advance(intro.id(), false, null);
                    if (rnd.nextBoolean()) {
                        on(moved.plusDays(Math.min(age - (moved.toEpochDay() - started.toEpochDay()), 30)))
                                .intros().advance(intro.id(), false, "they met for coffee and kept in touch");
                    }
                }
            } else if (rnd.nextBoolean()) {
                later.intros().advance(intro.id(), false, null);
            }
            made++;
        }
        return made;
    }

    /** Goals with keywords from the book's interests, 10–25 contacts, a few interactions and events each. */
    private int goals(int n) {
        List<Event> events = book.events().list();
        String[] titles = {"Find a co-author on %s", "Move into %s consulting", "Hire a lead for %s",
                "Build a community of practice on %s", "Speak at a conference on %s"};
        int added = 0;
        TreeSet<String> used = new TreeSet<>();
        for (int i = 0; added < n && i < 20 * n; i++) {
            String topic = interest();
            if (!used.add(topic)) {
                continue; // one goal per topic: titles are unique in a book
            }
            Goal goal = book.goals().add(String.format(Locale.ROOT, titles[added % titles.length], topic), List.of(topic),
                    rnd.nextBoolean() ? today.plusMonths(3 + rnd.nextInt(9)) : null);
            List<Long> linked = someone(10 + rnd.nextInt(16));
            book.goals().linkContacts(goal.id(), linked);
            List<Long> logged = new ArrayList<>();
            for (int k = 0; k < 3 + rnd.nextInt(6); k++) {
                LocalDate day = today.minusDays(1 + rnd.nextInt(300));
                logged.add(on(day).interactions().log(Interaction.draft(day, rnd.nextBoolean() ? InteractionKind.MEETING
                                : InteractionKind.CALL, Initiator.ME, 30 + rnd.nextInt(60), "About: " + goal.title(),
                        Exchange.ASKED, false, List.of(linked.get(rnd.nextInt(linked.size()))))).id());
            }
            book.goals().linkInteractions(goal.id(), logged);
            if (!events.isEmpty()) {
                book.goals().linkEvents(goal.id(), List.of(events.get(rnd.nextInt(events.size())).id()));
            }
            added++;
        }
        return added;
    }
}

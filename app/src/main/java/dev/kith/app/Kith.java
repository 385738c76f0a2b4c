package dev.kith.app;

import dev.kith.articles.Articles;
import dev.kith.capture.Capture;
import dev.kith.book.Book;
import dev.kith.contacts.Contacts;
import dev.kith.core.KithClock;
import dev.kith.events.EventEdges;
import dev.kith.events.Events;
import dev.kith.goals.Goals;
import dev.kith.groups.GroupEdges;
import dev.kith.groups.Groups;
import dev.kith.interactions.Interactions;
import dev.kith.intros.Intros;
import dev.kith.milestones.Milestones;
import dev.kith.network.ColleagueEdges;
import dev.kith.network.EdgeSource;
import dev.kith.network.MetThroughEdges;
import dev.kith.network.MyTieEdges;
import dev.kith.network.Network;
import dev.kith.network.TieEdges;
import dev.kith.network.Ties;
import dev.kith.reciprocity.Reciprocity;
import dev.kith.search.SearchIndex;
import dev.kith.store.Database;
import dev.kith.tasks.Tasks;
import dev.kith.today.Sources;
import dev.kith.today.Today;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One book with its features wired, the composition root of the app: it builds each feature of the
 * book once and hands it its collaborators, and lists the edge sources of the network's graph and
 * (in {@link Kinds}) the action kinds of Today. Thread-safe.
 */
public final class Kith {
    private final Book book;
    private final Contacts contacts;
    private final Interactions interactions;
    private final Milestones milestones;
    private final Ties ties;
    private final Tasks tasks;
    private final Events events;
    private final Groups groups;
    private final Goals goals;
    private final Network network;
    private final Reciprocity reciprocity;
    private final Articles articles;
    private final Intros intros;
    private final Capture capture;
    private final dev.kith.team.ColleaguePaths colleagues;
    private final dev.kith.cards.Cards cards;
    private final dev.kith.journal.Journal journal;
    private final dev.kith.phonebook.Phonebook phonebook;
    /** Built on first use, so that commands without a plan load none of its kinds; guarded by this. */
    private Today today;

    private Kith(Book book) {
        Database db = book.database();
        long id = book.id();
        KithClock clock = book.clock();
        this.book = book;
        this.contacts = new Contacts(db, id, clock, book.search());
        this.interactions = new Interactions(db, id, book.search());
        this.milestones = new Milestones(db, id, book.search());
        this.ties = new Ties(db, id);
        this.tasks = new Tasks(db, id);
        this.events = new Events(db, id, clock, contacts, interactions);
        this.groups = new Groups(db, id, clock, contacts);
        this.goals = new Goals(db, id, clock);
        this.network = new Network(db, id, clock, contacts, ties, edgeSources());
        this.reciprocity = new Reciprocity(book, contacts);
        this.articles = new Articles(book, interactions);
        this.intros = new Intros(book, contacts, interactions, ties);
        this.capture = new Capture(db, id, clock, contacts, interactions, book.search());
        this.colleagues = new dev.kith.team.ColleaguePaths(db, clock);
        this.cards = new dev.kith.cards.Cards(db, book, contacts);
        this.journal = dev.kith.journal.Journal.of(book);
        this.phonebook = new dev.kith.phonebook.Phonebook(book, contacts, milestones, java.time.InstantSource.system());
    }

    /** Opens the book called {@code name}, creating it on first use, with its features. */
    public static Kith open(Database db, String name, KithClock clock) {
        return new Kith(Book.open(db, name, clock));
    }

    /** Opens the existing book with id {@code id}, with its features. */
    public static Kith open(Database db, long id, KithClock clock) {
        return new Kith(Book.open(db, id, clock));
    }

    /** The edges of the network's graph: its own kinds, then those that groups and events plug in. */
    private static List<EdgeSource> edgeSources() {
        return List.of(new MyTieEdges(), new TieEdges(), new ColleagueEdges(), new MetThroughEdges(),
                new GroupEdges(), new EventEdges());
    }

    public Book book() {
        return book;
    }

    public long id() {
        return book.id();
    }

    public String name() {
        return book.name();
    }

    public KithClock clock() {
        return book.clock();
    }

    public Database database() {
        return book.database();
    }

    /** The contact who is the user ("me"), if one has been set. */
    public Optional<Long> me() {
        return book.me();
    }

    /** Makes contact {@code contactId} the user ("me"). */
    public void setMe(long contactId) {
        book.setMe(contactId);
    }

    /**
     * Merges contact {@code gone} into {@code kept} in one transaction, recorded in the journal: every
     * feature moves its rows from {@code gone} to {@code kept} (see {@link dev.kith.core.ContactReferences}),
     * {@code gone}'s fields fill {@code kept}'s empty ones, and {@code gone} stays archived with nothing
     * pointing at it. Returns {@code kept} as merged; merging a contact with itself is a
     * {@link dev.kith.core.ValidationException}.
     */
    public dev.kith.contacts.Contact mergeContacts(long kept, long gone) {
        if (kept == gone) {
            throw new dev.kith.core.ValidationException("B", "a contact cannot be merged with itself");
        }
        String keptName = contacts.get(kept).name();
        String goneName = contacts.get(gone).name();
        String what = "merged " + goneName + (goneName.equals(keptName) ? " (#" + gone + ")" : "") + " into " + keptName
                + (goneName.equals(keptName) ? " (#" + kept + ")" : "");
        return journal.record(what, dev.kith.journal.Scope.contacts(kept, gone), () -> {
            for (dev.kith.core.ContactReferences feature : List.of(book, interactions, milestones, ties, tasks,
                    network, events, groups, goals, articles, intros, phonebook, contacts)) {
                feature.mergeContact(kept, gone);
            }
            return contacts.get(kept);
        });
    }

    /** Runs {@code work} as one transaction: all of it is stored, or none. */
    public <T> T atomically(Supplier<T> work) {
        return book.atomically(work);
    }

    /** On a team server, paths to a target through colleagues who share their graph (none for a personal book). */
    public List<dev.kith.team.ColleaguePath> colleaguePaths(dev.kith.network.Target target) {
        return colleagues.find(book.id(), target);
    }

    public Contacts contacts() {
        return contacts;
    }

    /** Contacts already in the book that are likely the same person (merge them with {@link #mergeContacts}). */
    public dev.kith.contacts.Duplicates duplicates() {
        return new dev.kith.contacts.Duplicates(book.database(), book.id(), contacts);
    }

    /** The contacts as an address book, for the CardDAV server. */
    public dev.kith.cards.Cards cards() {
        return cards;
    }

    public Interactions interactions() {
        return interactions;
    }

    public Milestones milestones() {
        return milestones;
    }

    public Ties ties() {
        return ties;
    }

    public Tasks tasks() {
        return tasks;
    }

    public Events events() {
        return events;
    }

    public Groups groups() {
        return groups;
    }

    public Goals goals() {
        return goals;
    }

    /** Targets, introduction paths, referrals and the breadth of the network. */
    public Network network() {
        return network;
    }

    public Articles articles() {
        return articles;
    }

    public Intros intros() {
        return intros;
    }

    public Reciprocity reciprocity() {
        return reciprocity;
    }

    /** The importer of a whole LinkedIn export (ZIP or folder): who I am, connections, then messages. */
    public dev.kith.capture.LinkedInExport linkedInExport() {
        return new dev.kith.capture.LinkedInExport(book, contacts, milestones(), capture());
    }

    /** Mail and calendar capture: my addresses, captured mail, owed replies and the inbox of new people. */
    public Capture capture() {
        return capture;
    }

    /** The changes of this book that {@code kith undo} and the web's Undo revert. */
    public dev.kith.journal.Journal journal() {
        return journal;
    }

    /** Two-way sync with the user's CardDAV address books (phone contacts). */
    public dev.kith.phonebook.Phonebook phonebook() {
        return phonebook;
    }

    public SearchIndex search() {
        return book.search();
    }

    /** What is planned (upcoming lunches and meetings) and cancelling it. */
    public dev.kith.today.Plans plans() {
        return new dev.kith.today.Plans(interactions, tasks, contacts, clock());
    }

    /** Today's plan of this book with the {@linkplain Kinds#standard standard kinds}, built once. */
    public synchronized Today today() {
        if (today == null) {
            today = new Today(new Sources(book, contacts, interactions, milestones), Kinds.standard(this));
        }
        return today;
    }
}

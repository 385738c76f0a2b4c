package dev.kith.book;

import dev.kith.contacts.Contacts;
import dev.kith.core.KithClock;
import dev.kith.core.ValidationException;
import dev.kith.events.Events;
import dev.kith.goals.Goals;
import dev.kith.groups.Groups;
import dev.kith.interactions.Interactions;
import dev.kith.milestones.Milestones;
import dev.kith.network.Network;
import dev.kith.network.Ties;
import dev.kith.search.SearchIndex;
import dev.kith.store.Database;
import dev.kith.tasks.Tasks;
import java.util.Optional;

/**
 * One person's address book: the entry point to every feature, all scoped to this book so that
 * nothing leaks between books sharing a database. Thread-safe.
 */
public final class Book {
    public static final String DEFAULT = "default";

    private final Database db;
    private final long id;
    private final String name;
    private final KithClock clock;
    private final SearchIndex search;
    private final Contacts contacts;
    private final Interactions interactions;
    private final Milestones milestones;
    private final Ties ties;
    private final Tasks tasks;
    private final Events events;
    private final Groups groups;
    private final Goals goals;
    private final Network network;
    private final dev.kith.articles.Articles articles;
    private final dev.kith.intros.Intros intros;

    private Book(Database db, long id, String name, KithClock clock) {
        this.db = db;
        this.id = id;
        this.name = name;
        this.clock = clock;
        this.search = SearchIndex.of(db, id);
        this.contacts = new Contacts(db, id, clock, search);
        this.interactions = new Interactions(db, id, search);
        this.milestones = new Milestones(db, id, search);
        this.ties = new Ties(db, id);
        this.tasks = new Tasks(db, id);
        this.events = new Events(db, id, clock, contacts, interactions);
        this.groups = new Groups(db, id, clock, contacts);
        this.goals = new Goals(db, id, clock);
        this.network = new Network(db, id, clock, contacts, ties);
        this.articles = new dev.kith.articles.Articles(this);
        this.intros = new dev.kith.intros.Intros(this);
    }

    /** Opens the book called {@code name}, creating it on first use. */
    public static Book open(Database db, String name, KithClock clock) {
        if (name == null || name.isBlank()) {
            throw new ValidationException("book", "must not be blank");
        }
        // a read finds an existing book without taking the write lock or syncing a commit to disk
        long id = find(db, name).orElseGet(() -> db.write(h -> find(db, name).orElseGet(() ->
                h.createQuery("INSERT INTO books (name, created_on) VALUES (:name, :today) RETURNING id")
                        .bind("name", name).bind("today", clock.today()).mapTo(Long.class).one())));
        return new Book(db, id, name, clock);
    }

    private static java.util.Optional<Long> find(Database db, String name) {
        return db.read(h -> h.createQuery("SELECT id FROM books WHERE name = :name").bind("name", name)
                .mapTo(Long.class).findOne());
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public KithClock clock() {
        return clock;
    }

    public Database database() {
        return db;
    }

    public Contacts contacts() {
        return contacts;
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

    public dev.kith.articles.Articles articles() {
        return articles;
    }

    public dev.kith.intros.Intros intros() {
        return intros;
    }

    public dev.kith.reciprocity.Reciprocity reciprocity() {
        return new dev.kith.reciprocity.Reciprocity(this);
    }

    public SearchIndex search() {
        return search;
    }

    /** The contact who is the user ("me"), if one has been set. */
    public Optional<Long> me() {
        return db.read(h -> h.createQuery("SELECT me_contact_id FROM books WHERE id = :id").bind("id", id)
                .mapTo(Long.class).findOne());
    }

    /** Makes contact {@code contactId} the user ("me"). */
    public void setMe(long contactId) {
        db.update(h -> {
            contacts.get(contactId);
            h.createUpdate("UPDATE books SET me_contact_id = :me WHERE id = :id")
                    .bind("me", contactId).bind("id", id).execute();
        });
    }

    /** Runs {@code work} as one transaction: all of it is stored, or none. */
    public <T> T atomically(java.util.function.Supplier<T> work) {
        return db.write(h -> work.get());
    }
}

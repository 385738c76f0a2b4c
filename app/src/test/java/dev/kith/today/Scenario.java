package dev.kith.today;

import dev.kith.app.Kith;
import dev.kith.book.Book;
import dev.kith.contacts.Circle;
import dev.kith.contacts.ContactDraft;
import dev.kith.core.KithClock;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;
import dev.kith.store.TestDatabase;
import java.time.LocalDate;
import java.util.List;

/** A small book of named people on a test database, seen on a fixed day (default 2026-11-24). */
final class Scenario {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private final TestDatabase db;

    Scenario(TestDatabase db) {
        this.db = db;
    }

    /** The book as seen on {@code day}. */
    Kith on(LocalDate day) {
        return Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(day));
    }

    Kith book() {
        return on(TODAY);
    }

    /** Someone added today (so not yet due for keep-in-touch), in the network circle. */
    long person(String name) {
        return book().contacts().add(ContactDraft.builder(name).build()).id();
    }

    /** Someone added on {@code added} in {@code circle}. */
    long person(String name, Circle circle, LocalDate added) {
        return on(added).contacts().add(ContactDraft.builder(name).circle(circle).build()).id();
    }

    Interaction log(long who, LocalDate date, InteractionKind kind, Initiator initiator, Exchange exchange,
                    String summary) {
        return book().interactions().log(Interaction.draft(date, kind, initiator, null, summary, exchange, false,
                List.of(who)));
    }

    Interaction mine(long who, LocalDate date, InteractionKind kind) {
        return log(who, date, kind, Initiator.ME, Exchange.NEUTRAL, null);
    }

    Interaction awaiting(long who, LocalDate date, InteractionKind kind, String summary) {
        return book().interactions().log(Interaction.draft(date, kind, Initiator.THEM, null, summary,
                Exchange.NEUTRAL, true, List.of(who)));
    }

    Today today(LocalDate day) {
        return on(day).today();
    }

    Today today() {
        return today(TODAY);
    }

    /** Every candidate of {@code kind} today, hidden ones included, best first. */
    List<Action> candidates(String kind) {
        Today t = today();
        return t.candidates(t.snapshot()).stream().filter(a -> a.kind().equals(kind)).toList();
    }

    List<String> planIds(LocalDate day, int size) {
        return today(day).plan(size).actions().stream().map(Action::id).toList();
    }
}

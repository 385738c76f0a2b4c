package dev.kith.cli;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.kith.app.Kith;
import dev.kith.contacts.Contact;
import dev.kith.contacts.Employment;
import dev.kith.interactions.Interaction;
import dev.kith.milestones.Milestone;
import dev.kith.network.Tie;
import dev.kith.network.TieKind;
import dev.kith.network.TieSource;
import dev.kith.strength.TieStrength;
import dev.kith.strength.TieStrengths;
import dev.kith.tasks.Task;
import dev.kith.today.Due;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Everything {@code contacts show} prints about one person. */
record ContactView(
        @JsonUnwrapped Contact contact,
        String organization,
        String title,
        int effectiveCadenceDays,
        LocalDate lastInteraction,
        LocalDate nextContactDue,
        List<Interaction> interactions,
        List<Milestone> milestones,
        List<TieView> ties,
        List<Task> tasks,
        TieStrength strength) {

    static final int RECENT_INTERACTIONS = 20;

    /** A tie seen from this contact: the other person, and whether the tie points to or from them. */
    record TieView(long id, TieKind kind, String direction, Person other, LocalDate since, TieSource source) {
    }

    record Person(long id, String name) {
    }

    static ContactView of(Kith book, Contact c) {
        LocalDate today = book.clock().today();
        List<Interaction> interactions = book.interactions().withContact(c.id(), RECENT_INTERACTIONS);
        LocalDate last = interactions.stream().map(Interaction::date).filter(d -> !d.isAfter(today))
                .max(LocalDate::compareTo).orElse(null);
        List<Tie> ties = book.ties().ofContact(c.id());
        Map<Long, String> names = new HashMap<>();
        book.contacts().getAll(ties.stream().map(t -> t.other(c.id())).distinct().toList())
                .forEach(o -> names.put(o.id(), o.name()));
        List<TieView> tieViews = ties.stream().map(t -> new TieView(t.id(), t.kind(),
                t.fromId() == c.id() ? "to" : "from", new Person(t.other(c.id()), names.get(t.other(c.id()))),
                t.since(), t.source())).toList();
        Employment job = c.currentJob().orElse(null);
        int cadence = c.effectiveCadenceDays(book.contacts().cadences());
        return new ContactView(c, job == null ? null : job.organization(), job == null ? null : job.title(),
                cadence, last, Due.dueOn(last, c.createdOn(), cadence),
                interactions, book.milestones().ofContact(c.id()), tieViews, book.tasks().ofContact(c.id()),
                new TieStrengths(book.database(), book.id()).of(c.id(), today));
    }
}

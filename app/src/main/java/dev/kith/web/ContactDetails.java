package dev.kith.web;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.kith.app.Kith;
import dev.kith.contacts.Contact;
import dev.kith.contacts.Employment;
import dev.kith.interactions.Interaction;
import dev.kith.milestones.Milestone;
import dev.kith.network.Tie;
import dev.kith.network.TieKind;
import dev.kith.tasks.Task;
import dev.kith.today.Due;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything about one person, as the contact page and {@code GET /api/v1/contacts/{id}} show it:
 * the contact, cadence and when the next contact is due, a timeline of interactions and milestones
 * (newest first), ties to other contacts, and tasks.
 */
record ContactDetails(
        @JsonUnwrapped Contact contact,
        int effectiveCadenceDays,
        LocalDate lastInteraction,
        LocalDate nextContactDue,
        boolean due,
        int interactionCount,
        dev.kith.strength.TieStrength strength,
        List<TimelineEntry> timeline,
        List<TieView> ties,
        List<Task> tasks) {

    static final int TIMELINE_INTERACTIONS = 50;

    /** A tie seen from this contact: the other person, and whether the tie points to or from them. */
    record TieView(long id, TieKind kind, String direction, long otherId, String otherName, LocalDate since) {
        /** How the tie reads from this contact, e.g. "mentor of" or "colleague". */
        String label() {
            return switch (kind) {
                case MET_THROUGH -> direction.equals("to") ? "met through" : "introduced you to";
                case REFERRED_BY -> direction.equals("to") ? "referred by" : "referred";
                case MENTOR -> direction.equals("to") ? "mentored by" : "mentor of";
                default -> kind.code();
            };
        }
    }

    /** One dated event of the timeline: an interaction (with whom else) or a milestone. */
    record TimelineEntry(String type, long id, LocalDate date, String kind, String text, List<String> with) {
        TimelineEntry {
            with = List.copyOf(with);
        }
    }

    static ContactDetails of(Kith book, long id, int circleCadence) {
        Contact c = book.contacts().get(id);
        LocalDate today = book.clock().today();
        List<Interaction> interactions = book.interactions().withContact(id, TIMELINE_INTERACTIONS);
        List<Milestone> milestones = book.milestones().ofContact(id);
        List<Tie> ties = book.ties().ofContact(id);
        List<Long> others = new ArrayList<>();
        ties.forEach(t -> others.add(t.other(id)));
        interactions.forEach(i -> others.addAll(i.people()));
        Map<Long, String> names = new HashMap<>();
        book.contacts().getAll(others.stream().distinct().filter(o -> o != id).toList())
                .forEach(o -> names.put(o.id(), o.name()));
        List<TimelineEntry> timeline = new ArrayList<>();
        for (Interaction i : interactions) {
            timeline.add(new TimelineEntry("interaction", i.id(), i.date(), Words.of(i.kind()), i.summary(),
                    i.people().stream().filter(p -> p != id).map(p -> names.getOrDefault(p, "#" + p)).toList()));
        }
        for (Milestone m : milestones) {
            timeline.add(new TimelineEntry("milestone", m.id(), m.date(), Words.of(m.kind()), m.text(), List.of()));
        }
        timeline.sort(Comparator.comparing(TimelineEntry::date).reversed());
        LocalDate last = interactions.stream().map(Interaction::date).filter(d -> !d.isAfter(today))
                .max(LocalDate::compareTo).orElse(null);
        int cadence = c.cadenceDays() != null ? c.cadenceDays() : circleCadence;
        LocalDate next = Due.dueOn(last, c.createdOn(), cadence);
        List<TieView> tieViews = ties.stream().map(t -> new TieView(t.id(), t.kind(),
                t.fromId() == id ? "to" : "from", t.other(id), names.get(t.other(id)), t.since())).toList();
        int count = Strength.interactionCount(book, id);
        var strength = new dev.kith.strength.TieStrengths(book.database(), book.id()).of(id, today);
        return new ContactDetails(c, cadence, last, next, !c.doNotContact() && !c.archived() && Due.isDue(next, today), count,
                strength, timeline, tieViews, book.tasks().ofContact(id));
    }

    @JsonIgnore
    Employment currentJob() {
        return contact.currentJob().orElse(null);
    }

    @JsonIgnore
    String initials() {
        return Strength.initials(contact.name());
    }
}

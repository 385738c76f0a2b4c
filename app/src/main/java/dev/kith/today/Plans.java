package dev.kith.today;

import dev.kith.contacts.Contacts;
import dev.kith.core.KithClock;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.Interactions;
import dev.kith.tasks.Task;
import dev.kith.tasks.TaskStatus;
import dev.kith.tasks.Tasks;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What is planned, as opposed to what happened: meetings dated after today, such as the lunch a
 * plan's invitation set up. A planned meeting becomes a fact on its day (a follow-up may then come);
 * cancelling it removes it, with its open task for that day. Thread-safe.
 */
public final class Plans {
    /** A planned meeting: the interaction's id, day, kind code, people and note. */
    public record Planned(long id, LocalDate date, String kind, List<Person> people, String note) {
        public Planned {
            Objects.requireNonNull(date, "date");
            people = List.copyOf(people);
        }
    }

    private final Interactions interactions;
    private final Tasks tasks;
    private final Contacts contacts;
    private final KithClock clock;

    public Plans(Interactions interactions, Tasks tasks, Contacts contacts, KithClock clock) {
        this.interactions = interactions;
        this.tasks = tasks;
        this.contacts = contacts;
        this.clock = clock;
    }

    /** Every meeting planned after today, soonest first; empty when none. */
    public List<Planned> list() {
        List<Interaction> planned = interactions.planned(clock.today());
        Map<Long, String> names = new HashMap<>();
        contacts.getAll(planned.stream().flatMap(i -> i.people().stream()).distinct().toList())
                .forEach(c -> names.put(c.id(), c.name()));
        return planned.stream().map(i -> of(i, names)).toList();
    }

    /**
     * Cancels planned meeting {@code id} (see {@link Interactions#cancelPlanned}) and the open tasks of its
     * people for that day and kind; a meeting not dated after today is a validation error.
     */
    public Planned cancel(long id) {
        Interaction i = interactions.cancelPlanned(id, clock.today());
        for (long person : i.people()) {
            for (Task t : tasks.ofContact(person)) {
                if (t.status() == TaskStatus.OPEN && i.date().equals(t.due()) && i.kind().code().equals(t.kind())) {
                    tasks.setStatus(t.id(), TaskStatus.CANCELLED);
                }
            }
        }
        Map<Long, String> names = new HashMap<>();
        contacts.getAll(i.people()).forEach(c -> names.put(c.id(), c.name()));
        return of(i, names);
    }

    private static Planned of(Interaction i, Map<Long, String> names) {
        return new Planned(i.id(), i.date(), i.kind().code(),
                i.people().stream().map(p -> new Person(p, names.getOrDefault(p, "#" + p))).toList(), i.summary());
    }
}

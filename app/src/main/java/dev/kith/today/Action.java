package dev.kith.today;

import java.util.List;
import java.util.Objects;

/**
 * One small, concrete thing to do today with some people. {@code id} is stable: the same action
 * proposed tomorrow has the same id. {@code urgency} and {@code value} are in [0, 1.5] and their
 * product ranks the plan. {@code ref} is the interaction or milestone the action answers, 0 when none.
 * {@code carried} are the same people's other actions folded into this one: doing, snoozing or skipping
 * this action does the same with them; usually none.
 */
public record Action(String id, String kind, List<Person> people, String reason, String draft, double urgency,
                     double value, long ref, List<Action> carried) implements Ranked {
    /** An action that carries no other. */
    public Action(String id, String kind, List<Person> people, String reason, String draft, double urgency,
                  double value, long ref) {
        this(id, kind, people, reason, draft, urgency, value, ref, List.of());
    }

    public Action {
        carried = List.copyOf(carried);
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(draft, "draft");
        people = List.copyOf(people);
        if (people.isEmpty()) {
            throw new IllegalArgumentException("an action needs at least one person");
        }
        if (urgency < 0 || value < 0) {
            throw new IllegalArgumentException("urgency and value must not be negative");
        }
    }

    /** Urgency × value: higher comes first in the plan. */
    @Override
    public double score() {
        return urgency * value;
    }
}

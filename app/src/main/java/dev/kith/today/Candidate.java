package dev.kith.today;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * An action before its words are written: what ranking, mixing and hiding need. {@link #write()}
 * adds the reason and the draft; a plan writes only the actions it keeps, not every candidate.
 * {@code id}, {@code urgency}, {@code value} and {@code ref} mean what they mean in {@link Action}.
 */
public record Candidate(String id, String kind, List<Person> people, double urgency, double value, long ref,
                        Supplier<Text> text) implements Ranked {
    /** An action's words: why it was chosen, citing the data, and the note to send. */
    public record Text(String reason, String draft) {
        public Text {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(draft, "draft");
        }
    }

    public Candidate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        people = List.copyOf(people);
        if (people.isEmpty()) {
            throw new IllegalArgumentException("an action needs at least one person");
        }
        if (urgency < 0 || value < 0) {
            throw new IllegalArgumentException("urgency and value must not be negative");
        }
    }

    /** A candidate whose words are already written. */
    public static Candidate of(Action action) {
        Text text = new Text(action.reason(), action.draft());
        return new Candidate(action.id(), action.kind(), action.people(), action.urgency(), action.value(),
                action.ref(), () -> text);
    }

    @Override
    public double score() {
        return urgency * value;
    }

    /** The action with its reason and draft. */
    public Action write() {
        Text t = text.get();
        return new Action(id, kind, people, t.reason(), t.draft(), urgency, value, ref);
    }
}

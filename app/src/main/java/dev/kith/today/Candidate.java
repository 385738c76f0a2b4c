package dev.kith.today;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * An action before its words are written: what ranking, mixing and hiding need. {@link #write()}
 * adds the reason and the draft; a plan writes only the actions it keeps, not every candidate.
 * {@code id}, {@code urgency}, {@code value} and {@code ref} mean what they mean in {@link Action};
 * {@code carried} are the same people's other candidates folded into this one (see {@link Fold}),
 * usually none.
 */
public record Candidate(String id, String kind, List<Person> people, double urgency, double value, long ref,
                        Supplier<Text> text, List<Candidate> carried) implements Ranked {
    /** An action's words: why it was chosen, citing the data, and the note to send. */
    public record Text(String reason, String draft) {
        public Text {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(draft, "draft");
        }
    }

    /** A candidate that carries no other. */
    public Candidate(String id, String kind, List<Person> people, double urgency, double value, long ref,
                     Supplier<Text> text) {
        this(id, kind, people, urgency, value, ref, text, List.of());
    }

    public Candidate {
        carried = List.copyOf(carried);
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        text = Written.of(Objects.requireNonNull(text, "text"));
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

    /** Urgency × value; a candidate carrying others ranks as its best-ranked part. */
    @Override
    public double score() {
        double score = urgency * value;
        for (Candidate c : carried) {
            score = Math.max(score, c.score());
        }
        return score;
    }

    /** The action with its reason and draft; a fold's words cover every carried action (see {@link Fold#words}). */
    public Action write() {
        Text t = text.get();
        if (carried.isEmpty()) {
            return new Action(id, kind, people, t.reason(), t.draft(), urgency, value, ref);
        }
        List<Action> others = carried.stream().map(Candidate::write).toList();
        Text folded = Fold.words(t, others);
        return new Action(id, kind, people, folded.reason(), folded.draft(), urgency, value, ref, others);
    }

    /** Words written once, on first use, then kept: the plan of every page view asks again for the same ones. */
    private static final class Written implements Supplier<Text> {
        private final Supplier<Text> write;
        private volatile Text text;

        private Written(Supplier<Text> write) {
            this.write = write;
        }

        static Supplier<Text> of(Supplier<Text> write) {
            return write instanceof Written ? write : new Written(write);
        }

        @Override
        public Text get() {
            Text t = text;
            if (t == null) {
                t = Objects.requireNonNull(write.get(), "text");
                text = t;
            }
            return t;
        }
    }
}

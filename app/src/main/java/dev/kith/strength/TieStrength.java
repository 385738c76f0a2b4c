package dev.kith.strength;

import java.util.List;
import java.util.Objects;

/**
 * How strong my tie with one contact is: {@code total} from 0 (no tie) to 100, the sum of its named
 * {@code parts}, each with the points it earned, its maximum and a short explanation.
 */
public record TieStrength(long contactId, int total, List<Part> parts) {
    public TieStrength {
        parts = List.copyOf(parts);
        if (total < 0 || total > 100) {
            throw new IllegalArgumentException("total must be between 0 and 100, not " + total);
        }
    }

    /** One ingredient of the score: {@code points} out of {@code max}, and why, in plain words. */
    public record Part(String name, int points, int max, String explanation) {
        public Part {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(explanation, "explanation");
            if (points < 0 || points > max) {
                throw new IllegalArgumentException(name + ": points must be between 0 and " + max + ", not " + points);
            }
        }
    }

    /** The score of a contact I have never interacted with: zero in every part. */
    public static TieStrength none(long contactId) {
        return new StrengthTally().score(contactId, null, null);
    }

    /** The part called {@code name}; an {@link IllegalArgumentException} when there is none. */
    public Part part(String name) {
        return parts.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no part named " + name));
    }
}

package dev.kith.reciprocity;

import java.util.Objects;

/**
 * One person's balance over the last 12 months: interactions where I {@code gave}, where I
 * {@code asked}, and the others. {@code lean} is {@code asked - gave} (positive: I take more).
 * {@code onlyAsks} is the warning: I asked at least {@value Reciprocity#ONLY_ASKS_MIN} times and never gave.
 */
public record Balance(long contactId, String name, int gave, int asked, int neutral) {
    public Balance {
        Objects.requireNonNull(name, "name");
    }

    public int lean() {
        return asked - gave;
    }

    /** True when I only contact this person to ask: asked at least twice, gave nothing. */
    public boolean onlyAsks() {
        return asked >= Reciprocity.ONLY_ASKS_MIN && gave == 0;
    }

    /** A one-line summary: "asked 3 times, gave 0 times in 12 months". */
    public String summary() {
        return "asked " + times(asked) + ", gave " + times(gave) + " in the last 12 months";
    }

    private static String times(int n) {
        return n == 1 ? "once" : n + " times";
    }
}

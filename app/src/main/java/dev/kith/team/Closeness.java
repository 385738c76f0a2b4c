package dev.kith.team;

import dev.kith.core.Coded;

/**
 * How well a colleague knows a person, the only measure of a tie that leaves their book: a bucket of their
 * tie strength (0–100, see {@code dev.kith.strength.TieStrength}), raised for people they keep in their
 * inner circle (at least {@link #CLOSE}) or close circle (at least {@link #GOOD}). Best first.
 */
public enum Closeness implements Coded {
    /** Strength 60 or more, or in the inner circle: as strong as a tie Today calls once-strong. */
    CLOSE("close", 60, "closely"),
    /** Strength 40 to 59, or in the close circle. */
    GOOD("good", 40, "well"),
    /** Strength 20 to 39. */
    SOME("some", 20, "somewhat"),
    /** Below 20: met, but not lately or not much. */
    WEAK("weak", 0, "a little");

    private final String code;
    private final int from;
    private final String adverb;

    Closeness(String code, int from, String adverb) {
        this.code = code;
        this.from = from;
        this.adverb = adverb;
    }

    @Override
    public String code() {
        return code;
    }

    /** The lowest tie strength of this bucket. */
    public int from() {
        return from;
    }

    /** How it reads after "who knows NAME": "closely", "well", "somewhat", "a little". */
    public String adverb() {
        return adverb;
    }

    /** The bucket of tie strength {@code strength} for a contact in circle {@code circle} (its stored code, may be null). */
    public static Closeness of(int strength, String circle) {
        Closeness byStrength = WEAK;
        for (Closeness c : values()) {
            if (strength >= c.from) {
                byStrength = c;
                break;
            }
        }
        Closeness byCircle = "inner".equals(circle) ? CLOSE : "close".equals(circle) ? GOOD : WEAK;
        return byStrength.compareTo(byCircle) <= 0 ? byStrength : byCircle;
    }
}

package dev.kith.intros;

import java.util.List;
import java.util.Objects;

/**
 * A suggested introduction of {@code a} and {@code b}: {@code commonGround} spells out what they
 * share (interests, a challenge in the notes, a milestone, an ask one has and the other offers,
 * industry, city), {@code score} ranks (higher first), {@code strengthA}/{@code strengthB} are my tie
 * strengths (0–100) to each, which weigh the pair.
 */
public record Suggestion(long aId, String aName, long bId, String bName, double score, int strengthA, int strengthB,
                         List<String> commonGround) {
    public Suggestion {
        Objects.requireNonNull(aName, "aName");
        Objects.requireNonNull(bName, "bName");
        commonGround = List.copyOf(commonGround);
    }

    /** A stable id for the pair, {@code smallerId-largerId}. */
    public String pairId() {
        return Math.min(aId, bId) + "-" + Math.max(aId, bId);
    }
}

package dev.kith.strength;

import java.time.LocalDate;

/**
 * What a {@link TieStrength} is computed from: the counts of one contact's interactions on or before
 * a day. {@code count} interactions, {@code lastYear} of them in the 365 days up to that day,
 * {@code theirs} started by the contact; {@code first} and {@code last} dates (null when
 * {@code count} is 0); and, over the 730 days up to that day, the interactions of each depth: meals
 * or meetings, event encounters, calls, and emails, messages, notes or other. The same counts
 * whether they are tallied in Java ({@link StrengthTally}) or aggregated by the database
 * ({@link TieStrengths#COUNTS_SQL}), so the score and its explanations mean the same either way.
 */
public record StrengthCounts(int count, int lastYear, int theirs, LocalDate first, LocalDate last, int meals,
                             int events, int calls, int notes) {
    /** No interaction at all. */
    public static final StrengthCounts NONE = new StrengthCounts(0, 0, 0, null, null, 0, 0, 0, 0);

    public StrengthCounts {
        if (count < 0 || lastYear < 0 || theirs < 0 || meals < 0 || events < 0 || calls < 0 || notes < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
        if (lastYear > count || theirs > count || meals + events + calls + notes > count) {
            throw new IllegalArgumentException("a part of the interactions cannot outnumber them: " + count);
        }
        if ((count == 0) != (last == null) || (count == 0) != (first == null)) {
            throw new IllegalArgumentException("first and last are null exactly when there is no interaction");
        }
    }

    /**
     * The strength on {@code asOf}, the day these counts were taken; {@code knownSince} (first met or
     * added, may be null) dates the history part when it is earlier than the first interaction. A
     * null {@code asOf} scores nothing.
     */
    public TieStrength score(long contactId, LocalDate asOf, LocalDate knownSince) {
        if (asOf == null) {
            return StrengthTally.build(contactId, Integer.MIN_VALUE, NONE, knownSince);
        }
        return StrengthTally.build(contactId, (int) asOf.toEpochDay(), this, knownSince);
    }

    /** {@link #score}'s total alone, without writing the explanations: for ranking many contacts. */
    public int total(LocalDate asOf, LocalDate knownSince) {
        if (asOf == null) {
            return 0;
        }
        return StrengthTally.build(0, (int) asOf.toEpochDay(), this, knownSince, false).total();
    }
}

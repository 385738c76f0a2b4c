package dev.kith.strength;

import dev.kith.interactions.Initiator;
import dev.kith.interactions.InteractionKind;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The interactions of one contact, gathered one at a time, and the {@link TieStrength} they add up
 * to on a given day. Adding is O(1); scoring is O(n) in the contact's interactions. Not thread-safe.
 *
 * <p>Parts: recency (30 points, halving every 90 days since the last contact), frequency (25,
 * logarithmic in the interactions of the last year, full at 24), depth (20, a meal or meeting counts
 * 4, an event encounter 3, a call 2, an email, message or note 1, over the last two years, full at
 * 24), reciprocity (15, full when each side starts half the interactions) and history (10, full
 * after five years of knowing each other).
 */
public final class StrengthTally {
    static final int RECENCY = 30;
    static final int FREQUENCY = 25;
    static final int DEPTH = 20;
    static final int RECIPROCITY = 15;
    static final int HISTORY = 10;

    private int[] days = new int[2];
    private byte[] weights = new byte[2];
    private boolean[] theirs = new boolean[2];
    private int size;
    private int lastDay = Integer.MIN_VALUE;

    /** Counts one interaction with this contact. */
    public void add(LocalDate date, InteractionKind kind, Initiator initiator) {
        if (size == days.length) {
            days = Arrays.copyOf(days, size * 2);
            weights = Arrays.copyOf(weights, size * 2);
            theirs = Arrays.copyOf(theirs, size * 2);
        }
        int day = (int) date.toEpochDay();
        days[size] = day;
        weights[size] = (byte) weight(kind);
        theirs[size] = initiator == Initiator.THEM;
        size++;
        lastDay = Math.max(lastDay, day);
    }

    /** How much one interaction of {@code kind} says about the depth of a tie. */
    public static int weight(InteractionKind kind) {
        return switch (kind) {
            case MEETING, LUNCH, COFFEE -> 4;
            case EVENT_ENCOUNTER -> 3;
            case CALL -> 2;
            case EMAIL, MESSAGE, NOTE, OTHER -> 1;
        };
    }

    /** The date of the latest interaction counted, future ones included; null when there is none. */
    public LocalDate lastDate() {
        return size == 0 ? null : LocalDate.ofEpochDay(lastDay);
    }

    /** The date of the latest interaction on or before {@code day}; null when there is none. */
    public LocalDate lastDateOnOrBefore(LocalDate day) {
        int limit = (int) day.toEpochDay();
        int last = Integer.MIN_VALUE;
        for (int i = 0; i < size; i++) {
            if (days[i] <= limit) {
                last = Math.max(last, days[i]);
            }
        }
        return last == Integer.MIN_VALUE ? null : LocalDate.ofEpochDay(last);
    }

    /**
     * The strength on {@code asOf}, counting only interactions on or before it; {@code knownSince}
     * (first met or added, may be null) dates the history part when it is earlier than the first
     * interaction. A null {@code asOf} scores nothing.
     */
    public TieStrength score(long contactId, LocalDate asOf, LocalDate knownSince) {
        return counts(asOf).score(contactId, asOf, knownSince);
    }

    /** The counts of the interactions on or before {@code asOf}; {@link StrengthCounts#NONE} for a null day. */
    public StrengthCounts counts(LocalDate asOf) {
        if (asOf == null) {
            return StrengthCounts.NONE;
        }
        int today = (int) asOf.toEpochDay();
        int count = 0;
        int lastYear = 0;
        int theirCount = 0;
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        int[] depthCounts = new int[5];
        for (int i = 0; i < size; i++) {
            int day = days[i];
            if (day > today) {
                continue;
            }
            count++;
            first = Math.min(first, day);
            last = Math.max(last, day);
            if (day > today - 365) {
                lastYear++;
            }
            if (day > today - 730) {
                depthCounts[weights[i]]++;
            }
            if (theirs[i]) {
                theirCount++;
            }
        }
        return count == 0 ? StrengthCounts.NONE : new StrengthCounts(count, lastYear, theirCount,
                LocalDate.ofEpochDay(first), LocalDate.ofEpochDay(last), depthCounts[4], depthCounts[3],
                depthCounts[2], depthCounts[1]);
    }

    /**
     * The strength the tie had on the day of the last interaction on or before {@code asOf}: how
     * strong it once was, before time passed. Zero in every part when there is none.
     */
    public TieStrength scoreAtLastContact(long contactId, LocalDate asOf, LocalDate knownSince) {
        return score(contactId, lastDateOnOrBefore(asOf), knownSince);
    }

    /** The score of {@code c} on epoch day {@code today}, the day they were counted. */
    static TieStrength build(long contactId, int today, StrengthCounts c, LocalDate knownSince) {
        return build(contactId, today, c, knownSince, true);
    }

    /** The same points as {@link #build(long, int, StrengthCounts, LocalDate)}; explanations only when {@code explain}. */
    static TieStrength build(long contactId, int today, StrengthCounts c, LocalDate knownSince, boolean explain) {
        int count = c.count();
        int theirs = c.theirs();
        int mine = count - theirs;
        int lastYear = c.lastYear();
        int since = knownSince == null ? Integer.MAX_VALUE : (int) knownSince.toEpochDay();
        int first = count == 0 ? since : Math.min(since, (int) c.first().toEpochDay());
        int last = count == 0 ? Integer.MIN_VALUE : (int) c.last().toEpochDay();
        int[] depth = {0, c.notes(), c.calls(), c.events(), c.meals()};
        TieStrength.Part recency = count == 0
                ? new TieStrength.Part("recency", 0, RECENCY, "no contact yet")
                : new TieStrength.Part("recency", (int) Math.round(RECENCY * Math.pow(0.5, (today - last) / 90.0)),
                RECENCY, explain ? "last contact " + ago(today - last) : "");
        TieStrength.Part frequency = new TieStrength.Part("frequency",
                (int) Math.round(FREQUENCY * Math.min(1.0, Math.log1p(lastYear) / Math.log(25))), FREQUENCY,
                explain ? plural(lastYear, "interaction") + " in the last year" : "");
        int weighted = 4 * depth[4] + 3 * depth[3] + 2 * depth[2] + depth[1];
        TieStrength.Part deep = new TieStrength.Part("depth",
                (int) Math.round(DEPTH * Math.min(1.0, weighted / 24.0)), DEPTH, explain ? depthText(depth) : "");
        int reciprocal = count == 0 ? 0
                : (int) Math.round(RECIPROCITY * 2.0 * Math.min(mine, theirs) / count);
        TieStrength.Part reciprocity = new TieStrength.Part("reciprocity", reciprocal, RECIPROCITY, count == 0
                ? "nobody has reached out yet" : explain ? "they started " + theirs + " of " + count + ", you " + mine : "");
        TieStrength.Part history;
        if (first == Integer.MAX_VALUE || first > today) {
            history = new TieStrength.Part("history", 0, HISTORY, "not known yet");
        } else {
            int known = today - first;
            history = new TieStrength.Part("history", (int) Math.round(HISTORY * Math.min(1.0, known / (5 * 365.25))),
                    HISTORY, explain ? "known for " + duration(known) + " (since " + LocalDate.ofEpochDay(first) + ")" : "");
        }
        List<TieStrength.Part> parts = List.of(recency, frequency, deep, reciprocity, history);
        return new TieStrength(contactId, parts.stream().mapToInt(TieStrength.Part::points).sum(), parts);
    }

    private static String depthText(int[] depth) {
        if (depth[1] + depth[2] + depth[3] + depth[4] == 0) {
            return "nothing in the last two years";
        }
        StringBuilder sb = new StringBuilder();
        append(sb, depth[4], "meal or meeting", "meals or meetings");
        append(sb, depth[3], "event encounter", "event encounters");
        append(sb, depth[2], "call", "calls");
        append(sb, depth[1], "email, message or note", "emails, messages or notes");
        return sb + " in the last two years";
    }

    private static void append(StringBuilder sb, int n, String one, String many) {
        if (n > 0) {
            sb.append(sb.isEmpty() ? "" : ", ").append(n).append(' ').append(n == 1 ? one : many);
        }
    }

    static String ago(int days) {
        return days == 0 ? "today" : days == 1 ? "yesterday" : days + " days ago";
    }

    private static String duration(int days) {
        if (days < 60) {
            return plural(days, "day");
        }
        if (days < 730) {
            return plural(days / 30, "month");
        }
        return plural((int) (days / 365.25), "year");
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}

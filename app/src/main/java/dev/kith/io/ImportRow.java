package dev.kith.io;

import java.util.List;
import java.util.Objects;

/**
 * What an import does (or, in a dry run, would do) with one record of the file: the record's 1-based
 * line, the name it gives, the outcome, the contact it goes into ({@code contactId} null for a person
 * new to the book; {@code into} names them), the fields that change, the existing contacts it looks
 * like without being merged automatically (empty when none), and why a skipped record was skipped
 * (null otherwise).
 */
public record ImportRow(long line, String name, Outcome outcome, Long contactId, String into, List<Change> changes,
                        List<Candidate> candidates, String reason) {

    public ImportRow {
        Objects.requireNonNull(outcome, "outcome");
        changes = List.copyOf(changes);
        candidates = List.copyOf(candidates);
    }

    /** What happens to a record. */
    public enum Outcome {
        /** A new contact. */
        ADD,
        /** Merged into a contact already in the book (or added earlier from this file). */
        MERGE,
        /** Matched a contact that already has everything it says. */
        UNCHANGED,
        /** Not imported: it names nobody. */
        SKIP
    }

    /** One field a merge changes: its name in words, before (null when empty) and after. */
    public record Change(String field, String before, String after) {
    }

    /**
     * A contact of the book this record looks like: its id, "Kwame Khan (Acme)", why in words ("same
     * name, different organization"), and whether the match is strong enough to merge by default.
     */
    public record Candidate(long contactId, String label, String why, boolean strong) {
    }

    /** Whether this record looks like someone already in the book, so the user chooses: merge or keep both. */
    public boolean isLikelyDuplicate() {
        return !candidates.isEmpty();
    }
}

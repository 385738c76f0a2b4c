package dev.kith.milestones;

import java.time.LocalDate;
import java.util.Objects;

/** Something that happened to a contact on a date; {@code text} is null when not given. */
public record Milestone(long id, long contactId, MilestoneKind kind, LocalDate date, String text,
                        boolean acknowledged) {
    public Milestone {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
    }
}

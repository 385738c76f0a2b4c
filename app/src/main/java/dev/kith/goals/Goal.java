package dev.kith.goals;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A networking goal: its title, the keywords that make a contact relevant to it, and an optional due date. */
public record Goal(long id, String title, List<String> keywords, LocalDate due, LocalDate createdOn) {
    public Goal {
        Objects.requireNonNull(title, "title");
        keywords = List.copyOf(keywords);
    }

    /** Whether the goal is still being pursued on {@code today}: no due date, or not yet past it. */
    public boolean active(LocalDate today) {
        return due == null || !due.isBefore(today);
    }
}

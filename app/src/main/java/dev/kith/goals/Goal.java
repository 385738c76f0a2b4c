package dev.kith.goals;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A networking goal: its title, the keywords that make a contact relevant to it, and an optional due
 * date. A closed goal ({@code closedOn} set) was {@code closedAs} achieved or dropped, with an optional
 * {@code closedNote}; all three are null while it is open.
 */
public record Goal(long id, String title, List<String> keywords, LocalDate due, LocalDate createdOn,
                   LocalDate closedOn, GoalClosing closedAs, String closedNote) {
    public Goal {
        Objects.requireNonNull(title, "title");
        keywords = List.copyOf(keywords);
    }

    /** An open goal. */
    public Goal(long id, String title, List<String> keywords, LocalDate due, LocalDate createdOn) {
        this(id, title, keywords, due, createdOn, null, null, null);
    }

    /** Whether the goal was closed (achieved or dropped). */
    public boolean closed() {
        return closedOn != null;
    }

    /** Whether the goal is still being pursued on {@code today}: not closed, and no due date or not yet past it. */
    public boolean active(LocalDate today) {
        return !closed() && (due == null || !due.isBefore(today));
    }
}

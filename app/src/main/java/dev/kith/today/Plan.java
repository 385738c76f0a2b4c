package dev.kith.today;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** Today's plan: the date, the streak of days with something done, and the actions, best first (maybe none). */
public record Plan(LocalDate date, int streak, List<Action> actions) {
    public Plan {
        Objects.requireNonNull(date, "date");
        actions = List.copyOf(actions);
    }
}

package dev.kith.intros;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A double opt-in introduction between {@code a} and {@code b} (ids and names), with its history of
 * steps, oldest first. {@code outcome} is set once closed.
 */
public record Intro(long id, long aId, String aName, long bId, String bName, String why, IntroState state,
                    LocalDate startedOn, LocalDate updatedOn, String outcome, List<Step> steps) {
    /** One step: {@code asked-a}, {@code asked-b}, {@code made}, {@code outcome} or {@code declined}, its date and note. */
    public record Step(String step, LocalDate date, String note) {
        public Step {
            Objects.requireNonNull(step, "step");
            Objects.requireNonNull(date, "date");
        }
    }

    public Intro {
        Objects.requireNonNull(state, "state");
        steps = List.copyOf(steps);
    }

    /** What to do next, in words. */
    public String next() {
        return switch (state) {
            case ASKING_A -> "waiting for " + aName + " to agree (advance when they do, or --declined)";
            case ASKING_B -> "waiting for " + bName + " to agree (advance when they do, or --declined)";
            case MADE -> "introduced: record how it went with --outcome";
            case CLOSED -> "closed: " + outcome;
            case DECLINED -> "declined";
        };
    }
}

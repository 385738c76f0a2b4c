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

    /** Where it stands, in words: "asking Ana Lima", "asking Bo Chen", "introduced", "closed", "declined". */
    public String status() {
        return switch (state) {
            case ASKING_A -> "asking " + aName;
            case ASKING_B -> "asking " + bName;
            case MADE -> "introduced";
            case CLOSED -> "closed";
            case DECLINED -> "declined";
        };
    }

    /**
     * Who is keeping it waiting, in words, to be followed by "for 8 days": "Ana Lima hasn't answered
     * about meeting Bo Chen", or once made "Ana Lima and Bo Chen haven't said how it went".
     */
    public String waiting() {
        return switch (state) {
            case ASKING_A -> aName + " hasn't answered about meeting " + bName;
            case ASKING_B -> bName + " hasn't answered about meeting " + aName;
            case MADE -> aName + " and " + bName + " haven't said how it went";
            case CLOSED -> "the introduction of " + aName + " and " + bName + " is closed";
            case DECLINED -> "the introduction of " + aName + " and " + bName + " was declined";
        };
    }

    /** A step in words: "asked Ana Lima", "introduced them", "outcome recorded", "declined". */
    public String describe(Step step) {
        return switch (step.step()) {
            case "asked-a" -> "asked " + aName;
            case "asked-b" -> "asked " + bName;
            case "made" -> "introduced them";
            case "outcome" -> "outcome recorded";
            case "declined" -> "declined";
            default -> step.step().replace('-', ' ');
        };
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

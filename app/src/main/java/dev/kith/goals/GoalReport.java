package dev.kith.goals;

import java.util.List;

/**
 * What a goal cost and what came of it. {@code minutes} sums the linked interactions' durations
 * ({@link TimeDefaults} for those without one); {@code people} are the linked contacts and everyone
 * in the linked interactions; {@code gave} and {@code asked} count linked interactions by exchange;
 * {@code outcomesPerHour} is null when no time was spent. {@code worthIt} is a question, not a
 * verdict: non-null ("worth it?") when at least {@value #FLAG_HOURS} hours went in and nothing came out.
 */
public record GoalReport(Goal goal, boolean active, int interactions, int minutes, double hours, List<Participant> people,
                         int gave, int asked, List<Long> events, List<Outcome> outcomes, Double outcomesPerHour,
                         String worthIt) {
    /** Hours spent without an outcome from which a goal is flagged. */
    public static final int FLAG_HOURS = 10;

    /** Someone involved in a goal. */
    public record Participant(long id, String name) {
    }

    public GoalReport {
        people = List.copyOf(people);
        events = List.copyOf(events);
        outcomes = List.copyOf(outcomes);
    }
}

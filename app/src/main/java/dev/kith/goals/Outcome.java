package dev.kith.goals;

import java.time.LocalDate;

/** Something that came of a goal: a co-author found, a job offer, a talk accepted. */
public record Outcome(long id, long goalId, LocalDate date, String text) {
}

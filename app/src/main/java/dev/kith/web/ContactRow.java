package dev.kith.web;

import dev.kith.contacts.Circle;
import dev.kith.contacts.ContactSummary;
import dev.kith.today.Due;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * One contact in a list: who, where, when we last spoke (null: never), how often we have, when the
 * next contact is due by their cadence ({@link Due}, the rule Today and {@code kith due} use), by how
 * many days that is past (0: not overdue; never for someone not to be contacted), and for a search,
 * where the words were found ({@link MatchedIn}; empty without a search).
 */
record ContactRow(long id, String name, String organization, String title, List<String> emails, List<String> tags,
                  Circle circle, int cadenceDays, LocalDate lastInteraction, int interactions, LocalDate nextDue,
                  boolean due, long daysOverdue, boolean doNotContact, List<String> matchedIn) {
    ContactRow {
        emails = List.copyOf(emails);
        tags = List.copyOf(tags);
        matchedIn = List.copyOf(matchedIn);
    }

    /** The row of {@code s}; {@code dueOn} from {@link dev.kith.today.Today#dueDates()}, null: today's rule from today. */
    static ContactRow of(ContactSummary s, int interactions, LocalDate today, LocalDate dueOn) {
        return of(s, interactions, today, dueOn, List.of());
    }

    /** The row of {@code s} found by a search in {@code matchedIn}. */
    static ContactRow of(ContactSummary s, int interactions, LocalDate today, LocalDate dueOn, List<String> matchedIn) {
        LocalDate next = dueOn != null ? dueOn : Due.dueOn(s.lastInteraction(), today, s.cadenceDays());
        boolean due = !s.doNotContact() && Due.isDue(next, today);
        return new ContactRow(s.id(), s.name(), s.organization(), s.title(), s.emails(), s.tags(), s.circle(),
                s.cadenceDays(), s.lastInteraction(), interactions, next, due,
                due ? ChronoUnit.DAYS.between(next, today) : 0, s.doNotContact(), matchedIn);
    }

    /** Initials for the avatar: first letters of the first and last word. */
    String initials() {
        return Strength.initials(name);
    }

    /** "3 days" past due, "1 day"; empty when not overdue. */
    String overdueText() {
        return daysOverdue <= 0 ? "" : daysOverdue + (daysOverdue == 1 ? " day" : " days");
    }

    /** Where a search found them, as words: "name, tag". */
    String matchedText() {
        return String.join(", ", matchedIn);
    }
}

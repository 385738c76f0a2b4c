package dev.kith.web;

import dev.kith.contacts.Circle;
import dev.kith.contacts.ContactSummary;
import dev.kith.today.Due;
import java.time.LocalDate;
import java.util.List;

/**
 * One contact in a list: who, where, when we last spoke (null: never), how often we have, and when
 * the next contact is due by their cadence ({@link Due}, the rule Today and {@code kith due} use).
 */
record ContactRow(long id, String name, String organization, String title, List<String> emails, List<String> tags,
                  Circle circle, int cadenceDays, LocalDate lastInteraction, int interactions, LocalDate nextDue,
                  boolean due, boolean doNotContact) {
    ContactRow {
        emails = List.copyOf(emails);
        tags = List.copyOf(tags);
    }

    /** The row of {@code s}; {@code dueOn} from {@link dev.kith.today.Today#dueDates()}, null: today's rule from today. */
    static ContactRow of(ContactSummary s, int interactions, LocalDate today, LocalDate dueOn) {
        LocalDate next = dueOn != null ? dueOn : Due.dueOn(s.lastInteraction(), today, s.cadenceDays());
        return new ContactRow(s.id(), s.name(), s.organization(), s.title(), s.emails(), s.tags(), s.circle(),
                s.cadenceDays(), s.lastInteraction(), interactions, next, !s.doNotContact() && Due.isDue(next, today),
                s.doNotContact());
    }

    /** Initials for the avatar: first letters of the first and last word. */
    String initials() {
        return Strength.initials(name);
    }
}

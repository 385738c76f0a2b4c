package dev.kith.web;

import dev.kith.contacts.Circle;
import dev.kith.contacts.ContactSummary;
import java.time.LocalDate;
import java.util.List;

/**
 * One contact in a list: who, where, when we last spoke (null: never), how often we have, and when
 * the next contact is due by their cadence (today when we never spoke).
 */
record ContactRow(long id, String name, String organization, String title, List<String> emails, List<String> tags,
                  Circle circle, int cadenceDays, LocalDate lastInteraction, int interactions, LocalDate nextDue,
                  boolean due, boolean doNotContact) {
    ContactRow {
        emails = List.copyOf(emails);
        tags = List.copyOf(tags);
    }

    static ContactRow of(ContactSummary s, int interactions, LocalDate today) {
        LocalDate next = s.lastInteraction() == null ? today : s.lastInteraction().plusDays(s.cadenceDays());
        return new ContactRow(s.id(), s.name(), s.organization(), s.title(), s.emails(), s.tags(), s.circle(),
                s.cadenceDays(), s.lastInteraction(), interactions, next, !s.doNotContact() && !next.isAfter(today),
                s.doNotContact());
    }

    /** Initials for the avatar: first letters of the first and last word. */
    String initials() {
        return Strength.initials(name);
    }
}

package dev.kith.contacts;

import java.time.LocalDate;
import java.util.List;

/** One row of the contact list: who, where they work, and when we last interacted (null: never). */
public record ContactSummary(
        long id,
        String name,
        List<String> emails,
        String organization,
        String title,
        List<String> tags,
        List<String> interests,
        Circle circle,
        int cadenceDays,
        LocalDate lastInteraction,
        boolean doNotContact,
        boolean archived) {
    public ContactSummary {
        emails = List.copyOf(emails);
        tags = List.copyOf(tags);
        interests = List.copyOf(interests);
    }
}

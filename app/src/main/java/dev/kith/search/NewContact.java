package dev.kith.search;

import java.util.List;

/**
 * What the search index holds about a contact just created in bulk, before anything else refers to
 * it (no interactions, milestones or second job yet), exactly as stored: its names, notes, how they
 * met, location, current organization's stored name and title, tags and interests. Lets an import
 * index thousands of new contacts without reading them back ({@link SearchIndex#indexNew}).
 */
public record NewContact(long id, String displayName, String givenName, String familyName, String notes,
                         String howMet, String location, String organization, String title, List<String> tags,
                         List<String> interests) {
    public NewContact {
        tags = List.copyOf(tags);
        interests = List.copyOf(interests);
    }
}

package dev.kith.search;

/**
 * One search result: the contact, their current organization (null if none), the first field the
 * query matched ({@code name}, {@code organization}, {@code topics}, {@code notes} or {@code activity})
 * and the tier of fields that holds every word, from 4 (the name) to 1 (anywhere): see
 * {@link SearchIndex#search}.
 */
public record SearchHit(long id, String name, String organization, boolean archived, String matchedIn,
                        double score) {
}

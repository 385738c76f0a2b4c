package dev.kith.search;

/**
 * One search result: the contact, their current organization (null if none), the first field the
 * query matched ({@code name}, {@code organization}, {@code topics}, {@code notes} or {@code activity})
 * and a relevance score where higher is better.
 */
public record SearchHit(long id, String name, String organization, boolean archived, String matchedIn,
                        double score) {
}

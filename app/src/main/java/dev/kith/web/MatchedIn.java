package dev.kith.web;

import dev.kith.contacts.ContactSummary;
import dev.kith.core.Text;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a contact search found someone, in plain words for the Contacts table: "name", "email",
 * "organization", "title", "tag", "interest", and for words in fields the list does not show, what
 * the search index says ("notes" for notes, how we met and location; "past interactions" for
 * interaction summaries and milestones). Every query word is a prefix of a word, as the index matches.
 * Works on what the list already read: no further query.
 */
final class MatchedIn {
    private MatchedIn() {
    }

    /** The normalized words of {@code query}, as the search index splits them. */
    static List<String> words(String query) {
        String words = Text.words(query == null ? "" : query);
        return words.isEmpty() ? List.of() : List.of(words.split(" "));
    }

    /**
     * The fields of {@code s} holding some of {@code words}, in table order. Words in no shown field
     * are placed by the index's answer ({@code hit}): a hit of tier 2 or above holds every word in the
     * name, organization, topics or notes, so such a word is in the notes; a hit of tier 1 needed the
     * activity for one. A hit without a field was found by its whole email address.
     */
    static List<String> of(List<String> words, ContactSummary s, dev.kith.search.SearchHit hit) {
        if (hit.matchedIn() == null) {
            return List.of("email");
        }
        Set<String> found = new LinkedHashSet<>();
        boolean unexplained = false;
        for (String w : words) {
            boolean any = false;
            any |= in(w, s.name(), "name", found);
            for (String e : s.emails()) {
                any |= in(w, e, "email", found);
            }
            any |= in(w, s.organization(), "organization", found);
            any |= in(w, s.title(), "title", found);
            for (String t : s.tags()) {
                any |= in(w, t, "tag", found);
            }
            for (String i : s.interests()) {
                any |= in(w, i, "interest", found);
            }
            unexplained |= !any;
        }
        if (found.isEmpty()) {
            found.add(plain(hit.matchedIn()));
        } else if (unexplained) {
            found.add(hit.score() >= 2 ? "notes" : "past interactions");
        }
        return new ArrayList<>(found);
    }

    private static boolean in(String word, String field, String label, Set<String> found) {
        if (field == null || !(" " + Text.words(field)).contains(" " + word)) {
            return false;
        }
        found.add(label);
        return true;
    }

    /** The index's field, named plainly. */
    private static String plain(String indexField) {
        return switch (indexField) {
            case "organization" -> "organization";
            case "topics" -> "tag or interest";
            case "notes" -> "notes";
            case "activity" -> "past interactions";
            default -> "name";
        };
    }
}

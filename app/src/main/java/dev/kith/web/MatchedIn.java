package dev.kith.web;

import dev.kith.contacts.ContactSummary;
import dev.kith.core.Text;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a contact search found someone, in plain words for the Contacts table: "name", "email",
 * "organization", "title", "tag", "interest", and for words in fields the list does not show, the
 * search index's own answer ("notes" for notes, how we met and location; "past interactions" for
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
     * The fields of {@code s} holding some of {@code words}, in table order; {@code indexField} is the
     * index's first field ({@link dev.kith.search.SearchHit#matchedIn}), used for words found in no
     * shown field; null when the row was found by its exact email address.
     */
    static List<String> of(List<String> words, ContactSummary s, String indexField) {
        if (indexField == null) {
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
            found.add(plain(indexField));
        } else if (unexplained) {
            // some word is in a field the list does not show; the index names the first field of all
            found.add("notes".equals(indexField) || "activity".equals(indexField) ? plain(indexField)
                    : "notes or past interactions");
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

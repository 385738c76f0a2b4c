package dev.kith.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The change stamps of some tables of one book (see {@link Database#stamps}): each grows with every
 * committed change to that table's rows of that book, in this process or another. Two reads compare
 * equal when nothing was committed to those tables of that book in between, so a cache keyed on the
 * stamps of exactly what it read is reused across changes to anything else. The book is part of the
 * value, so a key built on it is never shared between books. Immutable.
 *
 * @param book   the book whose stamps these are
 * @param values table name to stamp (0: never changed since the stamps were introduced)
 */
public record Stamps(long book, Map<String, Long> values) {
    /**
     * The tables whose changes are stamped (the triggers of migration V26): those a cache reads. A cache
     * that names any other table is a programming error ({@link IllegalArgumentException}).
     */
    public static final Set<String> TABLES = Set.of("books", "contacts", "contact_emails", "contact_phones",
            "contact_tags", "contact_interests", "organizations", "employments", "interactions",
            "interaction_people", "milestones", "ties", "tasks", "today_actions", "settings", "professional_groups",
            "group_members", "events", "event_attendance", "event_encounters", "goals", "goal_contacts",
            "goal_interactions", "goal_events", "goal_outcomes", "targets", "asks", "articles", "shares",
            "profile_embeddings", "phrase_embeddings", "text_embeddings", "intros", "intro_steps", "card_books",
            "cards", "my_addresses", "duplicate_dismissals");

    /** The tables holding a contact's profile: who they are, their job, interests, tags and recent milestones. */
    public static final List<String> PROFILE = List.of("books", "contacts", "contact_tags", "contact_interests",
            "organizations", "employments", "milestones");

    public Stamps {
        values = Map.copyOf(values);
    }

    /** Checks that every table of {@code tables} is stamped. */
    static void check(Collection<String> tables) {
        for (String t : tables) {
            if (!TABLES.contains(Objects.requireNonNull(t, "table"))) {
                throw new IllegalArgumentException("changes to " + t + " are not stamped (see Stamps.TABLES)");
            }
        }
    }

    /** Whether {@code other} is of the same book and tables and differs from these only in the stamps of {@code tables}. */
    public boolean sameExcept(Stamps other, Collection<String> tables) {
        if (other == null || other.book != book || !other.values.keySet().equals(values.keySet())) {
            return false;
        }
        for (Map.Entry<String, Long> e : values.entrySet()) {
            if (!tables.contains(e.getKey()) && !e.getValue().equals(other.values.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }
}

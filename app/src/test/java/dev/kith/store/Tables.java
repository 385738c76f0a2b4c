package dev.kith.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Row counts of every Kith table, to prove that a failed write left the database exactly as it was. */
public final class Tables {
    /** Every table of the schema, the search index included. */
    public static final List<String> ALL = List.of("books", "organizations", "contacts", "contact_emails",
            "contact_phones", "contact_tags", "contact_interests", "employments", "interactions",
            "interaction_people", "milestones", "ties", "tasks", "contact_search", "today_actions", "settings",
            "professional_groups", "group_members", "events", "event_attendance", "event_encounters", "goals",
            "goal_contacts", "goal_interactions", "goal_events", "goal_outcomes", "targets", "asks",
            "articles", "shares", "profile_embeddings", "phrase_embeddings", "text_embeddings", "intros", "intro_steps", "my_addresses", "mail_messages",
            "mail_recipients", "mail_ignored", "calendar_meetings", "imap_folders", "calendar_sources", "linkedin_messages", "calendar_people",
            "users", "api_tokens", "sessions", "sign_in_failures", "audit_log", "pending_imports",
            "card_books", "cards", "card_groups", "journal", "phonebook_sources", "phonebook_cards",
            "duplicate_dismissals", "change_stamps", "intro_models");

    private Tables() {
    }

    /** Caches of derived values that a running server fills in the background (vectors, the fitted intro model). */
    private static final List<String> DERIVED = List.of("profile_embeddings", "phrase_embeddings", "text_embeddings",
            "intro_models");

    /**
     * {@link #counts} without the {@link #DERIVED} caches: for a test against a running server, whose plan is
     * recomputed in the background after each write and may store a vector between two counts.
     */
    public static Map<String, Integer> records(Database db) {
        Map<String, Integer> counts = counts(db);
        DERIVED.forEach(counts::remove);
        return counts;
    }

    /**
     * Table name to row count, in schema order; the change stamps left out: they are bookkeeping that any
     * committed change moves, an undo that puts every row back included (a rolled-back write moves none).
     */
    public static Map<String, Integer> counts(Database db) {
        return db.read(h -> {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (String table : ALL) {
                if (table.equals("change_stamps")) {
                    continue;
                }
                counts.put(table, h.createQuery("SELECT count(*) FROM " + table).mapTo(Integer.class).one());
            }
            return counts;
        });
    }
}

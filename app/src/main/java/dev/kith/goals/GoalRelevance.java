package dev.kith.goals;

import dev.kith.core.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which contacts matter to an active goal, and through which goal: contacts linked to it, and contacts
 * whose tags, interests, current title, organization or its industry contain one of its keywords (whole
 * words, ignoring case and accents). Today's lunch and keep-in-touch kinds multiply such a contact's
 * value by {@link #BOOST} and name the goal in the reason. The first goal (oldest) wins for a contact.
 */
public final class GoalRelevance {
    /** The factor a relevant contact's value is multiplied by (capped at 1.5, the top of the scale). */
    public static final double BOOST = 1.3;

    private static final GoalRelevance NONE = new GoalRelevance(Map.of());

    private final Map<Long, String> goalByContact;

    private GoalRelevance(Map<Long, String> goalByContact) {
        this.goalByContact = Map.copyOf(goalByContact);
    }

    /** The title of the active goal contact {@code contactId} is relevant to, or null. */
    public String goalOf(long contactId) {
        return goalByContact.get(contactId);
    }

    /** {@code value} boosted when the contact is relevant to a goal. */
    public double boost(long contactId, double value) {
        return goalByContact.containsKey(contactId) ? Math.min(1.5, value * BOOST) : value;
    }

    /** "; it matters to your goal “Find a co-author”" or "". */
    public String because(long contactId) {
        String goal = goalOf(contactId);
        return goal == null ? "" : "; it matters to your goal “" + goal + "”";
    }

    /** The tables {@link #load} reads. */
    public static final List<String> READS = List.of("goals", "goal_contacts", "contact_tags", "contact_interests",
            "employments", "organizations");

    /** The relevance of {@code goals}' book on {@code today}; no contact is relevant when no goal is active. */
    public static GoalRelevance load(Goals goals, LocalDate today) {
        return goals.database().read(h -> {
            Map<Goal, List<Long>> active = goals.active(h, today);
            if (active.isEmpty()) {
                return NONE;
            }
            Map<Long, String> map = new HashMap<>();
            active.forEach((g, ids) -> ids.forEach(id -> map.putIfAbsent(id, g.title())));
            boolean anyKeywords = active.keySet().stream().anyMatch(g -> !g.keywords().isEmpty());
            if (anyKeywords) {
                // the same tags, interests, titles, organizations and industries recur across the book:
                // each distinct one is put into words once
                Map<String, String> wordsOf = new HashMap<>();
                Map<Long, StringBuilder> profile = new HashMap<>();
                String sql = """
                        SELECT contact_id, tag FROM contact_tags WHERE book_id = :book
                        UNION ALL SELECT contact_id, interest FROM contact_interests WHERE book_id = :book
                        UNION ALL SELECT e.contact_id, e.title FROM employments e
                            WHERE e.book_id = :book AND e.end_on IS NULL AND e.title IS NOT NULL
                        UNION ALL SELECT e.contact_id, o.name FROM employments e
                            JOIN organizations o ON o.book_id = e.book_id AND o.id = e.organization_id
                            WHERE e.book_id = :book AND e.end_on IS NULL
                        UNION ALL SELECT e.contact_id, o.industry FROM employments e
                            JOIN organizations o ON o.book_id = e.book_id AND o.id = e.organization_id
                            WHERE e.book_id = :book AND e.end_on IS NULL AND o.industry IS NOT NULL""";
                h.createQuery(sql).bind("book", goals.book())
                        .map((rs, ctx) -> profile.computeIfAbsent(rs.getLong(1), k -> new StringBuilder(" "))
                                .append(wordsOf.computeIfAbsent(rs.getString(2), Text::words)).append(' '))
                        .forEach(x -> { });
                Map<Long, String> texts = new HashMap<>(profile.size() * 2);
                profile.forEach((id, text) -> texts.put(id, text.toString()));
                // per contact, the first goal (in order) with a keyword in its words: what putting each goal's
                // matches in turn, the first kept, gives; a contact already linked to a goal is not searched
                List<String> titles = new ArrayList<>();
                List<List<String>> keywords = new ArrayList<>();
                for (Goal g : active.keySet()) {
                    List<String> words = g.keywords().stream().map(Text::words).filter(w -> !w.isEmpty())
                            .map(w -> " " + w + " ").toList();
                    if (!words.isEmpty()) {
                        titles.add(g.title());
                        keywords.add(words);
                    }
                }
                texts.forEach((id, t) -> {
                    if (map.containsKey(id)) {
                        return;
                    }
                    for (int g = 0; g < keywords.size(); g++) {
                        for (String w : keywords.get(g)) {
                            if (t.contains(w)) {
                                map.put(id, titles.get(g));
                                return;
                            }
                        }
                    }
                });
            }
            return new GoalRelevance(map);
        });
    }
}

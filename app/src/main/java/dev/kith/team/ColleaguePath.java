package dev.kith.team;

import java.util.Objects;

/**
 * One way to a person through a colleague: ask {@code colleague} (user {@code colleagueUserId}), who knows
 * {@code person} with the given {@code closeness}. {@code person}, {@code organization} (may be null) and
 * {@code title} (may be null) are as the colleague knows them: nothing else of their book is here.
 * {@code yourContactId} is the colleague in the asker's own book (found by the colleague's account email;
 * null when absent) and {@code yourTie} the asker's tie strength to them (0–100; 0 when absent).
 */
public record ColleaguePath(long colleagueUserId, String colleague, String person, String organization,
                            String title, Closeness closeness, MatchedBy matchedBy, Long yourContactId,
                            int yourTie) {
    public ColleaguePath {
        Objects.requireNonNull(colleague, "colleague");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(closeness, "closeness");
        Objects.requireNonNull(matchedBy, "matchedBy");
        if (yourTie < 0 || yourTie > 100) {
            throw new IllegalArgumentException("yourTie must be between 0 and 100, not " + yourTie);
        }
    }

    /** As the API and {@code kith path --json} show it: the colleague, the person as they know them, how well, and the advice. */
    public java.util.Map<String, Object> json() {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("colleague", colleague);
        m.put("person", person);
        m.put("organization", organization);
        m.put("title", title);
        m.put("closeness", closeness.code());
        m.put("matchedBy", matchedBy.code());
        m.put("advice", sentence());
        return m;
    }

    /** The advice in words: "ask Alice, your colleague, who knows Zed Zimmer well". */
    public String sentence() {
        return "ask " + colleague + ", your colleague, who knows " + person + " " + closeness.adverb();
    }
}

package dev.kith.groups;

import java.util.List;

/**
 * A fellow member to introduce a new member to, and the common ground that makes it a good match, as
 * {@link CommonGround} words it ("both interested in sailing", "same industry: software").
 */
public record Introduction(long contactId, String name, List<String> commonGround) {
    public Introduction {
        commonGround = List.copyOf(commonGround);
    }

    /** "Bo Chen (both interested in sailing; same industry: software)". */
    public String explained() {
        return commonGround.isEmpty() ? name + " (a fellow member)" : name + " (" + String.join("; ", commonGround) + ")";
    }

    /**
     * What they share, worded to follow "who" in a note to the new member: "shares your interest in
     * sailing", "also works in software", "is also in Lisbon"; null when nothing has plain words (a tag).
     */
    public String shared() {
        for (String g : commonGround) {
            if (g.startsWith("both interested in ")) {
                return "shares your interest in " + g.substring("both interested in ".length());
            }
            if (g.startsWith("same industry: ")) {
                return "also works in " + g.substring("same industry: ".length());
            }
            if (g.startsWith("both in ")) {
                return "is also in " + g.substring("both in ".length());
            }
        }
        return null;
    }
}

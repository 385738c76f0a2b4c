package dev.kith.groups;

import java.util.List;

/** A fellow member to introduce a new member to, and the common ground that makes it a good match. */
public record Introduction(long contactId, String name, List<String> commonGround) {
    public Introduction {
        commonGround = List.copyOf(commonGround);
    }

    /** "Bo Chen (both interested in sailing; same industry: software)". */
    public String explained() {
        return commonGround.isEmpty() ? name + " (a fellow member)" : name + " (" + String.join("; ", commonGround) + ")";
    }
}

package dev.kith.team;

import dev.kith.core.Coded;

/** How a person in a colleague's book was recognized as the one asked for; the surest first. */
public enum MatchedBy implements Coded {
    EMAIL("email"),
    LINKEDIN("linkedin"),
    NAME_AND_ORGANIZATION("name-and-organization");

    private final String code;

    MatchedBy(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}

package dev.kith.network;

import dev.kith.core.Coded;

/** What a target is: one person, or anyone at an organization, in an industry or with a role. */
public enum TargetKind implements Coded {
    PERSON("person"), ORGANIZATION("organization"), INDUSTRY("industry"), ROLE("role");

    private final String code;

    TargetKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}

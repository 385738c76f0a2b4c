package dev.kith.groups;

import dev.kith.core.Coded;

/** What sort of group it is. */
public enum GroupKind implements Coded {
    ASSOCIATION("association"), ALUMNI("alumni"), MEETUP("meetup"), ONLINE("online"), VOLUNTEER("volunteer");

    private final String code;

    GroupKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static GroupKind parse(String field, String text) {
        return Coded.parse(GroupKind.class, field, text);
    }
}

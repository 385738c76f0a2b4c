package dev.kith.groups;

import dev.kith.core.Coded;

/** A member's role in a group. */
public enum MemberRole implements Coded {
    MEMBER("member"), VOLUNTEER("volunteer"), BOARD("board"), CHAIR("chair");

    private final String code;

    MemberRole(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static MemberRole parse(String field, String text) {
        return Coded.parse(MemberRole.class, field, text);
    }
}

package dev.kith.goals;

import dev.kith.core.Coded;

/** How a goal ended: reached, or given up. */
public enum GoalClosing implements Coded {
    ACHIEVED("achieved"), DROPPED("dropped");

    private final String code;

    GoalClosing(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static GoalClosing parse(String field, String text) {
        return Coded.parse(GoalClosing.class, field, text);
    }
}

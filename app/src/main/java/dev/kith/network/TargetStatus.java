package dev.kith.network;

import dev.kith.core.Coded;

/**
 * Where a target stands: {@code open} (looking for a way in), {@code asked} (an introduction was
 * asked for), {@code referred} (someone suggested the person and they are now in the book: reach out),
 * {@code met}, or {@code archived} (no longer wanted; kept for the record).
 */
public enum TargetStatus implements Coded {
    OPEN("open"), ASKED("asked"), REFERRED("referred"), MET("met"), ARCHIVED("archived");

    private final String code;

    TargetStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static TargetStatus parse(String field, String text) {
        return Coded.parse(TargetStatus.class, field, text);
    }
}

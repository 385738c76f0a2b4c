package dev.kith.interactions;

import dev.kith.core.Coded;

/** What an interaction was for me: I gave something, I asked for something, or neither. */
public enum Exchange implements Coded {
    GAVE("gave"), ASKED("asked"), NEUTRAL("neutral");

    private final String code;

    Exchange(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}

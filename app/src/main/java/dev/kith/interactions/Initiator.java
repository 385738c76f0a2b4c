package dev.kith.interactions;

import dev.kith.core.Coded;

/** Who started an interaction: me (I reached out) or them (they reached out). */
public enum Initiator implements Coded {
    ME("me"), THEM("them");

    private final String code;

    Initiator(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}

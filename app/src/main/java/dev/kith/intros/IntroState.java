package dev.kith.intros;

import dev.kith.core.Coded;

/**
 * Where a double opt-in introduction stands: asking the first person, asking the second, made
 * (awaiting its outcome), closed with an outcome, or declined by either person.
 */
public enum IntroState implements Coded {
    ASKING_A("asking-a"), ASKING_B("asking-b"), MADE("made"), CLOSED("closed"), DECLINED("declined");

    private final String code;

    IntroState(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Whether the introduction still needs something from me. */
    public boolean open() {
        return this == ASKING_A || this == ASKING_B || this == MADE;
    }
}

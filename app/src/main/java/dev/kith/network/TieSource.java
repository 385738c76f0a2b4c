package dev.kith.network;

import dev.kith.core.Coded;

/** Where a tie came from: typed in by the user, read from an import, inferred by Kith, or made by an introduction I ran. */
public enum TieSource implements Coded {
    MANUAL("manual"), IMPORTED("imported"), INFERRED("inferred"), INTRODUCED("introduced");

    private final String code;

    TieSource(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}

package dev.kith.network;

import dev.kith.core.Coded;

/** How two contacts are related. {@code met-through}, {@code referred-by} and {@code mentor} read from → to. */
public enum TieKind implements Coded {
    KNOWS("knows"), COLLEAGUE("colleague"), MET_THROUGH("met-through"), REFERRED_BY("referred-by"),
    FAMILY("family"), MENTOR("mentor");

    private final String code;

    TieKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static TieKind parse(String field, String text) {
        return Coded.parse(TieKind.class, field, text);
    }
}

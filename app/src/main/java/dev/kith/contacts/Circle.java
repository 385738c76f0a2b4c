package dev.kith.contacts;

import dev.kith.core.Coded;

/** How close a contact is; each circle has a default keep-in-touch cadence. */
public enum Circle implements Coded {
    INNER("inner", 14),
    CLOSE("close", 30),
    NETWORK("network", 90),
    ACQUAINTANCE("acquaintance", 180);

    private final String code;
    private final int defaultCadenceDays;

    Circle(String code, int defaultCadenceDays) {
        this.code = code;
        this.defaultCadenceDays = defaultCadenceDays;
    }

    @Override
    public String code() {
        return code;
    }

    public int defaultCadenceDays() {
        return defaultCadenceDays;
    }

    public static Circle parse(String field, String text) {
        return Coded.parse(Circle.class, field, text);
    }
}

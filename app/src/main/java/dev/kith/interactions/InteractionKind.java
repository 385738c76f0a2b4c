package dev.kith.interactions;

import dev.kith.core.Coded;
import java.util.HashMap;
import java.util.Map;

/** What kind of contact an interaction was. */
public enum InteractionKind implements Coded {
    MEETING("meeting"), LUNCH("lunch"), COFFEE("coffee"), CALL("call"), EMAIL("email"), MESSAGE("message"),
    NOTE("note"), EVENT_ENCOUNTER("event-encounter"), OTHER("other");

    private static final Map<String, InteractionKind> BY_CODE = new HashMap<>();

    static {
        for (InteractionKind k : values()) {
            BY_CODE.put(k.code, k);
        }
    }

    private final String code;

    InteractionKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Whether an inbound interaction of this kind can be owed a reply (calls, emails, messages). */
    public boolean canAwaitReply() {
        return this == CALL || this == EMAIL || this == MESSAGE;
    }

    /** Whether this kind is meeting someone in person (meeting, lunch, coffee, event encounter). */
    public boolean inPerson() {
        return this == MEETING || this == LUNCH || this == COFFEE || this == EVENT_ENCOUNTER;
    }

    public static InteractionKind parse(String field, String text) {
        return Coded.parse(InteractionKind.class, field, text);
    }

    /** The kind stored as {@code code}: {@link #parse} without its scan of the constants, for loops over many rows. */
    public static InteractionKind stored(String code) {
        InteractionKind kind = BY_CODE.get(code);
        return kind != null ? kind : parse("kind", code);
    }
}

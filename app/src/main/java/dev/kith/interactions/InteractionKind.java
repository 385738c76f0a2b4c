package dev.kith.interactions;

import dev.kith.core.Coded;

/** What kind of contact an interaction was. */
public enum InteractionKind implements Coded {
    MEETING("meeting"), LUNCH("lunch"), COFFEE("coffee"), CALL("call"), EMAIL("email"), MESSAGE("message"),
    NOTE("note"), EVENT_ENCOUNTER("event-encounter"), OTHER("other");

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
}

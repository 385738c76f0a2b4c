package dev.kith.events;

import dev.kith.core.Coded;

/** How someone takes part in an event. */
public enum AttendanceRole implements Coded {
    SPEAKER("speaker"), VOLUNTEER("volunteer"), ATTENDEE("attendee");

    private final String code;

    AttendanceRole(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static AttendanceRole parse(String field, String text) {
        return Coded.parse(AttendanceRole.class, field, text);
    }
}

package dev.kith.goals;

import dev.kith.interactions.InteractionKind;

/**
 * The minutes an interaction logged without a duration is assumed to have taken, by kind: lunch 60,
 * meeting 60, coffee 45, call 20, other 15, event encounter 10, email 5, message 2, note 0.
 */
public final class TimeDefaults {
    private TimeDefaults() {
    }

    /** {@code minutes} when known, else the default for {@code kind}. */
    public static int minutes(InteractionKind kind, Integer minutes) {
        if (minutes != null) {
            return minutes;
        }
        return switch (kind) {
            case LUNCH, MEETING -> 60;
            case COFFEE -> 45;
            case CALL -> 20;
            case OTHER -> 15;
            case EVENT_ENCOUNTER -> 10;
            case EMAIL -> 5;
            case MESSAGE -> 2;
            case NOTE -> 0;
        };
    }
}

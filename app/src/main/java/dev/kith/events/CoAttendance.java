package dev.kith.events;

import java.time.LocalDate;

/**
 * Two contacts at the same event (attending or met there), {@code firstId < secondId}: a tie for the
 * network, with the reason in words ("both at CIO Summit 2025").
 */
public record CoAttendance(long firstId, long secondId, long eventId, String event, LocalDate start) {
    public String reason() {
        return "both at " + event;
    }
}

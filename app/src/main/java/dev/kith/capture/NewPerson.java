package dev.kith.capture;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Someone not in the book with whom I exchanged mail both ways: their address, the display name they
 * use (null when none), how many messages went each way ({@code messages} in all), the first and
 * last of them, and why they are suggested, in words.
 */
public record NewPerson(String email, String name, int messages, int fromThem, int fromMe, LocalDate firstSeen,
                        LocalDate lastSeen, String why) {
    public NewPerson {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(firstSeen, "firstSeen");
        Objects.requireNonNull(lastSeen, "lastSeen");
    }
}

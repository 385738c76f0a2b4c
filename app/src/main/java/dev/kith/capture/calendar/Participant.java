package dev.kith.capture.calendar;

import java.util.Locale;
import java.util.Objects;

/** Someone the user met in a meeting: a lower-cased email address and a display name ({@code null} when none). */
public record Participant(String email, String name) {

    public Participant {
        Objects.requireNonNull(email, "email");
        email = email.strip().toLowerCase(Locale.ROOT);
        if (email.isEmpty()) {
            throw new IllegalArgumentException("email must not be blank");
        }
        name = name == null || name.isBlank() ? null : name.strip();
    }
}

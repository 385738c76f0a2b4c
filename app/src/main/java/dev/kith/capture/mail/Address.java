package dev.kith.capture.mail;

import java.util.Objects;

/** One mailbox of a message: the address in lower case and the display name (decoded), null when none. */
public record Address(String email, String name) {
    public Address {
        Objects.requireNonNull(email, "email");
    }
}

package dev.kith.capture;

import java.util.List;

/**
 * Someone I exchange mail with: a contact ({@code id}, their name and emails), or, when not in the
 * book, {@code id} null with the display name they use (maybe null) and their address.
 */
public record Correspondent(Long id, String name, List<String> emails) {
    public Correspondent {
        emails = List.copyOf(emails);
    }
}

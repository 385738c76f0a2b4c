package dev.kith.phonebook;

import java.net.URI;
import java.util.Objects;

/**
 * One address book the user pointed Kith at: the source's id (as {@code kith sync list} shows it), the
 * address (the address book itself, or the server or principal to find it from), the user and password
 * (null for none), which Kith contacts go to it, and whether archiving in Kith deletes the card.
 * {@link #toString()} never shows the password.
 */
public record PhonebookSource(String id, URI url, String user, String password, PushScope push,
                              boolean propagateArchive) {
    public PhonebookSource {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        push = push == null ? PushScope.ALL : push;
    }

    @Override
    public String toString() {
        return "PhonebookSource[" + id + ", " + CardDavClient.label(url) + "]";
    }
}

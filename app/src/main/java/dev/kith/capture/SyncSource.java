package dev.kith.capture;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.kith.capture.mail.ImapAccount;
import java.util.Objects;

/**
 * A live source the user configured: its id, the book it feeds, and (for now) an IMAP account. The
 * password is kept apart and never serialized: {@code kith sync list} and the API never show it.
 */
@JsonPropertyOrder({"id", "kind", "book", "account"})
public record SyncSource(String id, String book, ImapAccount account, @JsonIgnore String password) {
    public SyncSource {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(book, "book");
        Objects.requireNonNull(account, "account");
    }

    public String kind() {
        return "imap";
    }

    @Override
    public String toString() {
        return "SyncSource[" + id + ", " + account.label() + "]";
    }
}

package dev.kith.capture;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.kith.capture.mail.ImapAccount;
import dev.kith.core.ValidationException;
import java.net.URI;
import java.util.Objects;

/**
 * A live source the user configured: its id, its kind ({@code imap}, {@code caldav}, {@code ics}), the
 * book it feeds, and where it is: an IMAP account, or the URL of a CalDAV calendar collection or of a
 * published calendar (with a user for CalDAV). The password is kept apart and never serialized:
 * {@code kith sync list} and the API never show it.
 */
@JsonPropertyOrder({"id", "kind", "book", "account", "url", "user"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SyncSource(String id, String kind, String book, ImapAccount account, URI url, String user,
                         @JsonIgnore String password) {
    public SyncSource {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(book, "book");
        switch (kind) {
            case "imap" -> Objects.requireNonNull(account, "account");
            case "caldav", "ics" -> {
                if (url == null || url.getScheme() == null || !url.getScheme().matches("(?i)https?|webcal")) {
                    throw new ValidationException("url", "must be an http, https or webcal address");
                }
                if (url.getUserInfo() != null) {
                    throw new ValidationException("url", "must not hold a user or password: use --user and --password-stdin");
                }
            }
            default -> throw new ValidationException("kind", "must be imap, caldav or ics, not '" + kind + "'");
        }
    }

    /** How the source is named in messages: {@code imap user@host:port}, {@code caldav URL}, {@code ics URL}. */
    public String label() {
        return account != null ? account.label() : kind + " " + url;
    }

    @Override
    public String toString() {
        return "SyncSource[" + id + ", " + label() + "]";
    }
}

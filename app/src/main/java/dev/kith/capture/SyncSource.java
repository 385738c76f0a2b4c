package dev.kith.capture;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.kith.capture.mail.ImapAccount;
import dev.kith.core.ValidationException;
import java.net.URI;
import java.util.Objects;

/**
 * A live source the user configured: its id, its kind ({@code imap}, {@code caldav}, {@code ics},
 * {@code carddav}), the book it feeds, and where it is: an IMAP account, or the URL of a CalDAV calendar
 * collection, of a published calendar or of a CardDAV address book (with a user for CalDAV and CardDAV).
 * A CardDAV source also says which contacts it receives ({@code push}, e.g. {@code circle:close,tag:ala};
 * null: all) and whether archiving in Kith deletes the card ({@code propagateArchive}; null for other
 * kinds). The password is kept apart and never serialized: {@code kith sync list} and the API never show it.
 */
@JsonPropertyOrder({"id", "kind", "book", "account", "url", "user", "push", "propagateArchive"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SyncSource(String id, String kind, String book, ImapAccount account, URI url, String user,
                         @JsonIgnore String password, String push, Boolean propagateArchive) {
    /** A source of any kind but carddav. */
    public SyncSource(String id, String kind, String book, ImapAccount account, URI url, String user, String password) {
        this(id, kind, book, account, url, user, password, null, null);
    }

    public SyncSource {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(book, "book");
        switch (kind) {
            case "imap" -> Objects.requireNonNull(account, "account");
            case "caldav", "ics", "carddav" -> {
                if (url == null || url.getScheme() == null || !url.getScheme().matches("(?i)https?|webcal")) {
                    throw new ValidationException("url", "must be an http, https or webcal address");
                }
                if (kind.equals("carddav") && !url.getScheme().matches("(?i)https?")) {
                    throw new ValidationException("url", "must be an http or https address");
                }
                if (url.getUserInfo() != null) {
                    throw new ValidationException("url", "must not hold a user or password: use --user and --password-stdin");
                }
            }
            default -> throw new ValidationException("kind", "must be imap, caldav, ics or carddav, not '" + kind + "'");
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

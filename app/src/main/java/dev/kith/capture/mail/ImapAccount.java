package dev.kith.capture.mail;

import dev.kith.core.ValidationException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An IMAP account to capture from: host, port, how the connection is secured, the user and the
 * folders to read (empty: the inbox and the sent folder, found by SPECIAL-USE or by name). The password
 * is not part of it: it lives in the private sources file and is handed to {@link ImapSource} alone.
 */
public record ImapAccount(String host, int port, Security security, String user, List<String> folders) {
    /** How the connection is secured: TLS from the start (993), STARTTLS (143), or not at all. */
    public enum Security {
        TLS, STARTTLS, NONE;

        public static Security parse(String text) {
            try {
                return valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new ValidationException("security", "must be tls, starttls or none, not '" + text + "'");
            }
        }

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ImapAccount {
        if (host == null || host.isBlank()) {
            throw new ValidationException("host", "must not be blank");
        }
        if (port < 1 || port > 65535) {
            throw new ValidationException("port", "must be between 1 and 65535, not " + port);
        }
        Objects.requireNonNull(security, "security");
        if (user == null || user.isBlank()) {
            throw new ValidationException("user", "must not be blank");
        }
        host = host.strip();
        user = user.strip();
        folders = folders == null ? List.of() : folders.stream().map(String::strip).filter(f -> !f.isEmpty()).toList();
    }

    /** How the account is named in messages: {@code imap user@host:port}. */
    public String label() {
        return "imap " + user + "@" + host + ":" + port;
    }
}

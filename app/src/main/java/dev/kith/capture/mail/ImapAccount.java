package dev.kith.capture.mail;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.kith.core.ValidationException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An IMAP account to capture from: host, port, how the connection is secured, the user, the
 * folders to read (empty: the inbox and the sent folder, found by SPECIAL-USE or by name) and the SHA-256
 * fingerprint of a self-signed server certificate the user chose to trust ({@code tlsFingerprint}, upper-case
 * hex with colons; null: only certificates Java's authorities vouch for). The password is not part of it:
 * it lives in the private sources file and is handed to {@link ImapSource} alone.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImapAccount(String host, int port, Security security, String user, List<String> folders,
                          String tlsFingerprint) {
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
        tlsFingerprint = fingerprint(tlsFingerprint);
        if (tlsFingerprint != null && security == Security.NONE) {
            throw new ValidationException("tls-fingerprint", "needs tls or starttls");
        }
    }

    /** An account trusting only certificates Java's authorities vouch for. */
    public ImapAccount(String host, int port, Security security, String user, List<String> folders) {
        this(host, port, security, user, folders, null);
    }

    /** {@code text} (as openssl prints it, {@code sha256 Fingerprint=AB:CD:...}, or bare hex) as 32 upper-case hex bytes joined by colons; null when blank. */
    private static String fingerprint(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String hex = text.strip();
        hex = hex.substring(hex.lastIndexOf('=') + 1).replace(":", "").replace(" ", "").toUpperCase(Locale.ROOT);
        if (!hex.matches("[0-9A-F]{64}")) {
            throw new ValidationException("tls-fingerprint",
                    "must be the certificate's SHA-256 fingerprint (64 hex digits, colons allowed)");
        }
        return java.util.HexFormat.ofDelimiter(":").withUpperCase().formatHex(java.util.HexFormat.of().parseHex(hex));
    }

    /** How the account is named in messages: {@code imap user@host:port}. */
    public String label() {
        return "imap " + user + "@" + host + ":" + port;
    }
}

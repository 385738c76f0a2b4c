package dev.kith.io.mail;

import dev.kith.core.ValidationException;

/**
 * How to reach the user's SMTP server: host, port, login (user and password, both null for an open
 * relay), whether to require STARTTLS, and the From address (the user name when not given).
 */
public record MailConfig(String host, int port, String user, String password, boolean starttls, String from) {
    public MailConfig {
        if (host == null || host.isBlank()) {
            throw new ValidationException("host", "must not be blank");
        }
        host = host.strip();
        if (port < 1 || port > 65535) {
            throw new ValidationException("port", "must be between 1 and 65535, not " + port);
        }
        user = user == null || user.isBlank() ? null : user.strip();
        from = from == null || from.isBlank() ? user : from.strip();
        if (from == null || !from.contains("@")) {
            throw new ValidationException("from", from != null && from.equals(user)
                    ? "the user name '" + user + "' is not an email address: give the address to send from with --from ADDR"
                    : "an email address to send from is required (--from ADDR)");
        }
    }

    /** The settings without the password, for display. */
    @Override
    public String toString() {
        return "MailConfig[host=" + host + ", port=" + port + ", user=" + user + ", password="
                + (password == null ? "none" : "***") + ", starttls=" + starttls + ", from=" + from + "]";
    }
}

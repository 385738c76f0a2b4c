package dev.kith.capture.calendar;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/** A user name and password for HTTP Basic authentication; {@link #toString()} never shows the password. */
public record DavCredentials(String user, String password) {

    public DavCredentials {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (user.contains(":")) {
            throw new IllegalArgumentException("a Basic user name cannot contain ':'");
        }
    }

    /** The value of the Authorization header. */
    String header() {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "DavCredentials[user=" + user + ", password=***]";
    }
}

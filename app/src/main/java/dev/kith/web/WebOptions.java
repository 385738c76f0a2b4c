package dev.kith.web;

import java.util.Objects;

/** How to run the web app: the interface and port to bind (port 0 picks a free one). */
public record WebOptions(String host, int port) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;

    public WebOptions {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65_535) {
            throw new dev.kith.core.ValidationException("port", "must be between 0 and 65535, not " + port);
        }
    }

    public static WebOptions local(int port) {
        return new WebOptions(DEFAULT_HOST, port);
    }

}

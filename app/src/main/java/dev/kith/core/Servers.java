package dev.kith.core;

import java.net.URI;
import java.util.Locale;

/** Where a client may send the user's credentials: only to the server the user gave. */
public final class Servers {
    private Servers() {
    }

    /**
     * Whether {@code a} and {@code b} are on the same server: the same scheme, host (ignoring case) and port, a
     * missing port being the scheme's (443 for https and webcal, else 80). A redirect or an address a server names
     * that is not on the same server never gets the password.
     */
    public static boolean same(URI a, URI b) {
        return a.getScheme() != null && a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost() != null
                && a.getHost().equalsIgnoreCase(b.getHost()) && port(a) == port(b);
    }

    private static int port(URI u) {
        if (u.getPort() >= 0) {
            return u.getPort();
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        return scheme.equals("https") || scheme.equals("webcal") ? 443 : 80;
    }
}

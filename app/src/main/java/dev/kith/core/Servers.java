package dev.kith.core;

import java.net.URI;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToIntFunction;

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

    /**
     * The answer to a request {@code send} sends to {@code uri}, following redirects (3xx but 304, with a
     * {@code location}) while they stay on the same server as {@code uri}, at most {@code maxRedirects} times: a
     * redirect elsewhere, a Location that is no address, or the last allowed one comes back as it is, so the
     * credentials {@code send} carries never leave the server the user gave. A null {@code location} of an
     * answer is never followed.
     */
    public static <R> R followOnSameServer(URI uri, int maxRedirects, Function<URI, R> send, ToIntFunction<R> status,
                                           Function<R, String> location) {
        URI at = uri;
        for (int hop = 0; ; hop++) {
            R r = send.apply(at);
            int code = status.applyAsInt(r);
            String to = location.apply(r);
            if (code / 100 != 3 || code == 304 || to == null || hop == maxRedirects) {
                return r;
            }
            URI next;
            try {
                next = at.resolve(to.strip());
            } catch (IllegalArgumentException e) {
                return r;
            }
            if (!same(uri, next)) {
                return r;
            }
            at = next;
        }
    }

    private static int port(URI u) {
        if (u.getPort() >= 0) {
            return u.getPort();
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        return scheme.equals("https") || scheme.equals("webcal") ? 443 : 80;
    }
}

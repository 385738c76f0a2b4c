package dev.kith.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;

/**
 * The safety of a server on localhost, which every web page the user opens can reach: requests
 * must name this server in {@code Host} (DNS rebinding), state changes must carry the CSRF token
 * or, for the JSON API, a JSON body (which a foreign page cannot send without a CORS preflight that
 * this server never grants), and every response carries a strict Content-Security-Policy.
 */
final class Guard {
    static final String TOKEN_HEADER = "X-CSRF-Token";
    static final String TOKEN_FIELD = "_csrf";
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
            + " frame-ancestors 'none'";
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");
    private static final Set<HandlerType> SAFE = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);

    private final String host;
    private final String token;

    Guard(String host) {
        this.host = host.toLowerCase(Locale.ROOT);
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        this.token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The CSRF token pages embed; one per server run, never sent to other origins. */
    String token() {
        return token;
    }

    void check(Context ctx) {
        headers(ctx);
        String hostHeader = ctx.header("Host");
        if (hostHeader == null || !allowedHost(hostHeader)) {
            throw new HttpProblem(421, "host", "this server answers only to " + host + " and localhost");
        }
        if (SAFE.contains(ctx.method())) {
            return;
        }
        String origin = ctx.header("Origin");
        // "null" is what a browser sends when it withholds the origin; the token check below still applies
        if (origin != null && !origin.equals("null") && !sameOrigin(origin, hostHeader)) {
            throw new HttpProblem(403, "origin", "cross-origin requests are not allowed");
        }
        if (token.equals(ctx.header(TOKEN_HEADER))) {
            return;
        }
        if (ctx.path().startsWith("/api/")) {
            String type = ctx.contentType();
            if (type != null && type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
                return;
            }
            throw new HttpProblem(403, "csrf", "send JSON (Content-Type: application/json) or the "
                    + TOKEN_HEADER + " header");
        }
        if (!token.equals(ctx.formParam(TOKEN_FIELD))) {
            throw new HttpProblem(403, "csrf", "the form has expired or did not come from Kith; reload the page");
        }
    }

    static void headers(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
    }

    boolean allowedHost(String hostHeader) {
        String name = hostName(hostHeader);
        return name.equals(host) || LOOPBACK.contains(name);
    }

    private boolean sameOrigin(String origin, String hostHeader) {
        String o = origin.toLowerCase(Locale.ROOT);
        return o.equals("http://" + hostHeader.toLowerCase(Locale.ROOT));
    }

    /** The host part of a Host header: without the port, IPv6 brackets kept. */
    static String hostName(String hostHeader) {
        String h = hostHeader.trim().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(0, end + 1);
        }
        int colon = h.lastIndexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }
}

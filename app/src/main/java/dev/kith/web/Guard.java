package dev.kith.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Locale;
import java.util.Set;

/**
 * The safety of a server that every web page the user opens can reach: requests must name this
 * server in {@code Host} (DNS rebinding), state changes must come from no foreign origin and carry
 * the visitor's CSRF token or, for the JSON API, a JSON body or a bearer token, and every response
 * carries a strict Content-Security-Policy.
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
    private final String publicHost;

    /** A guard for a server bound to {@code host}, also reached as {@code publicHost} (may be null) behind a proxy. */
    Guard(String host, String publicHost) {
        this.host = host.toLowerCase(Locale.ROOT);
        this.publicHost = publicHost == null ? null : publicHost.toLowerCase(Locale.ROOT);
    }

    /** Every request: the security headers, then this server's name in {@code Host} and no foreign {@code Origin}. */
    void checkOrigin(Context ctx) {
        headers(ctx);
        String hostHeader = ctx.header("Host");
        if (hostHeader == null || !allowedHost(hostHeader)) {
            throw new HttpProblem(421, "host", "this server answers only to " + (publicHost != null ? publicHost : host)
                    + " and localhost");
        }
        if (SAFE.contains(ctx.method())) {
            return;
        }
        String origin = ctx.header("Origin");
        // "null" is what a browser sends when it withholds the origin; the token check still applies
        if (origin != null && !origin.equals("null") && !sameOrigin(origin, hostHeader)) {
            throw new HttpProblem(403, "origin", "cross-origin requests are not allowed");
        }
    }

    /**
     * A state change by {@code visitor}: with a bearer token (never sent by a browser on its own) it may
     * go on; else it must carry the visitor's CSRF token in a header or form field or, for the JSON API,
     * a JSON body (which a foreign page cannot send without a CORS preflight that this server never grants).
     */
    void checkCsrf(Context ctx, Visitor visitor) {
        if (SAFE.contains(ctx.method()) || visitor.bearer()) {
            return;
        }
        if (same(visitor.csrf(), ctx.header(TOKEN_HEADER))) {
            return;
        }
        if (ctx.path().startsWith("/api/")) {
            if (json(ctx)) {
                return;
            }
            throw new HttpProblem(403, "csrf", "send JSON (Content-Type: application/json) or the "
                    + TOKEN_HEADER + " header");
        }
        if (!same(visitor.csrf(), ctx.formParam(TOKEN_FIELD))) {
            throw new HttpProblem(403, "csrf", "the form has expired or did not come from Kith; reload the page");
        }
    }

    static boolean json(Context ctx) {
        String type = ctx.contentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/json");
    }

    private static boolean same(String a, String b) {
        return dev.kith.access.Secrets.same(a, b);
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
        return name.equals(host) || name.equals(publicHost) || LOOPBACK.contains(name);
    }

    private boolean sameOrigin(String origin, String hostHeader) {
        String o = origin.toLowerCase(Locale.ROOT);
        String h = hostHeader.toLowerCase(Locale.ROOT);
        return o.equals("http://" + h) || o.equals("https://" + h);
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

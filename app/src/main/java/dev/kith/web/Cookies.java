package dev.kith.web;

import io.javalin.http.Context;

/**
 * The cookies Kith sets, written as headers so that every attribute is explicit: HttpOnly always,
 * SameSite as asked, Secure when the page was served over HTTPS (directly or, with a public HTTPS
 * address configured, behind a proxy that terminates TLS).
 */
final class Cookies {
    static final String SESSION = "kith_session";
    static final String SIGN_IN = "kith_sign_in";

    private Cookies() {
    }

    static void set(Context ctx, String name, String value, String sameSite, boolean https) {
        ctx.res().addHeader("Set-Cookie", name + "=" + value + "; Path=/; HttpOnly; SameSite=" + sameSite
                + (https ? "; Secure" : ""));
    }

    static void clear(Context ctx, String name, boolean https) {
        ctx.res().addHeader("Set-Cookie", name + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax" + (https ? "; Secure" : ""));
    }

    /** The bearer token of the {@code Authorization} header, or null. */
    static String bearer(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || header.length() < 8 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return header.substring(7).strip();
    }
}

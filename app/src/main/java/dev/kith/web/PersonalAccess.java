package dev.kith.web;

import dev.kith.access.LocalKeys;
import dev.kith.access.Secrets;
import dev.kith.app.Kith;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The personal server's door (the Jupyter model): the secret in the private config folder
 * ({@code kith token}) lets one in, as {@code Authorization: Bearer SECRET} for scripts or once as
 * {@code ?token=SECRET} in the address {@code kith serve} prints, which sets a session cookie
 * (HttpOnly, SameSite=Strict) and redirects to the clean address. The cookie and the CSRF token are
 * derived from the secret, so rotating it signs every browser out; the secret is read from its file
 * on each request, so {@code kith token --rotate} takes effect at once.
 */
final class PersonalAccess implements Access {
    private final Kith book;
    private final LocalKeys keys;
    private final boolean https;

    PersonalAccess(Kith book, LocalKeys keys, boolean https) {
        this.book = book;
        this.keys = keys;
        this.https = https;
    }

    @Override
    public Optional<Visitor> visitor(Context ctx) {
        String secret = keys.secret();
        String bearer = Cookies.bearer(ctx);
        if (bearer != null) {
            return Secrets.same(bearer, secret) ? Optional.of(visitor(secret, true)) : Optional.empty();
        }
        String given = ctx.queryParam("token");
        if (given != null && Secrets.same(given, secret)) {
            Cookies.set(ctx, Cookies.SESSION, sessionValue(secret), "Strict", https || "https".equals(ctx.scheme()));
            ctx.redirect(cleanUrl(ctx), io.javalin.http.HttpStatus.SEE_OTHER);
            ctx.skipRemainingHandlers();
            return Optional.empty();
        }
        return Secrets.same(ctx.cookie(Cookies.SESSION), sessionValue(secret))
                ? Optional.of(visitor(secret, false)) : Optional.empty();
    }

    private Visitor visitor(String secret, boolean bearer) {
        return new Visitor(book, null, true, Secrets.sha256("csrf:" + secret), bearer);
    }

    @Override
    public void refuse(Context ctx) {
        ctx.header("WWW-Authenticate", "Bearer realm=\"kith\"");
        throw new HttpProblem(401, "token", ctx.path().startsWith("/api/")
                ? "send the server's secret as Authorization: Bearer SECRET (kith token prints it)"
                : "this Kith is private: open the address kith serve printed, or run kith token and open "
                        + ctx.scheme() + "://" + ctx.host() + "/?token=SECRET");
    }

    @Override
    public void register(RoutesConfig r) {
        // no sign-in pages: the secret is the way in
    }

    @Override
    public boolean isPublic(String method, String path) {
        return false;
    }

    /** Any user name, with the secret ({@code kith token}) as the password. */
    @Override
    public dev.kith.dav.DavAccounts.Login davLogin(String user, String password, String address) {
        return Secrets.same(password, keys.secret()) ? new dev.kith.dav.DavAccounts.Admitted(book.cards(), user)
                : new dev.kith.dav.DavAccounts.Refused();
    }

    @Override
    public boolean team() {
        return false;
    }

    /** The session cookie's value: derived from the secret, so it is the same in every process and ends with it. */
    private static String sessionValue(String secret) {
        return Secrets.sha256("session:" + secret);
    }

    /** The requested address without its {@code token} parameter. */
    private static String cleanUrl(Context ctx) {
        StringBuilder url = new StringBuilder("/" + ctx.path().replaceFirst("^/+", "")); // never "//host"
        char separator = '?';
        for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
            if (e.getKey().equals("token")) {
                continue;
            }
            for (String value : e.getValue()) {
                url.append(separator).append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        return url.toString();
    }
}

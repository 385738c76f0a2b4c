package dev.kith.web;

import dev.kith.access.ApiTokens;
import dev.kith.access.Secrets;
import dev.kith.access.SignIns;
import dev.kith.access.Team;
import dev.kith.access.User;
import dev.kith.app.Kith;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * The team server's door: accounts sign in on the login page (a session cookie, HttpOnly and
 * SameSite=Lax) or through {@code POST /api/v1/session} (a session token), and scripts send
 * {@code Authorization: Bearer} with a session token or a personal API token ({@code kith user token}).
 * Sessions and throttling live in the database, the CSRF token is derived from the session, and the
 * sign-in form's own CSRF token is a double-submit cookie: nothing is held in this process, so several
 * server processes can share the work.
 */
final class TeamAccess implements Access {
    private static final String LOGIN = "/login";
    private static final String SESSION_API = ApiRoutes.V1 + "/session";

    private final Team team;
    private final LongFunction<Kith> books;
    private final Templates templates;
    private final boolean https;

    TeamAccess(Team team, LongFunction<Kith> books, Templates templates, boolean https) {
        this.team = team;
        this.books = books;
        this.templates = templates;
        this.https = https;
    }

    @Override
    public Optional<Visitor> visitor(Context ctx) {
        String bearer = Cookies.bearer(ctx);
        if (bearer != null) {
            Optional<User> user = bearer.startsWith(ApiTokens.PREFIX) ? team.tokens().user(bearer) : team.sessions().user(bearer);
            return user.map(u -> new Visitor(books.apply(u.book()), u.name(), u.admin(), null, true));
        }
        String session = ctx.cookie(Cookies.SESSION);
        return team.sessions().user(session).map(u -> new Visitor(books.apply(u.book()), u.name(), u.admin(),
                Secrets.sha256("csrf:" + session), false));
    }

    @Override
    public void refuse(Context ctx) {
        if (!ctx.path().startsWith("/api/") && "GET".equals(ctx.method().name())) {
            ctx.redirect(LOGIN + "?next=" + java.net.URLEncoder.encode(ctx.path(), java.nio.charset.StandardCharsets.UTF_8),
                    HttpStatus.SEE_OTHER);
            return;
        }
        ctx.header("WWW-Authenticate", "Bearer realm=\"kith\"");
        throw new HttpProblem(401, "session", ctx.path().startsWith("/api/")
                ? "sign in (POST " + SESSION_API + ") and send Authorization: Bearer TOKEN, or use a token from kith user token"
                : "your session has ended; sign in again");
    }

    @Override
    public boolean isPublic(String method, String path) {
        return path.equals(LOGIN) && (method.equals("GET") || method.equals("POST"))
                || path.equals(SESSION_API) && method.equals("POST");
    }

    /**
     * The account's name with one of its API tokens ({@code kith user token NAME}) as the password; failures
     * are throttled as sign-ins are. A sign-in password is refused: it is not a token.
     */
    @Override
    public dev.kith.dav.DavAccounts.Login davLogin(String user, String password, String address) {
        String name = user == null ? "" : user.strip();
        long wait = team.signIns().retryAfter(name, address);
        if (wait > 0) {
            return new dev.kith.dav.DavAccounts.Throttled(wait);
        }
        Optional<User> found = password != null && password.startsWith(ApiTokens.PREFIX)
                ? team.tokens().user(password).filter(u -> u.name().equals(name)) : Optional.empty();
        if (found.isEmpty()) {
            team.signIns().failed(name, address, "address book: wrong name or token");
            return new dev.kith.dav.DavAccounts.Refused();
        }
        return new dev.kith.dav.DavAccounts.Admitted(books.apply(found.get().book()).cards(), found.get().name());
    }

    @Override
    public boolean team() {
        return true;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get(LOGIN, ctx -> loginPage(ctx, 200, null));
        r.post(LOGIN, this::signIn);
        r.post("/logout", this::signOut);
        r.post(SESSION_API, this::apiSignIn);
        r.delete(SESSION_API, this::apiSignOut);
    }

    /** The sign-in form, with a fresh double-submit token unless the browser already has one. */
    private void loginPage(Context ctx, int status, String error) {
        String token = ctx.cookie(Cookies.SIGN_IN);
        if (token == null || token.length() < 40 || token.length() > 64) {
            token = Secrets.random();
            Cookies.set(ctx, Cookies.SIGN_IN, token, "Strict", secure(ctx));
        }
        ctx.status(status);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("page", new Page("Sign in", "", token, null));
        params.put("error", error);
        params.put("next", safeNext(ctx.queryParam("next") != null ? ctx.queryParam("next") : ctx.formParam("next")));
        templates.render(ctx, "login.jte", params);
    }

    private void signIn(Context ctx) {
        String expected = ctx.cookie(Cookies.SIGN_IN);
        if (expected == null || !Secrets.same(expected, ctx.formParam(Guard.TOKEN_FIELD))) {
            loginPage(ctx, 403, "The form had expired. Please sign in again.");
            return;
        }
        SignIns.Result result = team.signIns().signIn(ctx.formParam("username"), ctx.formParam("password"), ctx.ip());
        switch (result) {
            case SignIns.SignedIn in -> {
                Cookies.set(ctx, Cookies.SESSION, in.token(), "Lax", secure(ctx));
                ctx.redirect(safeNext(ctx.formParam("next")), HttpStatus.SEE_OTHER);
            }
            case SignIns.Refused refused -> loginPage(ctx, 401, "Wrong name or password.");
            case SignIns.Throttled t -> {
                ctx.header("Retry-After", Long.toString(t.retryAfterSeconds()));
                loginPage(ctx, 429, "Too many failed sign-ins. Try again in " + t.retryAfterSeconds() + " seconds.");
            }
        }
    }

    private void signOut(Context ctx) {
        team.sessions().end(ctx.cookie(Cookies.SESSION));
        Cookies.clear(ctx, Cookies.SESSION, secure(ctx));
        ctx.redirect(LOGIN, HttpStatus.SEE_OTHER);
    }

    /** {@code {"username","password"}} in, {@code {"token","user"}} out (201); 401 or 429 otherwise. */
    private void apiSignIn(Context ctx) {
        if (!Guard.json(ctx)) {
            throw new HttpProblem(415, "body", "send {\"username\", \"password\"} as JSON (Content-Type: application/json)");
        }
        Credentials credentials = ctx.bodyAsClass(Credentials.class);
        if (credentials == null) {
            throw new HttpProblem(400, "body", "send {\"username\", \"password\"}");
        }
        SignIns.Result result = team.signIns().signIn(credentials.username(), credentials.password(), ctx.ip());
        switch (result) {
            case SignIns.SignedIn in -> ctx.status(201).json(Map.of("token", in.token(), "user", in.user().name(),
                    "idleMinutes", dev.kith.access.Sessions.IDLE.toMinutes()));
            case SignIns.Refused refused -> {
                ctx.header("WWW-Authenticate", "Bearer realm=\"kith\"");
                throw new HttpProblem(401, "password", "wrong name or password");
            }
            case SignIns.Throttled t -> {
                ctx.header("Retry-After", Long.toString(t.retryAfterSeconds()));
                throw new HttpProblem(429, null, "too many failed sign-ins; try again in " + t.retryAfterSeconds() + " s");
            }
        }
    }

    private void apiSignOut(Context ctx) {
        String bearer = Cookies.bearer(ctx);
        if (bearer == null || bearer.startsWith(ApiTokens.PREFIX)) {
            throw new HttpProblem(400, "token", "send the session token to end as Authorization: Bearer TOKEN;"
                    + " API tokens are revoked with kith user revoke");
        }
        team.sessions().end(bearer);
        ctx.status(204);
    }

    private boolean secure(Context ctx) {
        return https || "https".equals(ctx.scheme());
    }

    /** Where to go after signing in: a path on this server, never another site. */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
                || next.length() > 2000 || next.startsWith(LOGIN)) {
            return "/";
        }
        return next;
    }

    /** The sign-in body of the API. */
    record Credentials(String username, String password) {
    }
}

package dev.kith.dav;

import dev.kith.cards.CardException;
import dev.kith.cards.Cards;
import dev.kith.cards.PreconditionFailedException;
import dev.kith.cards.UidConflictException;
import dev.kith.core.NotFoundException;
import dev.kith.core.ValidationException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * The CardDAV server's routes: {@code /.well-known/carddav} (a redirect to {@code /dav/}), PROPFIND on
 * the root (where is my principal), and under {@code /dav/} the home, the principal, the one address
 * book ({@code /dav/contacts/}) and its cards, each user seeing their own book at the same addresses.
 * Every request but OPTIONS and the redirect needs HTTP Basic credentials, accepted only over HTTPS
 * or from this machine; a session cookie is never enough. Thread-safe.
 */
public final class DavServer {
    static final String WELL_KNOWN = "/.well-known/carddav";
    static final String DAV_HEADER = "1, 3, addressbook";
    static final String ALLOW = "OPTIONS, GET, HEAD, PUT, DELETE, PROPFIND, PROPPATCH, REPORT";
    private static final Set<String> METHODS = Set.of("OPTIONS", "GET", "HEAD", "PUT", "DELETE", "PROPFIND", "REPORT",
            "PROPPATCH", "MKCOL", "MOVE", "COPY", "LOCK", "UNLOCK", "POST");
    /**
     * Methods of HTTP and its WebDAV extensions (the IANA registry) that Kith's address book does not take: a 405
     * with Allow. A method outside both lists is not recognised: a 501 (RFC 9110 section 15.6.2).
     */
    private static final Set<String> KNOWN = Set.of("PATCH", "TRACE", "CONNECT", "ACL", "BASELINE-CONTROL", "BIND",
            "CHECKIN", "CHECKOUT", "LABEL", "LINK", "MERGE", "MKACTIVITY", "MKCALENDAR", "MKREDIRECTREF", "MKWORKSPACE",
            "ORDERPATCH", "PRI", "QUERY", "REBIND", "SEARCH", "UNBIND", "UNCHECKOUT", "UNLINK", "UPDATE",
            "UPDATEREDIRECTREF", "VERSION-CONTROL");

    private final DavAccounts accounts;
    private final boolean https;
    private final boolean plainPublic;

    /**
     * A server letting in whom {@code accounts} admits; {@code https}: people reach it through HTTPS
     * (a public address starting https); {@code plainPublic}: through a public address over plain HTTP,
     * where credentials are refused even from a local proxy.
     */
    public DavServer(DavAccounts accounts, boolean https, boolean plainPublic) {
        this.accounts = accounts;
        this.https = https;
        this.plainPublic = plainPublic;
    }

    /** Whether the request {@code method} {@code path} is this server's, with its own authentication. */
    public static boolean owns(String method, String path) {
        return path.equals(WELL_KNOWN) || path.equals(WELL_KNOWN + "/") || path.equals("/dav") || path.startsWith("/dav/")
                || path.equals("/") && (method.equals("PROPFIND") || method.equals("REPORT") || method.equals("OPTIONS"));
    }

    /** Registers the routes on {@code r}. */
    public void register(RoutesConfig r) {
        Handler redirect = ctx -> {
            ctx.header("Location", DavProperties.HOME);
            ctx.status(301).result("the address book is at " + DavProperties.HOME);
        };
        for (String method : METHODS) {
            HandlerType type = HandlerType.findOrCreate(method);
            r.addHttpHandler(type, WELL_KNOWN, redirect);
            r.addHttpHandler(type, WELL_KNOWN + "/", redirect);
            r.addHttpHandler(type, "/dav", this::handle);
            r.addHttpHandler(type, "/dav/*", this::handle);
        }
        // any other method on these paths: answered here, before the web's routes could answer with a page
        r.before(WELL_KNOWN, DavServer::otherMethod);
        r.before(WELL_KNOWN + "/", DavServer::otherMethod);
        r.before("/dav", DavServer::otherMethod);
        r.before("/dav/*", DavServer::otherMethod);
        r.addHttpHandler(HandlerType.findOrCreate("PROPFIND"), "/", this::handle);
        r.addHttpHandler(HandlerType.findOrCreate("REPORT"), "/", this::handle);
        r.addHttpHandler(HandlerType.OPTIONS, "/", this::handle); // clients look for "addressbook" in its DAV header
    }

    /** A request with a method this server has no route for: 405 with Allow when it is a known one, else 501. */
    private static void otherMethod(Context ctx) {
        String method = ctx.req().getMethod();
        if (METHODS.contains(method)) {
            return;
        }
        ctx.header("DAV", DAV_HEADER).header("Allow", ALLOW);
        if (KNOWN.contains(method)) {
            problem(ctx, 405, method + " is not supported here; Kith's address book takes " + ALLOW, null);
        } else {
            problem(ctx, 501, "Kith's address book does not know the method " + method + "; it takes " + ALLOW, null);
        }
        ctx.skipRemainingHandlers();
    }

    private void handle(Context ctx) {
        ctx.header("DAV", DAV_HEADER);
        try {
            String method = ctx.method().name();
            if (method.equals("OPTIONS")) {
                ctx.header("Allow", ALLOW).status(200);
                return;
            }
            if (!secure(ctx)) {
                throw new DavProblem(403, "Kith's address book takes your token only over HTTPS or from this machine:"
                        + " serve Kith behind an HTTPS proxy and start it with --public-url https://...");
            }
            DavAccounts.Admitted who = authenticate(ctx);
            new DavExchange(ctx, who.cards(), who.user()).run(method);
        } catch (DavProblem p) {
            problem(ctx, p.status(), p.getMessage(), p.condition());
        } catch (PreconditionFailedException e) {
            problem(ctx, 412, e.getMessage(), null);
        } catch (UidConflictException e) {
            problem(ctx, 409, e.getMessage(), "<card:no-uid-conflict/>");
        } catch (CardException e) {
            problem(ctx, 400, e.reason(), "<card:valid-address-data/>");
        } catch (ValidationException e) {
            problem(ctx, 400, "the card cannot be stored: " + e.getMessage(), null);
        } catch (NotFoundException e) {
            problem(ctx, 404, e.getMessage(), null);
        }
    }

    private DavAccounts.Admitted authenticate(Context ctx) {
        String header = ctx.header("Authorization");
        if (header != null && header.length() < 4096 && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String pair;
            try {
                pair = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                pair = "";
            }
            int colon = pair.indexOf(':');
            if (colon >= 0) {
                switch (accounts.login(pair.substring(0, colon), pair.substring(colon + 1), ctx.ip())) {
                    case DavAccounts.Admitted admitted -> {
                        return admitted;
                    }
                    case DavAccounts.Throttled t -> {
                        ctx.header("Retry-After", Long.toString(t.retryAfterSeconds()));
                        throw new DavProblem(429, "too many failed tries; try again in " + t.retryAfterSeconds() + " s");
                    }
                    case DavAccounts.Refused refused -> {
                        // asked again below
                    }
                }
            }
        }
        ctx.header("WWW-Authenticate", "Basic realm=\"Kith\", charset=\"UTF-8\"");
        throw new DavProblem(401, "sign in with your user name and an app token as the password"
                + " (kith token on a personal server, kith user token NAME on a team server)");
    }

    /** Whether credentials may cross this connection: HTTPS, or this machine without a plain public address. */
    private boolean secure(Context ctx) {
        if (https || "https".equals(ctx.scheme())) {
            return true;
        }
        if (plainPublic) {
            return false;
        }
        try {
            return InetAddress.getByName(ctx.req().getRemoteAddr()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static void problem(Context ctx, int status, String message, String condition) {
        ctx.status(status);
        if (condition != null) {
            ctx.contentType("application/xml; charset=utf-8").result("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                    + "<d:error xmlns:d=\"DAV:\" xmlns:card=\"" + DavXml.CARDDAV + "\">" + condition
                    + "<d:responsedescription>" + DavXml.escape(message) + "</d:responsedescription></d:error>\n");
        } else {
            ctx.contentType("text/plain; charset=utf-8").result(message + "\n");
        }
    }
}

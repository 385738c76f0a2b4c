package dev.kith.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.kith.access.FeedTokens;
import dev.kith.access.LocalKeys;
import dev.kith.access.Team;
import dev.kith.access.User;
import dev.kith.app.Kith;
import dev.kith.core.KithClock;
import dev.kith.store.Database;
import dev.kith.core.AmbiguousNameException;
import dev.kith.core.KithException;
import dev.kith.core.NotFoundException;
import dev.kith.core.ValidationException;
import dev.kith.io.mail.MailSettings;
import dev.kith.settings.Settings;
import io.javalin.Javalin;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/**
 * Kith in the browser: the pages, the REST API and the static files, served by Javalin on the
 * configured host (127.0.0.1 by default). Start with {@link #start}, stop with {@link #close}.
 */
public final class WebServer implements AutoCloseable {
    /**
     * Jetty's threads at most: its acceptor and selector, and up to eight requests at once, as many as
     * the SQLite connections kept open; more would open and close a connection per request when busy.
     */
    static final int WORKERS = 10;
    /** The largest request body or upload accepted: 20 MB. */
    static final long MAX_BODY = 20L * 1024 * 1024;
    /** The answer to a larger one (413). */
    static final String TOO_LARGE = "the request is larger than the limit of 20 MB (20,971,520 bytes)";
    /**
     * The largest LinkedIn data export ZIP the Import page imports: 64 MB, as it is read whole (with its messages it
     * is often 5–50 MB). Mail and calendars are read from the upload's file, up to {@link WebOptions#maxUpload}.
     */
    static final long MAX_EXPORT = 64L * 1024 * 1024;
    private final Javalin app;
    private final String host;

    private WebServer(Javalin app, String host) {
        this.app = app;
        this.host = host;
    }

    /**
     * Starts the personal server for {@code book}, with the mail settings and keys of this process's
     * config folder; returns once the port is bound.
     */
    public static WebServer start(Kith book, WebOptions options) {
        return start(book, options, MailSettings.fromEnvironment());
    }

    /**
     * Starts the personal server for {@code book}: one book, let in by the secret kept beside the mail
     * settings {@code mail} (see {@link LocalKeys}); returns once the port is bound.
     */
    public static WebServer start(Kith book, WebOptions options, MailSettings mail) {
        LocalKeys keys = new LocalKeys(mail.file().toAbsolutePath().getParent());
        keys.secret(); // made now, so that a broken config folder stops the start, not the first request
        FeedTokens feeds = new FeedTokens(book.database(), keys.feedKey());
        Access access = new PersonalAccess(book, keys, options.https());
        return start(access, book, id -> id == book.id() ? Optional.of(book) : Optional.empty(), feeds, options, mail);
    }

    /**
     * Starts the team server over {@code db}: accounts sign in, each works in their own book (see
     * {@link TeamAccess}); the calendar feed key and outgoing mail are kept in {@code configFolder}.
     * Needs at least one account.
     */
    public static WebServer team(Database db, KithClock clock, WebOptions options, Path configFolder) {
        return team(db, clock, java.time.InstantSource.system(), options, configFolder);
    }

    /** {@link #team(Database, KithClock, WebOptions, Path)} with sessions and throttling on {@code time}. */
    public static WebServer team(Database db, KithClock clock, java.time.InstantSource time, WebOptions options,
                                 Path configFolder) {
        Team team = new Team(db, clock, time);
        List<User> users = team.users().list();
        if (users.isEmpty()) {
            throw new KithException("the team has no accounts yet: add the first with"
                    + " kith user add NAME --email E --admin --password-stdin");
        }
        Map<Long, Kith> books = new ConcurrentHashMap<>();
        LongFunction<Kith> book = id -> books.computeIfAbsent(id, key -> Kith.open(db, key, clock));
        LocalKeys keys = new LocalKeys(configFolder);
        FeedTokens feeds = new FeedTokens(db, keys.feedKey());
        Access access = new TeamAccess(team, book, new Templates(), options.https());
        LongFunction<Optional<Kith>> feedBooks = id -> team.users().ofBook(id).filter(u -> !u.disabled())
                .map(u -> book.apply(id));
        return start(access, book.apply(users.getFirst().book()), feedBooks, feeds, options, new MailSettings(configFolder));
    }

    private static WebServer start(Access access, Kith sample, LongFunction<Optional<Kith>> feedBooks, FeedTokens feeds,
                                   WebOptions options, MailSettings mail) {
        Guard guard = new Guard(options.host(), options.publicHost());
        Templates templates = new Templates();
        Map<Long, Routes> tables = new ConcurrentHashMap<>();
        Function<Kith, Routes> routesOf = book -> tables.computeIfAbsent(book.id(), id -> {
            Settings settings = new Settings(book.book(), book.contacts(), mail);
            Routes routes = new Routes();
            new ApiRoutes(book, settings, access.team()).register(routes);
            new Pages(book, settings, templates, feeds, access.team(), options).register(routes);
            return routes;
        });
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            // A personal server on a laptop: a few workers keep up with hundreds of requests a second on two
            // cores (each is a few ms of CPU), and a burst waits in the queue instead of starting a thread,
            // a SQLite connection and their memory per waiting request (Jetty's default allows 250).
            config.jetty.threadPool = new QueuedThreadPool(WORKERS, 4, 60_000);
            config.jsonMapper(new JavalinJackson(WebJson.MAPPER, false));
            config.http.maxRequestSize = MAX_BODY;
            // the Import page's upload: Jetty writes it to a file of its own (owner-only) in the upload folder, never
            // to memory; the page moves that file to a private folder for the import and deletes it afterwards
            long maxUpload = options.maxUpload();
            config.jetty.multipartConfig.maxTotalRequestSize(maxUpload, io.javalin.config.SizeUnit.BYTES);
            config.jetty.multipartConfig.cacheDirectory(options.uploads().toString());
            config.routes.before(ctx -> limitBody(ctx, maxUpload));
            config.routes.before(ctx -> admit(ctx, guard, access));
            config.routes.get("/api/openapi.json", OpenApi::serve);
            access.register(config.routes);
            new dev.kith.dav.DavServer(access::davLogin, options.https(), options.publicUrl() != null && !options.https())
                    .register(config.routes);
            new CalendarFeedRoute(feeds, feedBooks).register(config.routes);
            routesOf.apply(sample).handlers().forEach((key, ignored) -> {
                int space = key.indexOf(' ');
                String method = key.substring(0, space);
                String path = key.substring(space + 1);
                io.javalin.http.Handler dispatch = ctx -> routesOf.apply(Visitor.of(ctx).book()).handlers().get(key).handle(ctx);
                switch (method) {
                    case "GET" -> config.routes.get(path, dispatch);
                    case "POST" -> config.routes.post(path, dispatch);
                    case "PATCH" -> config.routes.patch(path, dispatch);
                    case "PUT" -> config.routes.put(path, dispatch);
                    case "DELETE" -> config.routes.delete(path, dispatch);
                    default -> throw new IllegalStateException("no such method: " + method);
                }
            });
            new StaticFiles().register(config.routes);
            String uploadTooLarge = uploadTooLarge(maxUpload);
            config.routes.exception(Exception.class, (e, ctx) -> fail(ctx, e, templates, uploadTooLarge));
            config.routes.exception(ContentTooLargeResponse.class,
                    (e, ctx) -> problem(ctx, templates, 413, "body", TOO_LARGE));
            // an unknown address: a page (or the API's JSON problem), not Javalin's plain "Endpoint GET /x not found"
            config.routes.exception(io.javalin.router.EndpointNotFound.class,
                    (e, ctx) -> problem(ctx, templates, 404, null, "There is nothing at " + ctx.path() + "."));
            config.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    problem(ctx, templates, 404, null, "no such page: " + ctx.path());
                }
            });
        });
        app.start(options.host(), options.port());
        return new WebServer(app, options.host());
    }

    /**
     * Before every route: the guard's headers and origin checks; then, but for the public routes, who is
     * asking (or a refusal), and their CSRF token on a state change.
     */
    private static void admit(Context ctx, Guard guard, Access access) {
        guard.checkOrigin(ctx);
        String path = ctx.path();
        if (path.startsWith("/static/") || path.startsWith("/webjars/") || path.equals(CalendarFeedRoute.PATH)
                || access.isPublic(ctx.method().name(), path)
                || dev.kith.dav.DavServer.owns(ctx.method().name(), path)) { // its own Basic sign-in, never the cookie
            return;
        }
        Optional<Visitor> visitor = access.visitor(ctx);
        if (visitor.isEmpty()) {
            if (ctx.res().getHeader("Location") == null) {
                access.refuse(ctx);
            }
            ctx.skipRemainingHandlers();
            return;
        }
        guard.checkCsrf(ctx, visitor.get());
        visitor.get().attachTo(ctx);
    }

    /** The port bound (the chosen one when started with port 0). */
    public int port() {
        return app.port();
    }

    /** The address to open in a browser on this machine. */
    public String url() {
        // bound to every interface: this machine's loopback address is one that surely answers
        String shown = host.equals("0.0.0.0") ? "127.0.0.1" : host.equals("::") || host.equals("[::]") ? "::1" : host;
        String h = shown.contains(":") ? "[" + shown + "]" : shown;
        return "http://" + h + ":" + port() + "/";
    }

    @Override
    public void close() {
        app.stop();
    }

    /** Every route registered, as "METHOD path" (for the OpenAPI completeness test). */
    java.util.Set<String> routes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(e -> e.endpoint.method.name() + " " + e.endpoint.path)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /**
     * Refuses a request whose declared length is over {@link #MAX_BODY} before anything reads it: a
     * multipart upload over the limit would otherwise reach its route with no parts. The Import page's upload
     * may be up to {@code maxUpload}. A body without a length that grows past the limit is caught when read
     * ({@link ContentTooLargeResponse}; a multipart one past {@code maxUpload}).
     */
    private static void limitBody(Context ctx, long maxUpload) {
        boolean upload = "POST".equals(ctx.method().name()) && "/import".equals(ctx.path());
        if (ctx.contentLength() > (upload ? maxUpload : MAX_BODY)) {
            throw new HttpProblem(413, "body", upload ? uploadTooLarge(maxUpload) : TOO_LARGE);
        }
    }

    /** The answer to an upload over the Import page's limit of {@code max} bytes (413). */
    static String uploadTooLarge(long max) {
        return "the file is larger than the Import page's limit of " + ImportUpload.inWords(max) + " ("
                + String.format(java.util.Locale.ROOT, "%,d", max) + " bytes): nothing was imported";
    }

    /**
     * Whether {@code e} is Jetty refusing a multipart body without a length that grew past the upload's limit
     * (its multipart parser's "max length exceeded", wrapped as a bad message).
     */
    private static boolean multipartTooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IllegalStateException && t.getMessage() != null
                    && t.getMessage().startsWith("max length exceeded")) {
                return true;
            }
        }
        return false;
    }

    private static void fail(Context ctx, Exception e, Templates templates, String uploadTooLarge) {
        switch (e) {
            case HttpProblem p -> problem(ctx, templates, p.status(), p.field(), p.getMessage());
            case ValidationException v -> problem(ctx, templates, 400, v.field(), v.reason());
            case NotFoundException n -> problem(ctx, templates, 404, null, n.getMessage());
            case AmbiguousNameException a -> problem(ctx, templates, 409, null, a.getMessage());
            case JsonMappingException j -> problem(ctx, templates, 400, fieldOf(j),
                    "cannot read the JSON body: " + j.getOriginalMessage());
            case JsonProcessingException j -> problem(ctx, templates, 400, "body",
                    "the body is not valid JSON: " + j.getOriginalMessage());
            case KithException k -> problem(ctx, templates, 500, null, k.getMessage());
            default -> {
                if (e.getCause() instanceof JsonProcessingException j) {
                    fail(ctx, j, templates, uploadTooLarge);
                } else if (multipartTooLarge(e)) {
                    problem(ctx, templates, 413, "body", uploadTooLarge);
                } else {
                    // the details (which may name tables or files) go to the server's own output, not to the client
                    String reference = Long.toHexString(System.nanoTime() & 0xffffffL);
                    System.err.println("kith serve: unexpected error " + reference + " on " + ctx.method() + " "
                            + ctx.path() + ":");
                    e.printStackTrace();
                    problem(ctx, templates, 500, null, "something went wrong on the server (reference " + reference
                            + "); the server's output says more");
                }
            }
        }
    }

    private static String fieldOf(JsonMappingException j) {
        return j.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()))
                .collect(Collectors.joining("."));
    }

    /** Answers with {@code status}: JSON {@code {"error","field"}} for the API, an error page otherwise. */
    static void problem(Context ctx, Templates templates, int status, String field, String message) {
        ctx.status(status);
        if (ctx.path().startsWith("/api/") || "application/json".equals(ctx.header("Accept"))) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("error", message);
            body.put("field", field);
            ctx.json(body);
        } else {
            Visitor visitor = Visitor.orNull(ctx);
            templates.render(ctx, "error.jte", Map.of("page", new Page("Error " + status, "",
                            visitor == null ? null : visitor.csrf(), visitor == null ? null : visitor.user()),
                    "status", status, "message", Messages.sentence(field, message)));
        }
    }
}

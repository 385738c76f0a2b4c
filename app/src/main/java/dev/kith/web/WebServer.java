package dev.kith.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.kith.app.Kith;
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
import java.util.LinkedHashMap;
import java.util.Map;
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
    private final Javalin app;
    private final String host;

    private WebServer(Javalin app, String host) {
        this.app = app;
        this.host = host;
    }

    /** Starts serving {@code book}, with the mail settings of this process's environment; returns once the port is bound. */
    public static WebServer start(Kith book, WebOptions options) {
        return start(book, options, MailSettings.fromEnvironment());
    }

    /** Starts serving {@code book} with outgoing mail kept in {@code mail}; returns once the port is bound. */
    public static WebServer start(Kith book, WebOptions options, MailSettings mail) {
        Guard guard = new Guard(options.host());
        Settings settings = new Settings(book.book(), book.contacts(), mail);
        Templates templates = new Templates();
        ApiRoutes api = new ApiRoutes(book, settings);
        Pages pages = new Pages(book, settings, templates, guard, options);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            // A personal server on a laptop: a few workers keep up with hundreds of requests a second on two
            // cores (each is a few ms of CPU), and a burst waits in the queue instead of starting a thread,
            // a SQLite connection and their memory per waiting request (Jetty's default allows 250).
            config.jetty.threadPool = new QueuedThreadPool(WORKERS, 4, 60_000);
            config.jsonMapper(new JavalinJackson(WebJson.MAPPER, false));
            config.http.maxRequestSize = MAX_BODY;
            config.routes.before(WebServer::limitBody);
            config.routes.before(guard::check);
            config.routes.get("/api/openapi.json", OpenApi::serve);
            api.register(config.routes);
            pages.register(config.routes);
            new StaticFiles().register(config.routes);
            config.routes.exception(Exception.class, (e, ctx) -> fail(ctx, e, templates));
            config.routes.exception(ContentTooLargeResponse.class,
                    (e, ctx) -> problem(ctx, templates, 413, "body", TOO_LARGE));
            config.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    problem(ctx, templates, 404, null, "no such page: " + ctx.path());
                }
            });
        });
        app.start(options.host(), options.port());
        return new WebServer(app, options.host());
    }

    /** The port bound (the chosen one when started with port 0). */
    public int port() {
        return app.port();
    }

    /** The address to open in a browser. */
    public String url() {
        String h = host.contains(":") ? "[" + host + "]" : host;
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
     * multipart upload over the limit would otherwise reach its route with no parts. A body without a
     * length that grows past the limit is caught when read ({@link ContentTooLargeResponse}).
     */
    private static void limitBody(Context ctx) {
        if (ctx.contentLength() > MAX_BODY) {
            throw new HttpProblem(413, "body", TOO_LARGE);
        }
    }

    private static void fail(Context ctx, Exception e, Templates templates) {
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
                    fail(ctx, j, templates);
                } else {
                    problem(ctx, templates, 500, null, "unexpected error: " + e);
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
            templates.render(ctx, "error.jte", Map.of("page", new Page("Error " + status, "", ""),
                    "status", status, "message", message));
        }
    }
}

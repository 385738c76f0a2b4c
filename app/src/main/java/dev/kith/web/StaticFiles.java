package dev.kith.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pages' own files ({@code /static/...}, from {@code web/static} in the jar) and the libraries they
 * load ({@code /webjars/...}, from the webjar artifacts), read from the class path once and kept in
 * memory: a handful of files. Jetty's class-path resources mounted the whole jar as a zip file system
 * eight times over (some 25 MB of the server's heap for a 16,000-entry jar), which this avoids.
 */
final class StaticFiles {
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon",
            "map", "application/json");
    /** Webjar paths carry their version, so their content never changes under a URL. */
    private static final String FOREVER = "public, max-age=31536000, immutable";
    private static final String REVALIDATE = "no-cache";

    private final Map<String, Optional<byte[]>> cache = new ConcurrentHashMap<>();

    void register(RoutesConfig r) {
        r.get("/static/<path>", ctx -> serve(ctx, "web/static/", REVALIDATE));
        r.get("/webjars/<path>", ctx -> serve(ctx, "META-INF/resources/webjars/", FOREVER));
    }

    private void serve(Context ctx, String folder, String caching) {
        String path = ctx.pathParam("path");
        String type = TYPES.get(extension(path));
        if (type == null || !safe(path)) {
            throw new NotFoundResponse("no such file: " + ctx.path());
        }
        byte[] bytes = cache.computeIfAbsent(folder + path, StaticFiles::read)
                .orElseThrow(() -> new NotFoundResponse("no such file: " + ctx.path()));
        ctx.contentType(type).header("Cache-Control", caching).result(bytes);
    }

    /** Plain relative names only: no empty, "." or ".." segment, no backslash. */
    static boolean safe(String path) {
        if (path.isEmpty() || path.contains("\\") || path.startsWith("/")) {
            return false;
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    private static String extension(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(dot + 1);
    }

    private static Optional<byte[]> read(String resource) {
        try (InputStream in = StaticFiles.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + " from the class path", e);
        }
    }
}

package dev.kith.web;

import io.javalin.http.Handler;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SequencedMap;

/**
 * The routes of one book, collected by {@code "METHOD path"}: the server registers each path once and
 * sends a request to the handler of the book of whoever asks (see {@link BookRoutes}).
 */
final class Routes {
    private final SequencedMap<String, Handler> handlers = new LinkedHashMap<>();

    void get(String path, Handler handler) {
        add("GET", path, handler);
    }

    void post(String path, Handler handler) {
        add("POST", path, handler);
    }

    void patch(String path, Handler handler) {
        add("PATCH", path, handler);
    }

    void put(String path, Handler handler) {
        add("PUT", path, handler);
    }

    void delete(String path, Handler handler) {
        add("DELETE", path, handler);
    }

    private void add(String method, String path, Handler handler) {
        if (handlers.putIfAbsent(method + " " + path, handler) != null) {
            throw new IllegalStateException("two routes for " + method + " " + path);
        }
    }

    /** Handlers by {@code "METHOD path"}, in the order registered. */
    Map<String, Handler> handlers() {
        return java.util.Collections.unmodifiableMap(handlers);
    }
}

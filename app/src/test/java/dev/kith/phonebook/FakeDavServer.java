package dev.kith.phonebook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A scripted WebDAV server on a free loopback port, answering each "METHOD /path" with what a real server
 * (Nextcloud, iCloud, Google, Fastmail) was seen to answer, and recording every request with the
 * credentials it carried. Closing it stops it.
 */
final class FakeDavServer implements AutoCloseable {
    /** One scripted answer: status, headers (name, value, ...) and body (null for none). */
    record Answer(int status, String body, String... headers) {
    }

    /** One request seen: its method, path (raw), Authorization header (or null) and body. */
    record Seen(String method, String path, String authorization, String body) {
    }

    private final HttpServer server;
    private final Map<String, java.util.function.Function<String, Answer>> script = new ConcurrentHashMap<>();
    final List<Seen> seen = new CopyOnWriteArrayList<>();

    FakeDavServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::answer);
        server.start();
    }

    /** The server's address with {@code path}, on host {@code host} (127.0.0.1 or localhost: two "servers"). */
    URI at(String host, String path) {
        return URI.create("http://" + host + ":" + server.getAddress().getPort() + path);
    }

    URI at(String path) {
        return at("127.0.0.1", path);
    }

    /** Answers {@code method} {@code path} with {@code answer}. */
    FakeDavServer on(String method, String path, Answer answer) {
        script.put(method + " " + path, body -> answer);
        return this;
    }

    /** Answers {@code method} {@code path} with what {@code answer} makes of the request body. */
    FakeDavServer on(String method, String path, java.util.function.Function<String, Answer> answer) {
        script.put(method + " " + path, answer);
        return this;
    }

    static Answer multistatus(String xml) {
        return new Answer(207, xml, "Content-Type", "application/xml; charset=utf-8");
    }

    private void answer(HttpExchange x) throws IOException {
        String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = x.getRequestURI().getRawPath();
        seen.add(new Seen(x.getRequestMethod(), path, x.getRequestHeaders().getFirst("Authorization"), body));
        java.util.function.Function<String, Answer> f = script.get(x.getRequestMethod() + " " + path);
        Answer a = f == null ? new Answer(404, "not found") : f.apply(body);
        for (int i = 0; i < a.headers().length; i += 2) {
            x.getResponseHeaders().add(a.headers()[i], a.headers()[i + 1]);
        }
        byte[] bytes = a.body() == null ? new byte[0] : a.body().getBytes(StandardCharsets.UTF_8);
        x.sendResponseHeaders(a.status(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            x.getResponseBody().write(bytes);
        }
        x.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

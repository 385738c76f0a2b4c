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

    /** A pseudo-header of an {@link Answer}: send the body chunked, with no Content-Length. */
    static final String CHUNKED = "X-Test-Chunked";

    static Answer multistatus(String xml) {
        return new Answer(207, xml, "Content-Type", "application/xml; charset=utf-8");
    }

    /** The password of a server taking only Digest authentication (as Baïkal does by default), or null for none. */
    private volatile String digestPassword;

    /** From now on, takes only Digest credentials of any user with {@code password}, answering others 401. */
    FakeDavServer digestOnly(String password) {
        digestPassword = password;
        return this;
    }

    private void answer(HttpExchange x) throws IOException {
        String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = x.getRequestURI().getRawPath();
        String authorization = x.getRequestHeaders().getFirst("Authorization");
        seen.add(new Seen(x.getRequestMethod(), path, authorization, body));
        if (digestPassword != null && !validDigest(x.getRequestMethod(), authorization)) {
            x.getResponseHeaders().add("WWW-Authenticate", "Digest realm=\"BaikalDAV\", qop=\"auth\", algorithm=MD5,"
                    + " nonce=\"" + NONCE + "\", opaque=\"0f6e9a\"");
            x.sendResponseHeaders(401, -1);
            x.close();
            return;
        }
        java.util.function.Function<String, Answer> f = script.get(x.getRequestMethod() + " " + path);
        Answer a = f == null ? new Answer(404, "not found") : f.apply(body);
        boolean chunked = false;
        for (int i = 0; i < a.headers().length; i += 2) {
            if (a.headers()[i].equals(CHUNKED)) {
                chunked = true;
            } else {
                x.getResponseHeaders().add(a.headers()[i], a.headers()[i + 1]);
            }
        }
        byte[] bytes = a.body() == null ? new byte[0] : a.body().getBytes(StandardCharsets.UTF_8);
        x.sendResponseHeaders(a.status(), chunked ? 0 : bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            x.getResponseBody().write(bytes);
        }
        x.close();
    }

    private static final String NONCE = "5f2a1c4b3e";

    /** Whether {@code authorization} is a right Digest answer (RFC 7616, MD5, qop auth), computed here on its own. */
    private boolean validDigest(String method, String authorization) {
        if (authorization == null || !authorization.startsWith("Digest ")) {
            return false;
        }
        Map<String, String> p = new java.util.HashMap<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\w+)=(?:\"([^\"]*)\"|([^,\\s]*))").matcher(authorization);
        while (m.find()) {
            p.put(m.group(1), m.group(2) != null ? m.group(2) : m.group(3));
        }
        String ha1 = md5(p.get("username") + ":BaikalDAV:" + digestPassword);
        String ha2 = md5(method + ":" + p.get("uri"));
        String expected = md5(ha1 + ":" + NONCE + ":" + p.get("nc") + ":" + p.get("cnonce") + ":auth:" + ha2);
        return expected.equals(p.get("response")) && NONCE.equals(p.get("nonce")) && "0f6e9a".equals(p.get("opaque"));
    }

    private static String md5(String s) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

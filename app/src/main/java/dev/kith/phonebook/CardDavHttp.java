package dev.kith.phonebook;

import dev.kith.core.HttpDigest;
import dev.kith.core.Servers;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The HTTP side of {@link CardDavClient}: Basic credentials sent up front, Digest once the server asks for it
 * (Baïkal); reads redirected on the same server followed ({@link Servers#followOnSameServer}), nothing sent
 * elsewhere; a request repeated once on a kept-alive connection the server had closed; every answer bounded in
 * size; requests and waiting counted. Failures to get an answer are a {@link PhonebookException} naming
 * {@code source}. Thread-safe.
 */
final class CardDavHttp {
    /** Redirects followed for one read, all on the server given. */
    static final int MAX_REDIRECTS = 5;
    private static final Set<String> READS = Set.of("PROPFIND", "REPORT", "GET");

    /**
     * A response: status, ETag header (or null), body, the Location header (or null), {@code at}, the address
     * that answered (the one asked, or where the same server redirected a read), and the server's challenges.
     */
    record Response(int status, String etag, byte[] body, String location, URI at, List<String> challenges) {
    }

    private final HttpClient http;
    private final String user;
    private final String password;
    private final String authorization;
    /** The server's Digest challenge once it asked for Digest instead of Basic (Baïkal), else null. */
    private volatile HttpDigest digest;
    private final long maxBytes;
    private final Duration timeout;
    private final String source;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicLong waited = new AtomicLong();

    /** Requests through {@code http} as {@code user} (null: no authentication), answers up to {@code maxBytes}. */
    CardDavHttp(HttpClient http, String user, String password, long maxBytes, Duration timeout, String source) {
        this.http = http;
        this.user = user;
        this.password = password == null ? "" : password;
        this.authorization = user == null ? null : "Basic " + Base64.getEncoder().encodeToString(
                (user + ":" + this.password).getBytes(StandardCharsets.UTF_8));
        this.maxBytes = maxBytes;
        this.timeout = timeout;
        this.source = source;
    }

    /** How many HTTP requests the server answered (a repeat on a connection it had closed is one). */
    int requests() {
        return requests.get();
    }

    /** How long the server was waited for (request sent to answer read), in nanoseconds. */
    long waitedNanos() {
        return waited.get();
    }

    /** Sends {@code xml} with {@code method} and a Depth header to {@code uri} (see {@link #send(String, URI, Map, byte[])}). */
    Response send(String method, URI uri, String depth, String xml) {
        return send(method, uri, Map.of("Depth", depth, "Content-Type", "application/xml; charset=utf-8"),
                xml.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Sends {@code method} to {@code uri}. A read redirected to the same server (scheme, host and port) is
     * sent again there, at most {@link #MAX_REDIRECTS} times (servers redirect a well-known address, or a
     * collection named without its last slash); any other redirect comes back as it is, so credentials never
     * go to another server, nor over plain http when the user gave https.
     */
    Response send(String method, URI uri, Map<String, String> headers, byte[] body) {
        boolean read = READS.contains(method);
        return Servers.followOnSameServer(uri, MAX_REDIRECTS, at -> sendOnce(method, at, headers, body),
                Response::status, r -> read ? r.location() : null);
    }

    /**
     * One request, with Basic credentials, or Digest ones once the server asked for Digest; a 401 offering
     * Digest (and not Basic) is answered once with Digest.
     */
    private Response sendOnce(String method, URI uri, Map<String, String> headers, byte[] body) {
        HttpDigest known = digest;
        Response r = sendOnce(method, uri, headers, body, known);
        if (r.status() == 401 && user != null) {
            HttpDigest asked = HttpDigest.challenge(r.challenges()).orElse(null);
            if (asked != null) {
                digest = asked;
                r = sendOnce(method, uri, headers, body, asked);
            }
        }
        return r;
    }

    private Response sendOnce(String method, URI uri, Map<String, String> headers, byte[] body, HttpDigest scheme) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(timeout).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(b::header);
        if (authorization != null) {
            String target = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            b.header("Authorization", scheme == null ? authorization : scheme.authorization(user, password, method, target));
        }
        HttpRequest request = b.build();
        try {
            try {
                return exchange(request);
            } catch (IOException e) {
                if (!stale(e)) {
                    throw e;
                }
                // a kept-alive connection the server had closed (HTTP/1.0 servers): nothing was answered;
                // writes are conditional (If-Match / If-None-Match), so a repeat cannot overwrite anything
                return exchange(request);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PhonebookException(source + ": interrupted", e);
        } catch (IOException e) {
            throw new PhonebookException(source + ": " + reason(e), e);
        } catch (IllegalArgumentException e) {
            throw new PhonebookException(source + ": not a usable address (" + e.getMessage() + ")", e);
        }
    }

    private Response exchange(HttpRequest request) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<InputStream> r = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        requests.incrementAndGet();
        try (InputStream in = r.body()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            waited.addAndGet(System.nanoTime() - start);
            if (bytes.length > maxBytes) {
                throw new PhonebookException(source + ": an answer is larger than " + maxBytes + " bytes");
            }
            return new Response(r.statusCode(), r.headers().firstValue("ETag").orElse(null), bytes,
                    r.headers().firstValue("Location").orElse(null), r.request().uri(), r.headers().allValues("WWW-Authenticate"));
        }
    }

    private static boolean stale(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EOFException || t.getMessage() != null && t.getMessage().contains("received no bytes")) {
                return true;
            }
        }
        return false;
    }

    private String reason(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpConnectTimeoutException) {
                return "no connection within the time allowed";
            }
            if (t instanceof HttpTimeoutException) {
                return "no answer within " + timeout.toSeconds() + " s";
            }
            if (t instanceof ConnectException) {
                return "connection refused";
            }
            if (t instanceof java.net.UnknownHostException) {
                return "unknown host";
            }
            if (t instanceof javax.net.ssl.SSLException) {
                return "TLS failure (" + t.getMessage() + ")";
            }
        }
        return "network error (" + e.getMessage() + ")";
    }
}

package dev.kith.capture.calendar;

import dev.kith.core.HttpDigest;
import dev.kith.core.Servers;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Map;
import javax.net.ssl.SSLException;

/**
 * HTTP for calendar sources: one request at a time through the JDK's client, Basic authentication
 * sent up front when there are credentials (Digest once the server asks for it), bodies bounded in size,
 * and every failure to reach the server turned into a {@link CalendarSourceException} that names the
 * source. Thread-safe.
 */
final class DavHttp {
    private final HttpClient http;
    private final DavCredentials credentials;
    private final long maxBytes;
    private final Duration timeout;
    /** The server's Digest challenge once it asked for Digest instead of Basic, else null. */
    private volatile HttpDigest digest;

    DavHttp(HttpClient http, DavCredentials credentials, long maxBytes, Duration timeout) {
        this.http = http;
        this.credentials = credentials;
        this.maxBytes = maxBytes;
        this.timeout = timeout;
    }

    /** A response: its status, headers and body. */
    record Response(int status, HttpHeaders headers, byte[] body) {
    }

    /** Redirects followed for one request, all on the server given. */
    static final int MAX_REDIRECTS = 5;

    /**
     * Sends {@code method} to {@code uri}; any status comes back, a failure to get one is an exception. A
     * redirect to the same server (scheme, host and port: a calendar named without its last slash, a moved
     * path) is followed, at most {@link #MAX_REDIRECTS} times, with the credentials; one to another server
     * comes back as it is, so credentials never leave the server the user gave.
     */
    Response send(String method, URI uri, Map<String, String> headers, byte[] body) {
        return send(method, uri, headers, body, at -> { });
    }

    /** {@link #send(String, URI, Map, byte[])}, telling {@code sentTo} each address asked (the last one answered). */
    Response send(String method, URI uri, Map<String, String> headers, byte[] body,
                  java.util.function.Consumer<URI> sentTo) {
        return Servers.followOnSameServer(uri, MAX_REDIRECTS, at -> {
            sentTo.accept(at);
            return sendOnce(method, at, headers, body);
        }, Response::status, r -> r.headers().firstValue("Location").orElse(null));
    }

    /**
     * One request, with Basic credentials, or Digest ones once the server asked for Digest (Baïkal); a 401
     * offering Digest (and not Basic) is answered once with Digest.
     */
    private Response sendOnce(String method, URI uri, Map<String, String> headers, byte[] body) {
        Response r = sendOnce(method, uri, headers, body, digest);
        if (r.status() == 401 && credentials != null) {
            HttpDigest asked = HttpDigest.challenge(r.headers().allValues("WWW-Authenticate")).orElse(null);
            if (asked != null) {
                digest = asked;
                r = sendOnce(method, uri, headers, body, asked);
            }
        }
        return r;
    }

    private Response sendOnce(String method, URI uri, Map<String, String> headers, byte[] body, HttpDigest scheme) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        if (credentials != null) {
            String target = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            request.header("Authorization", scheme == null ? credentials.header()
                    : scheme.authorization(credentials.user(), credentials.password(), method, target));
        }
        try {
            HttpRequest built = request.build();
            HttpResponse<byte[]> response;
            try {
                response = http.send(built, BoundedBody.handler(maxBytes));
            } catch (IOException e) {
                if (!staleConnection(e)) {
                    throw e;
                }
                response = http.send(built, BoundedBody.handler(maxBytes)); // all our methods only read: safe to repeat
            }
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CalendarSourceException(label(uri), "interrupted", e);
        } catch (IOException | UnresolvedAddressException e) {
            throw new CalendarSourceException(label(uri), reason(e), e);
        } catch (IllegalArgumentException e) {
            throw new CalendarSourceException(label(uri), "not a usable address (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Whether {@code e} says a kept-alive connection was closed before any answer: HTTP/1.0 servers
     * (Radicale's own among them) close connections that the JDK's pool, seeing no
     * "Connection: close", keeps; the JDK repeats only GET on them by itself.
     */
    private static boolean staleConnection(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EOFException || t.getMessage() != null && t.getMessage().contains("received no bytes")) {
                return true;
            }
        }
        return false;
    }

    /** Throws the exception for a status that is not 2xx (or 304), saying what went wrong. */
    static void check(URI uri, Response r) {
        int s = r.status();
        if (s >= 200 && s < 300 || s == 304) {
            return;
        }
        String reason = switch (s) {
            case 401 -> "the server refused the user name or password (HTTP 401)";
            case 403 -> "access denied (HTTP 403)";
            case 404 -> "nothing at this address (HTTP 404); is it the calendar's URL?";
            case 301, 302, 303, 307, 308 -> "the server redirects to " + r.headers().firstValue("Location").orElse("?")
                    + " (HTTP " + s + "); use that address";
            default -> s >= 500 ? "the server failed (HTTP " + s + ")" : "unexpected answer HTTP " + s;
        };
        throw new CalendarSourceException(label(uri), reason);
    }

    /** {@code uri} as shown to the user: no user name, password, query or fragment. */
    static String label(URI uri) {
        if (uri.getHost() == null) {
            return uri.getScheme() == null ? "calendar" : uri.getScheme() + ":…";
        }
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                + (uri.getRawPath() == null ? "" : uri.getRawPath());
    }

    private String reason(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BoundedBody.TooLarge) {
                return t.getMessage();
            }
            if (t instanceof HttpConnectTimeoutException) {
                return "no connection within the time allowed";
            }
            if (t instanceof HttpTimeoutException) {
                return "no answer within " + timeout.toSeconds() + " s";
            }
            if (t instanceof ConnectException) {
                return "connection refused";
            }
            if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                return "unknown host";
            }
            if (t instanceof SSLException) {
                return "TLS failure (" + t.getMessage() + ")";
            }
        }
        return "network error (" + e.getMessage() + ")";
    }
}

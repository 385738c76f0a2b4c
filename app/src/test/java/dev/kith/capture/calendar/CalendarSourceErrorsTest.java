package dev.kith.capture.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Failures to reach a calendar, and published feeds, against a small HTTP server on the loopback. */
class CalendarSourceErrorsTest {
    private static final String ICS = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n";
    private HttpServer server;
    private final List<String> ifNoneMatch = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/feed.ics", x -> {
            String sent = x.getRequestHeaders().getFirst("If-None-Match");
            ifNoneMatch.add(sent);
            x.getResponseHeaders().add("ETag", "\"v1\"");
            if ("\"v1\"".equals(sent)) {
                x.sendResponseHeaders(304, -1);
            } else {
                byte[] body = ICS.getBytes(StandardCharsets.UTF_8);
                x.sendResponseHeaders(200, body.length);
                x.getResponseBody().write(body);
            }
            x.close();
        });
        server.createContext("/big.ics", x -> {
            x.sendResponseHeaders(200, 0);
            for (int i = 0; i < 64; i++) {
                x.getResponseBody().write(new byte[1024]);
            }
            x.close();
        });
        server.createContext("/moved/", x -> {
            x.getResponseHeaders().add("Location", "https://dav.example.com/cal/");
            x.sendResponseHeaders(301, -1);
            x.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aPublishedCalendarIsFetchedOnceAndThenAnsweredNotModified() {
        IcsFeedClient feed = new IcsFeedClient(IcsFeedClient.defaultHttpClient(), 1 << 20, Duration.ofSeconds(10));

        FeedResult first = feed.fetch(url("/feed.ics"), null);
        FeedResult second = feed.fetch(url("/feed.ics"), first.etag());

        assertThat(first.notModified()).isFalse();
        assertThat(new String(first.body(), StandardCharsets.UTF_8)).isEqualTo(ICS);
        assertThat(first.etag()).isEqualTo("\"v1\"");
        assertThat(second.notModified()).isTrue();
        assertThat(second.body()).isNull();
        assertThat(ifNoneMatch).containsExactly(null, "\"v1\"");
    }

    @Test
    void aResponseOverTheBoundIsRefused() {
        IcsFeedClient feed = new IcsFeedClient(IcsFeedClient.defaultHttpClient(), 16 * 1024, Duration.ofSeconds(10));

        assertThatThrownBy(() -> feed.fetch(url("/big.ics"), null)).isInstanceOfSatisfying(CalendarSourceException.class,
                e -> assertThat(e.reason()).isEqualTo("the response is larger than 16384 bytes"));
    }

    @Test
    void aRefusedConnectionNamesTheSourceWithoutItsSecrets() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        URI url = URI.create("http://alice:secret@127.0.0.1:" + closed + "/alice/work/?token=abc");
        CalDavClient client = new CalDavClient(CalDavClient.defaultHttpClient(), url, new DavCredentials("alice", "secret"),
                1 << 20, Duration.ofSeconds(10));

        assertThatThrownBy(() -> client.sync(SyncState.EMPTY)).isInstanceOfSatisfying(CalendarSourceException.class, e -> {
            assertThat(e.source()).isEqualTo("http://127.0.0.1:" + closed + "/alice/work/");
            assertThat(e.reason()).isEqualTo("connection refused");
        });
    }

    @Test
    void tlsToAServerThatAnswersInPlainTextIsATlsFailure() throws Exception {
        try (ServerSocket plain = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            // a platform thread: on a loaded two-core machine a virtual one may not run before the client's timeout
            Thread answer = Thread.ofPlatform().daemon().start(() -> {
                try (Socket s = plain.accept()) {
                    // plain text where the server's TLS hello belongs, then the connection closes: a client
                    // waiting for more can only see the end of the stream, never hang on an open socket
                    s.getOutputStream().write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    s.getOutputStream().flush();
                } catch (IOException ignored) {
                    // the client hangs up when the handshake fails
                }
            });
            URI url = URI.create("https://127.0.0.1:" + plain.getLocalPort() + "/feed.ics");

            // Java's HttpClient now and then sees neither the plain text nor the close during its handshake and waits
            // for its connect timeout (seen 2 runs in 6 on this machine): either way the source is named with a reason
            java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            assertThatThrownBy(() -> new IcsFeedClient(client, 1 << 20, Duration.ofSeconds(60))
                    .fetch(url, null)).isInstanceOfSatisfying(CalendarSourceException.class,
                            e -> assertThat(e.reason()).satisfiesAnyOf(
                                    r -> assertThat(r).startsWith("TLS failure ("),
                                    r -> assertThat(r).isEqualTo("no connection within the time allowed")));
            answer.join(10_000);
        }
    }

    @Test
    void aRedirectIsNotFollowedWithTheCredentialsButNamed() {
        CalDavClient client = new CalDavClient(CalDavClient.defaultHttpClient(), url("/moved/"),
                new DavCredentials("alice", "secret"), 1 << 20, Duration.ofSeconds(10));

        assertThatThrownBy(() -> client.sync(SyncState.EMPTY)).isInstanceOfSatisfying(CalendarSourceException.class,
                e -> assertThat(e.reason()).isEqualTo("the server redirects to https://dav.example.com/cal/ (HTTP 301); use that address"));
    }

    @Test
    void webcalUrlsAreReadOverHttps() {
        assertThat(IcsFeedClient.https(URI.create("webcal://example.com/a.ics"))).hasToString("https://example.com/a.ics");
        assertThat(IcsFeedClient.https(URI.create("WEBCALS://example.com/a.ics"))).hasToString("https://example.com/a.ics");
        assertThat(IcsFeedClient.https(URI.create("http://example.com/a.ics"))).hasToString("http://example.com/a.ics");
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }
}

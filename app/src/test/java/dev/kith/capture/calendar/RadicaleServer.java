package dev.kith.capture.calendar;

import dev.kith.RadicaleProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * A real Radicale CalDAV server (Debian's {@code radicale}) started on a free loopback port with one
 * htpasswd user and its storage in a temporary folder, and stopped by {@link #close()}.
 */
final class RadicaleServer implements AutoCloseable {
    static final String USER = RadicaleProcess.USER;
    static final String PASSWORD = RadicaleProcess.PASSWORD;

    private final RadicaleProcess radicale;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private RadicaleServer(RadicaleProcess radicale) {
        this.radicale = radicale;
    }

    /** The radicale executable on the PATH, if installed. */
    static Optional<Path> executable() {
        return RadicaleProcess.executable();
    }

    /** Starts radicale with its configuration, users and storage under {@code dir}; waits until it accepts connections. */
    static RadicaleServer start(Path executable, Path dir) throws IOException, InterruptedException {
        return new RadicaleServer(RadicaleProcess.start(executable, dir));
    }

    URI base() {
        return radicale.base();
    }

    /** The URL of {@code path} (relative to the server's root). */
    URI uri(String path) {
        return radicale.base().resolve(path);
    }

    /** Creates the calendar collection {@code path} (ending in a slash). */
    void mkcalendar(String path) throws IOException, InterruptedException {
        expect(send("MKCALENDAR", path, null, null), 201);
    }

    /** Creates the calendar collection {@code path} holding only the components {@code components} (VEVENT, VTODO). */
    void mkcalendar(String path, String... components) throws IOException, InterruptedException {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><C:mkcalendar xmlns:D=\"DAV:\""
                + " xmlns:C=\"urn:ietf:params:xml:ns:caldav\"><D:set><D:prop><C:supported-calendar-component-set>");
        for (String c : components) {
            b.append("<C:comp name=\"").append(c).append("\"/>");
        }
        b.append("</C:supported-calendar-component-set></D:prop></D:set></C:mkcalendar>");
        expect(send("MKCALENDAR", path, "application/xml; charset=utf-8", b.toString()), 201);
    }

    /** Stores {@code ics} at {@code path}. */
    void put(String path, String ics) throws IOException, InterruptedException {
        expect(send("PUT", path, "text/calendar; charset=utf-8", ics), 201, 204);
    }

    void delete(String path) throws IOException, InterruptedException {
        expect(send("DELETE", path, null, null), 200, 204);
    }

    private HttpResponse<String> send(String method, String path, String type, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", RadicaleProcess.basicAuth())
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (type != null) {
            b.header("Content-Type", type);
        }
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            // Radicale answers HTTP/1.0 without "Connection: close"; the JDK may reuse the closed connection once
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static void expect(HttpResponse<String> r, int... statuses) {
        for (int s : statuses) {
            if (r.statusCode() == s) {
                return;
            }
        }
        throw new IllegalStateException(r.request().method() + " " + r.uri() + " gave " + r.statusCode() + ": " + r.body());
    }

    @Override
    public void close() {
        radicale.close();
    }
}

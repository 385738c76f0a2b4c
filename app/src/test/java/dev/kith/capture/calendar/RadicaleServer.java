package dev.kith.capture.calendar;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real Radicale CalDAV server (Debian's {@code radicale}) started on a free loopback port with one
 * htpasswd user and its storage in a temporary folder, and stopped by {@link #close()}.
 */
final class RadicaleServer implements AutoCloseable {
    static final String USER = "alice";
    static final String PASSWORD = "correct horse";

    private final Process process;
    private final URI base;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private RadicaleServer(Process process, URI base, Path log) {
        this.process = process;
        this.base = base;
        this.log = log;
    }

    /** The radicale executable on the PATH, if installed. */
    static Optional<Path> executable() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, "radicale");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Starts radicale with its configuration, users and storage under {@code dir}; waits until it accepts connections. */
    static RadicaleServer start(Path executable, Path dir) throws IOException, InterruptedException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        Path users = Files.writeString(dir.resolve("users"), USER + ":" + PASSWORD + "\n");
        Path config = Files.writeString(dir.resolve("config"), String.join("\n",
                "[server]", "hosts = 127.0.0.1:" + port,
                "[auth]", "type = htpasswd", "htpasswd_filename = " + users, "htpasswd_encryption = plain", "delay = 0",
                "[storage]", "filesystem_folder = " + dir.resolve("collections"),
                "[rights]", "type = owner_only",
                "[logging]", "level = warning", ""));
        Path log = dir.resolve("radicale.log");
        Process process = new ProcessBuilder(executable.toString(), "--config", config.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        RadicaleServer server = new RadicaleServer(process, URI.create("http://127.0.0.1:" + port + "/"), log);
        server.awaitPort(port);
        return server;
    }

    private void awaitPort(int port) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("radicale exited with " + process.exitValue() + ": " + Files.readString(log));
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        close();
        throw new IllegalStateException("radicale did not listen on port " + port + " within 30 s: " + Files.readString(log));
    }

    URI base() {
        return base;
    }

    /** The URL of {@code path} (relative to the server's root). */
    URI uri(String path) {
        return base.resolve(path);
    }

    /** Creates the calendar collection {@code path} (ending in a slash). */
    void mkcalendar(String path) throws IOException, InterruptedException {
        expect(send("MKCALENDAR", path, null, null), 201);
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
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
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
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}

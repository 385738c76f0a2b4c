package dev.kith;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real Radicale (Debian's {@code radicale}) on a free loopback port, with one htpasswd user and its
 * storage in a folder of the test's; what the CalDAV and the CardDAV test servers both start. Stopped by
 * {@link #close()}.
 */
public final class RadicaleProcess implements AutoCloseable {
    public static final String USER = "alice";
    public static final String PASSWORD = "correct horse";

    private final Process process;
    private final URI base;
    private final Path log;

    private RadicaleProcess(Process process, URI base, Path log) {
        this.process = process;
        this.base = base;
        this.log = log;
    }

    /** The radicale executable on the PATH, if installed. */
    public static Optional<Path> executable() {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(d.isEmpty() ? "." : d, "radicale");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Starts radicale with its configuration, users and storage ({@code collections/}) under {@code dir}, with
     * {@code serverOptions} (e.g. {@code "max_content_length = 200000000"}) added to its {@code [server]}
     * section; waits until it accepts connections.
     */
    public static RadicaleProcess start(Path executable, Path dir, String... serverOptions)
            throws IOException, InterruptedException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        Path users = Files.writeString(dir.resolve("users"), USER + ":" + PASSWORD + "\n");
        List<String> lines = new ArrayList<>(List.of("[server]", "hosts = 127.0.0.1:" + port));
        lines.addAll(List.of(serverOptions));
        lines.addAll(List.of(
                "[auth]", "type = htpasswd", "htpasswd_filename = " + users, "htpasswd_encryption = plain", "delay = 0",
                "[storage]", "filesystem_folder = " + dir.resolve("collections"),
                "[rights]", "type = owner_only",
                "[logging]", "level = warning", ""));
        Path config = Files.writeString(dir.resolve("config"), String.join("\n", lines));
        Path log = dir.resolve("radicale.log");
        Process process = new ProcessBuilder(executable.toString(), "--config", config.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        RadicaleProcess server = new RadicaleProcess(process, URI.create("http://127.0.0.1:" + port + "/"), log);
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

    /** The server's root URL, ending in a slash. */
    public URI base() {
        return base;
    }

    /** The {@code Authorization} header value of the one user. */
    public static String basicAuth() {
        return "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
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

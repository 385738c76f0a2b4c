package dev.kith.phonebook;

import dev.kith.RadicaleProcess;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real Radicale CardDAV server (Debian's {@code radicale}) on a free loopback port with one htpasswd
 * user and its storage in a temporary folder, playing the user's phone address book; stopped by
 * {@link #close()}. Cards are written and read the way a phone would (PUT, GET, DELETE); a large book
 * can be laid into the storage folder directly. An optional {@link #proxy} in front of it cuts the
 * connection after a number of requests, to fail mid-run.
 */
public final class AddressBookServer implements AutoCloseable {
    public static final String USER = RadicaleProcess.USER;
    public static final String PASSWORD = RadicaleProcess.PASSWORD;
    public static final String BOOK = USER + "/contacts/";

    private final RadicaleProcess radicale;
    private final URI base;
    private final Path dir;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private AddressBookServer(RadicaleProcess radicale, Path dir) {
        this.radicale = radicale;
        this.base = radicale.base();
        this.dir = dir;
    }

    /** The radicale executable on the PATH, if installed. */
    public static Optional<Path> executable() {
        return RadicaleProcess.executable();
    }

    /**
     * Starts radicale with its storage under {@code dir} holding the address book {@link #BOOK}, with
     * {@code cards} generated cards laid in beforehand (0 for an empty book).
     */
    public static AddressBookServer start(Path executable, Path dir, int cards) throws IOException, InterruptedException {
        Path book = dir.resolve("collections/collection-root/" + BOOK);
        Files.createDirectories(book);
        Files.writeString(book.resolve(".Radicale.props"), "{\"tag\": \"VADDRESSBOOK\", \"D:displayname\": \"Contacts\"}");
        for (int i = 0; i < cards; i++) {
            Files.writeString(book.resolve("card-" + i + ".vcf"), generated(i));
        }
        return new AddressBookServer(RadicaleProcess.start(executable, dir, "max_content_length = 200000000"), dir);
    }

    /** The text of generated card {@code i}: a person with a name, an email, a phone and an organization. */
    public static String generated(int i) {
        return String.join("\r\n", "BEGIN:VCARD", "VERSION:3.0", "UID:gen-" + i, "FN:Person " + i + " Example",
                "N:Example;Person " + i + ";;;", "EMAIL;TYPE=INTERNET:person" + i + "@example.org",
                "TEL;TYPE=CELL:+1 555 " + String.format("%07d", i), "ORG:Org " + (i % 97), "TITLE:Engineer",
                "REV:20260101T000000Z", "END:VCARD", "");
    }

    public URI base() {
        return base;
    }

    /** The URL of the address book. */
    public URI book() {
        return base.resolve(BOOK);
    }

    /**
     * Lists the address book once, so that Radicale reads and caches every card laid in by {@link #start}
     * (a server in use has its cache; reading 2,000 cards cold takes Radicale a minute on a loaded machine).
     */
    public void warm() throws IOException, InterruptedException {
        HttpRequest r = HttpRequest.newBuilder(book()).timeout(Duration.ofMinutes(10))
                .header("Authorization", RadicaleProcess.basicAuth())
                .header("Depth", "1").header("Content-Type", "application/xml")
                .method("PROPFIND", HttpRequest.BodyPublishers.ofString("<?xml version=\"1.0\"?><D:propfind"
                        + " xmlns:D=\"DAV:\"><D:prop><D:getetag/></D:prop></D:propfind>"))
                .build();
        expect(http.send(r, HttpResponse.BodyHandlers.ofString()), 207);
    }

    /** Stores {@code vcard} as the card {@code name} (e.g. {@code ana.vcf}) of the address book. */
    public void put(String name, String vcard) throws IOException, InterruptedException {
        expect(send("PUT", BOOK + name, "text/vcard; charset=utf-8", vcard), 201, 204);
    }

    /** The text of card {@code name}, or null when there is none. */
    public String get(String name) throws IOException, InterruptedException {
        HttpResponse<String> r = send("GET", BOOK + name, null, null);
        return r.statusCode() == 404 ? null : expect(r, 200).body();
    }

    public void delete(String name) throws IOException, InterruptedException {
        expect(send("DELETE", BOOK + name, null, null), 200, 204);
    }

    /** The names of the address book's card files. */
    public java.util.List<String> names() throws IOException {
        try (var files = Files.list(dir.resolve("collections/collection-root/" + BOOK))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".vcf")).sorted().toList();
        }
    }

    private HttpResponse<String> send(String method, String path, String type, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
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

    private static HttpResponse<String> expect(HttpResponse<String> r, int... statuses) {
        for (int s : statuses) {
            if (r.statusCode() == s) {
                return r;
            }
        }
        throw new IllegalStateException(r.request().method() + " " + r.uri() + " gave " + r.statusCode() + ": " + r.body());
    }

    /**
     * A TCP proxy on a free loopback port in front of this server that passes {@code allowed}
     * connections and closes every later one at once (Radicale serves one request a connection).
     */
    public Proxy proxy(int allowed) throws IOException {
        return new Proxy(base.getPort(), allowed);
    }

    /** See {@link #proxy}. */
    public static final class Proxy implements AutoCloseable {
        private final ServerSocket socket;
        private final AtomicInteger connections = new AtomicInteger();
        private final Thread acceptor;

        Proxy(int target, int allowed) throws IOException {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            acceptor = new Thread(() -> {
                while (!socket.isClosed()) {
                    try {
                        Socket client = socket.accept();
                        if (connections.incrementAndGet() > allowed) {
                            client.close();
                            continue;
                        }
                        Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
                        pipe(client, server);
                        pipe(server, client);
                    } catch (IOException e) {
                        return;
                    }
                }
            }, "cutting-proxy");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        private static void pipe(Socket from, Socket to) {
            Thread t = new Thread(() -> {
                try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                    in.transferTo(out);
                } catch (IOException ignored) {
                    // the other side closed
                } finally {
                    try {
                        from.close();
                        to.close();
                    } catch (IOException ignored) {
                        // already closed
                    }
                }
            }, "proxy-pipe");
            t.setDaemon(true);
            t.start();
        }

        /** The address book's URL through this proxy. */
        public URI book() {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/" + BOOK);
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    @Override
    public void close() {
        radicale.close();
    }
}

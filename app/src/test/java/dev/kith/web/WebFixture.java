package dev.kith.web;

import dev.kith.app.Kith;
import dev.kith.book.Book;
import dev.kith.core.KithClock;
import dev.kith.store.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A running web server over a fresh book in {@code database}, with a plain HTTP client. Closing it
 * stops the server; the database stays with its owner (JUnit closes {@code @BothDatabases} ones).
 */
final class WebFixture implements AutoCloseable {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 15);
    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    final TestDatabase database;
    final Kith book;
    final WebServer server;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** Where this server keeps its mail settings: a fresh folder, never the user's own. */
    final java.nio.file.Path mailFolder;

    /** The server's secret ({@code kith token}), and the session cookie that opening its address set. */
    final String secret;
    final String cookie;

    WebFixture(TestDatabase database, WebOptions options) {
        this.database = database;
        this.book = Kith.open(database.database(), Book.DEFAULT, KithClock.fixed(TODAY));
        try {
            this.mailFolder = java.nio.file.Files.createTempDirectory("kith-web-mail");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        this.server = WebServer.start(book, options, new dev.kith.io.mail.MailSettings(mailFolder));
        this.secret = new dev.kith.access.LocalKeys(mailFolder).secret();
        HttpResponse<String> welcome = anonymous(HttpRequest.newBuilder(URI.create(base() + "/?token=" + secret)).GET().build());
        if (welcome.statusCode() != 303) {
            throw new AssertionError("opening the address with the secret answered " + welcome.statusCode());
        }
        this.cookie = welcome.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
    }

    WebFixture(TestDatabase database) {
        this(database, WebOptions.local(0));
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build());
    }

    HttpResponse<String> json(String method, String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build());
    }

    HttpResponse<String> form(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** The CSRF token a page carries in its forms. */
    String csrfToken() {
        Matcher m = TOKEN.matcher(get("/settings").body());
        if (!m.find()) {
            throw new AssertionError("no CSRF token on the settings page");
        }
        return m.group(1);
    }

    /** Sends {@code request} as the signed-in browser would: with the session cookie, unless it carries its own credentials. */
    HttpResponse<String> send(HttpRequest request) {
        if (request.headers().firstValue("Cookie").isPresent() || request.headers().firstValue("Authorization").isPresent()) {
            return anonymous(request);
        }
        return anonymous(HttpRequest.newBuilder(request, (name, value) -> true).header("Cookie", cookie).build());
    }

    /** Sends {@code request} as it is: without the session cookie unless it has one. */
    HttpResponse<String> anonymous(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends a raw GET with the given Host header (java.net.http will not set Host) and returns the status line. */
    String rawGet(String path, String host) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            OutputStream out = s.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nCookie: " + cookie
                    + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return response.substring(0, response.indexOf("\r\n"));
        }
    }

    @Override
    public void close() {
        server.close();
        try (var files = java.nio.file.Files.list(mailFolder)) {
            for (var f : files.toList()) {
                java.nio.file.Files.delete(f);
            }
            java.nio.file.Files.delete(mailFolder);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

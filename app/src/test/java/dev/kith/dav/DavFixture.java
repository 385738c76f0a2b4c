package dev.kith.dav;

import dev.kith.app.Kith;
import dev.kith.book.Book;
import dev.kith.core.KithClock;
import dev.kith.store.TestDatabase;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;

/**
 * Kith's CardDAV server alone over a book in {@code database}, on a free loopback port, letting in any user name
 * and password; with a plain HTTP client. Closing it stops the server; the database stays with its owner.
 */
final class DavFixture implements AutoCloseable {
    final Kith kith;
    private final Javalin app;
    private final HttpClient http = HttpClient.newHttpClient();

    DavFixture(TestDatabase database) {
        this.kith = Kith.open(database.database(), Book.DEFAULT, KithClock.fixed(LocalDate.of(2026, 12, 7)));
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            new DavServer((user, password, address) -> new DavAccounts.Admitted(kith.cards(), user), false, false)
                    .register(config.routes);
        }).start("127.0.0.1", 0);
    }

    /** {@code method path} with {@code body} (may be null) and the header pairs {@code headers}. */
    HttpResponse<String> send(String method, String path, String body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("me:token".getBytes(StandardCharsets.UTF_8)));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        app.stop();
    }
}

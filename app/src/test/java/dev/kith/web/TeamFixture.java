package dev.kith.web;

import dev.kith.access.Team;
import dev.kith.app.Kith;
import dev.kith.core.KithClock;
import dev.kith.store.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A team server over {@code database} with two accounts, alice (administrator) and bob, on a wall clock
 * the test moves; with a plain HTTP client that signs in as a browser or through the API.
 */
final class TeamFixture implements AutoCloseable {
    static final String PASSWORD = "correct horse battery";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    /** A wall clock that moves only when told. */
    static final class Time implements InstantSource {
        private volatile Instant now = Instant.parse("2026-11-15T09:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }
    }

    final TestDatabase database;
    final Time time = new Time();
    final Team team;
    final Path config;
    final WebServer server;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    TeamFixture(TestDatabase database) {
        this.database = database;
        KithClock clock = KithClock.fixed(WebFixture.TODAY);
        this.team = new Team(database.database(), clock, time);
        team.users().add("alice", "alice@example.org", true, PASSWORD, null);
        team.users().add("bob", "bob@example.org", false, PASSWORD, null);
        try {
            this.config = Files.createTempDirectory("kith-team-config");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.server = WebServer.team(database.database(), clock, time, WebOptions.local(0), config);
    }

    /** A second server process's worth: another server over the same database and config folder. */
    WebServer another() {
        return WebServer.team(database.database(), KithClock.fixed(WebFixture.TODAY), time, WebOptions.local(0), config);
    }

    Kith book(String user) {
        return Kith.open(database.database(), team.users().named(user).book(), KithClock.fixed(WebFixture.TODAY));
    }

    String base() {
        return base(server);
    }

    static String base(WebServer server) {
        return "http://127.0.0.1:" + server.port();
    }

    /** Signs in through the API and returns the session token. */
    String signIn(String user) {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/session"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"password\":\"" + PASSWORD + "\"}"))
                .build());
        if (r.statusCode() != 201) {
            throw new AssertionError("signing in as " + user + " answered " + r.statusCode() + ": " + r.body());
        }
        Matcher m = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(r.body());
        if (!m.find()) {
            throw new AssertionError("no token in " + r.body());
        }
        return m.group(1);
    }

    /** A request as {@code bearer} (null: none). */
    HttpResponse<String> as(String bearer, String method, String path, String jsonBody) {
        return as(server, bearer, method, path, jsonBody);
    }

    HttpResponse<String> as(WebServer on, String bearer, String method, String path, String jsonBody) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base(on) + path));
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        if (jsonBody != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(jsonBody));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return send(b.build());
    }

    /** Signs in on the login page as a browser would; returns the session cookie ({@code name=value}). */
    String browserSignIn(String user, String password) {
        HttpResponse<String> form = send(HttpRequest.newBuilder(URI.create(base() + "/login")).GET().build());
        String signInCookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
        Matcher m = CSRF.matcher(form.body());
        if (!m.find()) {
            throw new AssertionError("no CSRF token on the login page");
        }
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", signInCookie)
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + m.group(1) + "&username=" + user + "&password="
                        + java.net.URLEncoder.encode(password, java.nio.charset.StandardCharsets.UTF_8) + "&next=%2Fcontacts"))
                .build());
        if (r.statusCode() != 303) {
            return null;
        }
        return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(Cookies.SESSION + "="))
                .findFirst().orElseThrow().split(";", 2)[0];
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
        try (var files = Files.walk(config)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.access.AuditLog;
import dev.kith.access.Sessions;
import dev.kith.contacts.ContactDraft;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/** The team server's door: sign-in, sessions, tokens, throttling, expiry, administrators, and two processes. */
class TeamServerTest {

    @BothDatabases
    void withoutASessionPagesGoToSignInAndTheApiAnswers401(TestDatabase db) {
        try (TeamFixture t = new TeamFixture(db)) {
            HttpResponse<String> page = t.as(null, "GET", "/contacts", null);
            assertThat(page.statusCode()).isEqualTo(303);
            assertThat(page.headers().firstValue("Location")).hasValue("/login?next=%2Fcontacts");
            HttpResponse<String> api = t.as(null, "GET", "/api/v1/contacts", null);
            assertThat(api.statusCode()).isEqualTo(401);
            assertThat(api.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
            assertThat(api.body()).contains("\"error\"");
            assertThat(t.as("not-a-session", "GET", "/api/v1/contacts", null).statusCode()).isEqualTo(401);
            assertThat(t.as(null, "GET", "/login", null).statusCode()).isEqualTo(200);
            assertThat(t.as(null, "GET", "/static/app.css", null).statusCode()).isEqualTo(200);
        }
    }

    @BothDatabases
    void theLoginPageSetsAnHttpOnlySessionCookieAndSignOutEndsIt(TestDatabase db) {
        try (TeamFixture t = new TeamFixture(db)) {
            t.book("bob").contacts().add(ContactDraft.builder("Zed Marker").build());
            String cookie = t.browserSignIn("bob", TeamFixture.PASSWORD);
            assertThat(cookie).startsWith(Cookies.SESSION + "=");
            HttpResponse<String> contacts = t.send(HttpRequest.newBuilder(URI.create(t.base() + "/contacts"))
                    .header("Cookie", cookie).GET().build());
            assertThat(contacts.statusCode()).isEqualTo(200);
            assertThat(contacts.body()).contains("Zed Marker", "bob", "Sign out");
            String csrf = contacts.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");

            // a form without the CSRF token is refused even with the cookie
            HttpResponse<String> forged = t.send(HttpRequest.newBuilder(URI.create(t.base() + "/logout"))
                    .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("")).build());
            assertThat(forged.statusCode()).isEqualTo(403);

            HttpResponse<String> out = t.send(HttpRequest.newBuilder(URI.create(t.base() + "/logout"))
                    .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf)).build());
            assertThat(out.statusCode()).isEqualTo(303);
            assertThat(t.send(HttpRequest.newBuilder(URI.create(t.base() + "/contacts")).header("Cookie", cookie)
                    .GET().build()).statusCode()).isEqualTo(303);
        }
    }

    @BothDatabases
    void theSignInFormNeedsItsOwnCsrfTokenAndAWrongPasswordGetsNoSession(TestDatabase db) {
        try (TeamFixture t = new TeamFixture(db)) {
            HttpResponse<String> noCookie = t.send(HttpRequest.newBuilder(URI.create(t.base() + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("_csrf=x&username=bob&password=" + TeamFixture.PASSWORD))
                    .build());
            assertThat(noCookie.statusCode()).isEqualTo(403);
            assertThat(noCookie.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith(Cookies.SESSION + "="));
            assertThat(t.browserSignIn("bob", "wrong password")).isNull();
        }
    }

    @BothDatabases
    void sessionCookiesAreHttpOnlyAndSameSite(TestDatabase db) {
        try (TeamFixture t = new TeamFixture(db)) {
            HttpResponse<String> form = t.as(null, "GET", "/login", null);
            assertThat(form.headers().firstValue("Set-Cookie").orElseThrow()).contains("HttpOnly", "SameSite=Strict");
            String cookie = t.browserSignIn("alice", TeamFixture.PASSWORD);
            assertThat(cookie).isNotNull();
            List<AuditLog.Entry> audit = t.team.audit().recent(10);
            assertThat(audit).anySatisfy(e -> {
                assertThat(e.action()).isEqualTo("signed in");
                assertThat(e.actor()).isEqualTo("alice");
                assertThat(e.address()).isNotBlank();
            });
        }
    }

    @BothDatabases
    void anApiSessionWorksUntilSignedOutAndApiTokensUntilRevoked(TestDatabase db) {
        try (TeamFixture t = new TeamFixture(db)) {
            String session = t.signIn("bob");
            assertThat(t.as(session, "GET", "/api/v1/contacts", null).statusCode()).isEqualTo(200);
            assertThat(t.as(session, "DELETE", "/api/v1/session", null).statusCode()).isEqualTo(204);
            assertThat(t.as(session, "GET", "/api/v1/contacts", null).statusCode()).isEqualTo(401);

            var issued = t.team.tokens().create(t.team.users().named("bob").id(), "script");
            assertThat(issued.token()).startsWith("kith_");
            // a bearer token is not ambient: a JSON write needs no CSRF token
            assertThat(t.as(issued.token(), "POST", "/api/v1/contacts", "{\"name\":\"Ana Lima\"}").statusCode()).isEqualTo(201);
            String stored = db.database().read(h -> h.createQuery("SELECT token_hash FROM api_tokens").mapTo(String.class).one());
            assertThat(stored).hasSize(64).doesNotContain(issued.token().substring(5));
            t.team.tokens().revoke(t.team.users().named("bob").id(), issued.id());
            assertThat(t.as(issued.token(), "GET", "/api/v1/contacts", null).statusCode()).isEqualTo(401);
        }
    }

    @BothDatabases
    void passwordsAreStoredAsArgon2idHashesOnly(TestDatabase db) {
        try (TeamFixture t = new TeamFixture(db)) {
            List<String> hashes = db.database().read(h -> h.createQuery("SELECT password_hash FROM users").mapTo(String.class).list());
            assertThat(hashes).hasSize(2).allSatisfy(hash -> assertThat(hash)
                    .startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain(TeamFixture.PASSWORD));
            assertThat(hashes.get(0)).isNotEqualTo(hashes.get(1)); // salted
        }
    }

    @BothDatabases
    void tenFailuresInAMinuteThrottleTheAccountEvenForTheRightPassword(TestDatabase db) {
        try (TeamFixture t = new TeamFixture(db)) {
            for (int i = 0; i < 10; i++) {
                assertThat(signIn(t, "bob", "wrong-" + i).statusCode()).isEqualTo(401);
            }
            HttpResponse<String> throttled = signIn(t, "bob", TeamFixture.PASSWORD);
            assertThat(throttled.statusCode()).isEqualTo(429);
            long retry = Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow());
            assertThat(retry).isBetween(1L, 60L);
            t.time.advance(Duration.ofSeconds(retry));
            assertThat(signIn(t, "bob", TeamFixture.PASSWORD).statusCode()).isEqualTo(201);
            assertThat(t.team.audit().recent(50)).extracting(AuditLog.Entry::action)
                    .contains("sign-in failed", "sign-in throttled", "signed in");
        }
    }

    @BothDatabases
    void tenFailuresFromOneAddressThrottleItForEveryAccount(TestDatabase db) {
        try (TeamFixture t = new TeamFixture(db)) {
            for (int i = 0; i < 10; i++) {
                assertThat(signIn(t, "nobody" + i, "x").statusCode()).isEqualTo(401);
            }
            assertThat(signIn(t, "alice", TeamFixture.PASSWORD).statusCode()).isEqualTo(429);
        }
    }

    @BothDatabases
    void sessionsEndWhenIdleAndAfterTheirAbsoluteLifetime(TestDatabase db) {
        try (TeamFixture t = new TeamFixture(db)) {
            String idle = t.signIn("bob");
            t.time.advance(Sessions.IDLE.minusMinutes(1));
            assertThat(t.as(idle, "GET", "/api/v1/contacts", null).statusCode()).isEqualTo(200);
            t.time.advance(Sessions.IDLE.plusMinutes(1));
            assertThat(t.as(idle, "GET", "/api/v1/contacts", null).statusCode()).isEqualTo(401);

            String busy = t.signIn("bob");
            Duration step = Sessions.IDLE.minusHours(1);
            Duration lived = Duration.ZERO;
            while (lived.plus(step).compareTo(Sessions.ABSOLUTE) < 0) {
                t.time.advance(step);
                lived = lived.plus(step);
                assertThat(t.as(busy, "GET", "/api/v1/contacts", null).statusCode()).isEqualTo(200);
            }
            t.time.advance(Sessions.ABSOLUTE.minus(lived).plusMinutes(1));
            assertThat(t.as(busy, "GET", "/api/v1/contacts", null).statusCode()).isEqualTo(401);
        }
    }

    @BothDatabases
    void aDisabledAccountLosesItsSessionsAndTokensAtOnce(TestDatabase db) {
        try (TeamFixture t = new TeamFixture(db)) {
            String session = t.signIn("bob");
            String token = t.team.tokens().create(t.team.users().named("bob").id(), null).token();
            t.team.users().setDisabled("bob", true);
            assertThat(t.as(session, "GET", "/api/v1/contacts", null).statusCode()).isEqualTo(401);
            assertThat(t.as(token, "GET", "/api/v1/contacts", null).statusCode()).isEqualTo(401);
            assertThat(signIn(t, "bob", TeamFixture.PASSWORD).statusCode()).isEqualTo(401);
        }
    }

    @BothDatabases
    void onlyAnAdministratorChangesTheServersOutgoingMail(TestDatabase db) {
        try (TeamFixture t = new TeamFixture(db)) {
            String bob = t.signIn("bob");
            HttpResponse<String> refused = t.as(bob, "PATCH", "/api/v1/settings", "{\"smtp.host\":\"evil.example\"}");
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).contains("administrator");
            assertThat(t.as(bob, "PATCH", "/api/v1/settings", "{\"today.plan-size\":\"4\"}").statusCode()).isEqualTo(200);
            String alice = t.signIn("alice");
            assertThat(t.as(alice, "PATCH", "/api/v1/settings",
                    "{\"smtp.host\":\"mail.example.org\",\"smtp.port\":587,\"smtp.username\":\"a\",\"smtp.password\":\"pw\",\"smtp.from\":\"alice@example.org\"}").statusCode())
                    .isEqualTo(200);
        }
    }

    @BothDatabases
    void twoServerProcessesShareSessionsAndThrottling(TestDatabase db) {
        try (TeamFixture t = new TeamFixture(db); WebServer other = t.another()) {
            String session = t.signIn("bob");
            assertThat(t.as(other, session, "GET", "/api/v1/contacts", null).statusCode()).isEqualTo(200);
            assertThat(t.as(other, session, "POST", "/api/v1/contacts", "{\"name\":\"Made Elsewhere\"}").statusCode())
                    .isEqualTo(201);
            assertThat(t.as(session, "GET", "/api/v1/contacts?q=Elsewhere", null).body()).contains("Made Elsewhere");
            assertThat(t.as(other, session, "DELETE", "/api/v1/session", null).statusCode()).isEqualTo(204);
            assertThat(t.as(session, "GET", "/api/v1/contacts", null).statusCode()).isEqualTo(401);

            for (int i = 0; i < 5; i++) {
                signIn(t, t.server, "alice", "wrong");
                signIn(t, other, "alice", "wrong");
            }
            assertThat(signIn(t, t.server, "alice", TeamFixture.PASSWORD).statusCode()).isEqualTo(429);
            assertThat(signIn(t, other, "alice", TeamFixture.PASSWORD).statusCode()).isEqualTo(429);
        }
    }

    @BothDatabases
    void theTeamServerNeedsAnAccountToStart(TestDatabase db) throws Exception {
        java.nio.file.Path config = java.nio.file.Files.createTempDirectory("kith-empty-team");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> WebServer.team(db.database(),
                        dev.kith.core.KithClock.fixed(WebFixture.TODAY), WebOptions.local(0), config))
                .hasMessageContaining("kith user add");
    }

    private static HttpResponse<String> signIn(TeamFixture t, String user, String password) {
        return signIn(t, t.server, user, password);
    }

    private static HttpResponse<String> signIn(TeamFixture t, WebServer on, String user, String password) {
        return t.as(on, null, "POST", "/api/v1/session", "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}");
    }
}

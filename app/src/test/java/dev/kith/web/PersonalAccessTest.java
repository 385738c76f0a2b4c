package dev.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.access.LocalKeys;
import dev.kith.contacts.ContactDraft;
import dev.kith.store.TestDatabase;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;

/** The personal server opens only with its secret: a cookie from the printed address, or a bearer header. */
class PersonalAccessTest {

    @Test
    void withoutTheSecretEveryPageAndApiRouteAnswers401AndLeaksNothing() {
        try (TestDatabase db = TestDatabase.sqlite(); WebFixture web = new WebFixture(db)) {
            web.book.contacts().add(ContactDraft.builder("Private Person").notes("MARKER-note").build());
            for (String path : new String[] {"/", "/contacts", "/contacts/1", "/settings", "/network", "/nonexistent",
                    "/api/v1/contacts", "/api/v1/contacts/1", "/api/v1/search?q=Private", "/api/openapi.json"}) {
                HttpResponse<String> r = anonymous(web, "GET", path, null, null);
                assertThat(r.statusCode()).as(path).isEqualTo(401);
                assertThat(r.body()).as(path).doesNotContain("Private Person", "MARKER");
            }
            HttpResponse<String> page = anonymous(web, "GET", "/", null, null);
            assertThat(page.body()).contains("private", "kith token");
            HttpResponse<String> api = anonymous(web, "GET", "/api/v1/contacts", null, null);
            assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
            assertThat(api.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer");
            HttpResponse<String> write = anonymous(web, "POST", "/api/v1/contacts", "{\"name\":\"Intruder\"}", null);
            assertThat(write.statusCode()).isEqualTo(401);
            assertThat(web.book.contacts().list(dev.kith.contacts.ContactFilter.ALL_ACTIVE)).hasSize(1);
            // static files and the calendar feed (with its own token) are the public routes
            assertThat(anonymous(web, "GET", "/static/app.css", null, null).statusCode()).isEqualTo(200);
            assertThat(anonymous(web, "GET", "/calendar.ics", null, null).statusCode()).isEqualTo(403);
        }
    }

    @Test
    void theBearerSecretOpensTheApiAndAWrongOneDoesNot() {
        try (TestDatabase db = TestDatabase.sqlite(); WebFixture web = new WebFixture(db)) {
            assertThat(anonymous(web, "GET", "/api/v1/contacts", null, web.secret).statusCode()).isEqualTo(200);
            assertThat(anonymous(web, "POST", "/api/v1/contacts", "{\"name\":\"Ana\"}", web.secret).statusCode()).isEqualTo(201);
            assertThat(anonymous(web, "GET", "/api/v1/contacts", null, web.secret + "x").statusCode()).isEqualTo(401);
            assertThat(anonymous(web, "GET", "/api/v1/contacts", null, "").statusCode()).isEqualTo(401);
        }
    }

    @Test
    void theAddressWithTheSecretSetsAStrictHttpOnlyCookieAndRedirectsToTheCleanAddress() {
        try (TestDatabase db = TestDatabase.sqlite(); WebFixture web = new WebFixture(db)) {
            HttpResponse<String> r = anonymous(web, "GET", "/contacts?q=ana&token=" + web.secret, null, null);
            assertThat(r.statusCode()).isEqualTo(303);
            assertThat(r.headers().firstValue("Location")).hasValue("/contacts?q=ana");
            String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
            assertThat(cookie).contains("HttpOnly", "SameSite=Strict", "Path=/").doesNotContain("Secure")
                    .doesNotContain(web.secret);
            assertThat(anonymous(web, "GET", "/?token=wrong", null, null).statusCode()).isEqualTo(401);
            assertThat(anonymous(web, "GET", "//evil.example/?token=" + web.secret, null, null).headers()
                    .firstValue("Location").orElse("/")).doesNotStartWith("//");
        }
    }

    @Test
    void rotatingTheSecretSignsEveryBrowserOut() {
        try (TestDatabase db = TestDatabase.sqlite(); WebFixture web = new WebFixture(db)) {
            assertThat(web.get("/contacts").statusCode()).isEqualTo(200);
            String fresh = new LocalKeys(web.mailFolder).rotateSecret();
            assertThat(fresh).isNotEqualTo(web.secret).hasSizeGreaterThanOrEqualTo(43);
            assertThat(web.get("/contacts").statusCode()).isEqualTo(401);
            assertThat(anonymous(web, "GET", "/api/v1/contacts", null, web.secret).statusCode()).isEqualTo(401);
            assertThat(anonymous(web, "GET", "/api/v1/contacts", null, fresh).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void theSecretFileIsOwnerOnlyAndAReadableOneIsRefused() throws Exception {
        try (TestDatabase db = TestDatabase.sqlite(); WebFixture web = new WebFixture(db)) {
            LocalKeys keys = new LocalKeys(web.mailFolder);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.secretFile()))).isEqualTo("rw-------");
            assertThat(Files.readString(keys.secretFile()).strip()).isEqualTo(web.secret);
            Files.setPosixFilePermissions(keys.secretFile(), PosixFilePermissions.fromString("rw-r--r--"));
            org.assertj.core.api.Assertions.assertThatThrownBy(keys::secret).hasMessageContaining("chmod 600");
            // and the server refuses rather than serve with a secret others may have read
            assertThat(web.get("/contacts").statusCode()).isEqualTo(500);
        }
    }

    private static HttpResponse<String> anonymous(WebFixture web, String method, String path, String json, String bearer) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(web.base() + path));
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        if (json != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return web.anonymous(b.build());
    }
}

package dev.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.contacts.ContactDraft;
import dev.kith.store.TestDatabase;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The guards of a server on localhost: Host, CSRF, Origin, CORS, CSP and escaping. */
class GuardTest {
    private final TestDatabase db = TestDatabase.sqlite();
    private WebFixture web;

    @BeforeEach
    void start() {
        web = new WebFixture(db);
    }

    @AfterEach
    void stop() {
        web.close();
        db.close();
    }

    @Test
    void aForeignHostHeaderIsRefusedAgainstDnsRebinding() throws Exception {
        assertThat(web.rawGet("/api/v1/contacts", "evil.example:" + web.server.port())).contains("421");
        assertThat(web.rawGet("/api/v1/contacts", "localhost:" + web.server.port())).contains("200");
        assertThat(web.rawGet("/api/v1/contacts", "127.0.0.1:" + web.server.port())).contains("200");
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefused() {
        assertThat(web.form("/contacts", "name=Mallory").statusCode()).isEqualTo(403);
        assertThat(web.book.contacts().list(dev.kith.contacts.ContactFilter.ALL_ACTIVE)).isEmpty();
        HttpResponse<String> withToken = web.form("/contacts", "name=Alice&_csrf=" + web.csrfToken());
        assertThat(withToken.statusCode()).isEqualTo(302);
    }

    @Test
    void anApiWriteThatIsNotJsonNeedsTheTokenHeader() {
        HttpResponse<String> formEncoded = web.send(HttpRequest.newBuilder(URI.create(web.base() + "/api/v1/contacts"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"X\"}"))
                .build());
        assertThat(formEncoded.statusCode()).isEqualTo(403);
        assertThat(formEncoded.body()).contains("\"field\":\"csrf\"");
        HttpResponse<String> withHeader = web.send(HttpRequest.newBuilder(URI.create(web.base() + "/api/v1/contacts"))
                .header("Content-Type", "text/plain").header(Guard.TOKEN_HEADER, web.csrfToken())
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"X\"}")).build());
        assertThat(withHeader.statusCode()).isEqualTo(201);
    }

    @Test
    void aWriteFromAnotherOriginIsRefusedEvenAsJson() {
        HttpResponse<String> response = web.send(HttpRequest.newBuilder(URI.create(web.base() + "/api/v1/contacts"))
                .header("Content-Type", "application/json").header("Origin", "http://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"X\"}")).build());
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void noCorsHeadersAreEverSent() {
        HttpResponse<String> preflight = web.send(HttpRequest.newBuilder(URI.create(web.base() + "/api/v1/contacts"))
                .header("Origin", "http://evil.example").header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        HttpResponse<String> get = web.send(HttpRequest.newBuilder(URI.create(web.base() + "/api/v1/contacts"))
                .header("Origin", "http://evil.example").GET().build());
        assertThat(get.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void everyPageCarriesAStrictContentSecurityPolicy() {
        for (String path : new String[] {"/", "/contacts", "/network", "/settings", "/import", "/targets", "/api/v1/contacts"}) {
            HttpResponse<String> response = web.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'")
                            .contains("frame-ancestors 'none'").doesNotContain("unsafe-inline"));
        }
    }

    @Test
    void pagesHaveNoInlineScripts() {
        for (String path : new String[] {"/", "/contacts", "/network", "/settings", "/import", "/contacts/new",
                "/targets", "/network?path=1"}) {
            String html = web.get(path).body();
            assertThat(html).as(path).doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>");
            assertThat(html).as(path).doesNotContain(" onclick=", " onload=");
        }
    }

    @Test
    void aScriptInANameIsShownAsTextEverywhere() {
        long id = web.book.contacts().add(ContactDraft.builder("<script>alert(1)</script>")
                .organization("<img src=x onerror=alert(2)>").tag("<b>x</b>").build()).id();
        web.book.network().targets().addPerson("<script>alert(3)</script>", "<img src=x onerror=alert(2)>",
                "<script>alert(5)</script>");
        for (String path : new String[] {"/contacts", "/contacts/" + id, "/contacts/" + id + "/edit", "/targets",
                "/network?path=" + URLEncoder.encode("<script>alert(3)</script>", StandardCharsets.UTF_8),
                "/contacts?q=" + URLEncoder.encode("script", StandardCharsets.UTF_8)}) {
            String html = web.get(path).body();
            assertThat(html).as(path).doesNotContain("<script>alert(1)", "<img src=x", "<b>x</b>", "<script>alert(3)",
                    "<script>alert(5)");
            assertThat(html).as(path).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        }
    }
}

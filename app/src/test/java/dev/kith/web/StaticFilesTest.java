package dev.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.store.TestDatabase;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The pages' files and libraries come from the class path, typed, cached as asked, and nothing else does. */
class StaticFilesTest {
    @Test
    void theAppsFilesAndTheWebjarsAreServedWithTheirTypes() throws Exception {
        try (TestDatabase db = TestDatabase.sqlite(); WebFixture web = new WebFixture(db)) {
            HttpResponse<String> css = web.get("/static/app.css");
            assertThat(css.statusCode()).isEqualTo(200);
            assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
            assertThat(css.headers().firstValue("Cache-Control")).hasValue("no-cache");

            HttpResponse<String> htmx = web.get("/webjars/htmx.org/2.0.10/dist/htmx.min.js");
            assertThat(htmx.statusCode()).isEqualTo(200);
            assertThat(htmx.body()).contains("htmx");
            assertThat(htmx.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("text/javascript"));
            assertThat(web.get("/webjars/cytoscape/3.33.1/dist/cytoscape.min.js").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void missingFilesAndPathsLeavingTheFoldersAreNotFound() throws Exception {
        try (TestDatabase db = TestDatabase.sqlite(); WebFixture web = new WebFixture(db)) {
            assertThat(web.get("/static/nothing.css").statusCode()).isEqualTo(404);
            // Jetty refuses some of these itself (400), the handler the rest (404); none is served
            assertThat(web.rawGet("/static/..%2F..%2Fdb%2Fmigration%2Fsqlite%2FV1__memory.sql", "localhost"))
                    .containsAnyOf(" 400 ", " 404 ");
            assertThat(web.rawGet("/webjars/../../web/static/app.css", "localhost")).containsAnyOf(" 400 ", " 404 ");
            assertThat(web.get("/static/app.class").statusCode()).isEqualTo(404);
        }
        assertThat(StaticFiles.safe("dist/htmx.min.js")).isTrue();
        assertThat(StaticFiles.safe("../x.js")).isFalse();
        assertThat(StaticFiles.safe("a//x.js")).isFalse();
        assertThat(StaticFiles.safe("a/./x.js")).isFalse();
        assertThat(StaticFiles.safe("a\\x.js")).isFalse();
    }
}

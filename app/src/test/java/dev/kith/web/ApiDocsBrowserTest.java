package dev.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kith.store.TestDatabase;
import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The API reference page, from Settings in real Chromium: rendered offline from the bundled document, at this server's address. */
class ApiDocsBrowserTest {

    @Test
    void settingsLinksToTheReferenceWhichNamesThisServer() throws Exception {
        try (TestDatabase db = TestDatabase.sqlite(); WebFixture web = new WebFixture(db);
             Browser browser = new Browser(1280, 900).signIn(web)) {
            browser.driver.get(web.base() + "/settings");
            browser.driver.findElement(By.cssSelector("#api a[href='/settings/api']")).click();
            browser.waiting().until(d -> d.getCurrentUrl().endsWith("/settings/api"));
            assertThat(browser.driver.findElement(By.id("api-server")).getText()).isEqualTo(web.base());
            String page = browser.driver.findElement(By.tagName("main")).getText();
            assertThat(page).contains("GET", "/api/v1/contacts", "/api/v1/search", "POST", "/api/v1/undo");
            // nothing but this server's own files
            Object foreign = browser.driver.executeScript("return performance.getEntriesByType('resource')"
                    + ".map(e => e.name).filter(n => !n.startsWith(location.origin)).length");
            assertThat(((Number) foreign).intValue()).isZero();

            String doc = web.get("/api/openapi.json").body();
            assertThat(new ObjectMapper().readTree(doc).get("servers").get(0).get("url").asText()).isEqualTo(web.base());
            assertThat(web.anonymous(HttpRequest.newBuilder(URI.create(web.base() + "/settings/api")).GET().build())
                    .statusCode()).isEqualTo(401);
        }
    }
}

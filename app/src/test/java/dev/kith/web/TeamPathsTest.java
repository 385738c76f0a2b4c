package dev.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Opt-in shared introductions on the team server: through the settings, the paths API and the Targets page. */
class TeamPathsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @BothDatabases
    void aColleagueWhoSharesIsOfferedAsAPathAndDisappearsWhenSharingStops(TestDatabase db) throws Exception {
        try (TeamFixture t = new TeamFixture(db)) {
            String alice = t.signIn("alice");
            String bob = t.signIn("bob");
            assertThat(t.as(alice, "POST", "/api/v1/contacts", """
                    {"name": "Zed Zimmer", "organization": "Acme", "title": "CTO", "emails": ["zed@acme.example"],
                     "phones": ["+1 555 0100"], "notes": "MARKER private note"}""").statusCode()).isEqualTo(201);
            long target = JSON.readTree(t.as(bob, "POST", "/api/v1/targets",
                    "{\"name\": \"Zed Zimmer\", \"organization\": \"Acme\"}").body()).get("id").asLong();

            assertThat(colleagues(t, bob, target)).isEmpty(); // alice has not opted in

            JsonNode on = JSON.readTree(t.as(alice, "PATCH", "/api/v1/settings", "{\"team.share-graph\": true}").body());
            assertThat(on.get("shareGraph").asBoolean()).isTrue();
            JsonNode paths = colleagues(t, bob, target);
            assertThat(paths).hasSize(1);
            assertThat(paths.get(0).get("colleague").asText()).isEqualTo("alice");
            assertThat(paths.get(0).get("advice").asText()).startsWith("ask alice, your colleague, who knows Zed Zimmer");
            assertThat(paths.get(0).get("title").asText()).isEqualTo("CTO");
            String body = t.as(bob, "GET", "/api/v1/paths?target=" + target, null).body();
            assertThat(body).doesNotContain("MARKER", "555", "zed@acme");

            String cookie = t.browserSignIn("bob", TeamFixture.PASSWORD);
            String page = t.send(HttpRequest.newBuilder(URI.create(t.base() + "/targets")).header("Cookie", cookie)
                    .GET().build()).body();
            assertThat(page).contains("Ask alice").contains("your colleague").doesNotContain("MARKER");

            assertThat(t.as(alice, "PATCH", "/api/v1/settings", "{\"team.share-graph\": \"maybe\"}").statusCode())
                    .isEqualTo(400);
            t.as(alice, "PATCH", "/api/v1/settings", "{\"team.share-graph\": false}");
            assertThat(colleagues(t, bob, target)).isEmpty();
        }
    }

    @BothDatabases
    void theSettingsPageOffersSharingAsACheckbox(TestDatabase db) {
        try (TeamFixture t = new TeamFixture(db)) {
            String cookie = t.browserSignIn("bob", TeamFixture.PASSWORD);
            HttpResponse<String> page = t.send(HttpRequest.newBuilder(URI.create(t.base() + "/settings"))
                    .header("Cookie", cookie).GET().build());
            assertThat(page.body()).contains("name=\"team.share-graph\"", "Share who I know with my team")
                    .doesNotContain("name=\"smtp.host\""); // bob is no administrator
            String csrf = page.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
            HttpResponse<String> saved = t.send(HttpRequest.newBuilder(URI.create(t.base() + "/settings"))
                    .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf
                            + "&today.plan-size=5&team.share-graph=false&team.share-graph=true")).build());
            assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
            assertThat(new dev.kith.team.TeamSharing(db.database()).isShared(t.team.users().named("bob").book())).isTrue();
        }
    }

    private static JsonNode colleagues(TeamFixture t, String bearer, long target) throws Exception {
        HttpResponse<String> r = t.as(bearer, "GET", "/api/v1/paths?target=" + target, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body()).get("colleagues");
    }
}

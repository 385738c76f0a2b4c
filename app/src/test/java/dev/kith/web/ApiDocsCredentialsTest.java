package dev.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.store.TestDatabase;
import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;

/** The API reference tells each server's users the credentials that server takes. */
class ApiDocsCredentialsTest {
    @Test
    void thePersonalServerTakesItsSecret() {
        try (TestDatabase db = TestDatabase.sqlite(); WebFixture web = new WebFixture(db)) {
            assertThat(web.get("/settings/api").body()).contains("Send your secret as", "kith token");
        }
    }

    @Test
    void theTeamServerTakesASessionOrAnApiTokenNeverTheSecretOfKithToken() {
        try (TestDatabase db = TestDatabase.sqlite(); TeamFixture team = new TeamFixture(db)) {
            String cookie = team.browserSignIn("alice", TeamFixture.PASSWORD);
            String page = team.send(HttpRequest.newBuilder(URI.create(team.base() + "/settings/api"))
                    .header("Cookie", cookie).GET().build()).body();
            assertThat(page).contains("<h1>The Kith API</h1>", "POST /api/v1/session", "an API token your administrator made")
                    .doesNotContain("kith token", "Send your secret");
        }
    }
}

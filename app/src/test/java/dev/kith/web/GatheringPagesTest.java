package dev.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.contacts.ContactDraft;
import dev.kith.store.BothDatabases;
import dev.kith.store.Tables;
import dev.kith.store.TestDatabase;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The Groups and Goals pages over HTTP: forms with the CSRF token, the members list, the report chart. */
class GatheringPagesTest {
    private static String form(WebFixture web, String... pairs) {
        StringBuilder sb = new StringBuilder("_csrf=" + web.csrfToken());
        for (int i = 0; i < pairs.length; i += 2) {
            sb.append('&').append(pairs[i]).append('=').append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return sb.toString();
    }

    @BothDatabases
    void groupsAndGoalsWorkFromThePages(TestDatabase db) {
        try (WebFixture web = new WebFixture(db)) {
            web.book.contacts().add(ContactDraft.builder("Ana Lima").build());
            HttpResponse<String> added = web.form("/groups", form(web, "name", "ALA", "kind", "association"));
            assertThat(added.statusCode()).isEqualTo(302);
            String group = added.headers().firstValue("Location").orElseThrow();
            assertThat(web.form(group + "/members", form(web, "person", "Ana", "role", "chair", "since", "2026-11-12"))
                    .statusCode()).isEqualTo(302);
            assertThat(web.get(group).body()).contains("Ana Lima", "chair since 2026-11-12");
            assertThat(web.get("/groups").body()).contains("ALA", "1 member");

            String goal = web.form("/goals", form(web, "title", "Move into consulting", "keywords", "consulting, strategy"))
                    .headers().firstValue("Location").orElseThrow();
            assertThat(web.form(goal + "/interactions", form(web, "person", "Ana", "kind", "lunch", "minutes", "660",
                    "exchange", "asked")).statusCode()).isEqualTo(302);
            assertThat(web.get("/goals").body()).contains("<svg class=\"bar\"", "worth it?", "11.0 h");
            assertThat(web.form(goal + "/outcomes", form(web, "text", "First client")).statusCode()).isEqualTo(302);
            assertThat(web.get(goal).body()).contains("First client", "0.09 per hour");

            Map<String, Integer> before = Tables.records(db.database());
            HttpResponse<String> bad = web.form(group + "/members", form(web, "person", "Nobody"));
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(bad.body()).contains("No contact named 'Nobody'");
            assertThat(web.form("/goals", form(web, "title", "X", "due", "2026-02-30")).body())
                    .contains("The due date '2026-02-30' is not a valid date");
            assertThat(web.form(goal + "/interactions", form(web, "person", "Ana", "kind", "lnch")).body())
                    .contains("The kind 'lnch' is not one of");
            assertThat(Tables.records(db.database())).isEqualTo(before);
        }
    }
}

package dev.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kith.contacts.ContactDraft;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import java.net.http.HttpResponse;

class ActivityApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @BothDatabases
    void interactionsMilestonesTiesAndTasksShowOnTheContact(TestDatabase db) throws Exception {
        try (WebFixture web = new WebFixture(db)) {
            long ada = web.book.contacts().add(ContactDraft.builder("Ada Lovelace").build()).id();
            long bob = web.book.contacts().add(ContactDraft.builder("Bob Babbage").build()).id();

            assertThat(web.json("POST", "/api/v1/interactions", "{\"kind\": \"coffee\", \"summary\": \"engines\","
                    + " \"people\": [" + ada + ", " + bob + "], \"date\": \"2026-11-01\"}").statusCode()).isEqualTo(201);
            assertThat(web.json("POST", "/api/v1/milestones",
                    "{\"contactId\": " + ada + ", \"kind\": \"award\", \"text\": \"Royal medal\"}").statusCode())
                    .isEqualTo(201);
            assertThat(web.json("POST", "/api/v1/ties",
                    "{\"fromId\": " + ada + ", \"toId\": " + bob + ", \"kind\": \"colleague\"}").statusCode())
                    .isEqualTo(201);
            assertThat(web.json("POST", "/api/v1/tasks",
                    "{\"contactId\": " + ada + ", \"kind\": \"send notes\", \"due\": \"2026-11-20\"}").statusCode())
                    .isEqualTo(201);

            JsonNode details = JSON.readTree(web.get("/api/v1/contacts/" + ada).body());
            assertThat(details.get("timeline")).hasSize(2);
            assertThat(details.get("lastInteraction").asText()).isEqualTo("2026-11-01");
            assertThat(details.get("ties").get(0).get("otherName").asText()).isEqualTo("Bob Babbage");
            assertThat(details.get("tasks").get(0).get("kind").asText()).isEqualTo("send notes");
            assertThat(JSON.readTree(web.get("/api/v1/contacts/" + bob + "/interactions").body())).hasSize(1);
            assertThat(JSON.readTree(web.get("/api/v1/search?q=engines").body()).get(0).get("name").asText())
                    .isIn("Ada Lovelace", "Bob Babbage");
            JsonNode network = JSON.readTree(web.get("/api/v1/network").body());
            assertThat(network.get("nodes")).hasSize(2);
            assertThat(network.get("edges")).hasSize(1);
        }
    }

    @BothDatabases
    void theSameTieTwiceIsAConflict(TestDatabase db) throws Exception {
        try (WebFixture web = new WebFixture(db)) {
            long ada = web.book.contacts().add(ContactDraft.builder("Ada Lovelace").build()).id();
            long bob = web.book.contacts().add(ContactDraft.builder("Bob Babbage").build()).id();
            String tie = "{\"fromId\": " + ada + ", \"toId\": " + bob + ", \"kind\": \"knows\"}";
            web.json("POST", "/api/v1/ties", tie);
            HttpResponse<String> again = web.json("POST", "/api/v1/ties", tie);
            assertThat(again.statusCode()).isEqualTo(409);
            assertThat(JSON.readTree(again.body()).get("field").asText()).isEqualTo("kind");
        }
    }

    @BothDatabases
    void settingsAreStoredPerBookAndValidated(TestDatabase db) throws Exception {
        try (WebFixture web = new WebFixture(db)) {
            web.book.contacts().add(ContactDraft.builder("Ada Lovelace").build());
            HttpResponse<String> saved = web.json("PATCH", "/api/v1/settings",
                    "{\"today.plan-size\": 7, \"cadence.inner\": 10, \"smtp.host\": \"smtp.example.org\", \"smtp.from\": \"ada@example.org\", \"me\": \"Ada\"}");
            assertThat(saved.statusCode()).isEqualTo(200);
            JsonNode view = JSON.readTree(web.get("/api/v1/settings").body());
            assertThat(view.get("planSize").asInt()).isEqualTo(7);
            assertThat(view.get("cadences").get("inner").asInt()).isEqualTo(10);
            assertThat(view.get("smtp").get("host").asText()).isEqualTo("smtp.example.org");
            assertThat(view.get("me").asText()).isEqualTo("Ada Lovelace");

            HttpResponse<String> bad = web.json("PATCH", "/api/v1/settings", "{\"today.plan-size\": 0}");
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(JSON.readTree(bad.body()).get("field").asText()).isEqualTo("today.plan-size");
        }
    }

    @BothDatabases
    void todayServesThePlanAndDoneSnoozeSkip(TestDatabase db) throws Exception {
        try (WebFixture web = new WebFixture(db)) {
            long ana = JSON.readTree(web.json("POST", "/api/v1/contacts", "{\"name\": \"Ana Lima\"}").body())
                    .get("id").asLong();
            long bo = JSON.readTree(web.json("POST", "/api/v1/contacts", "{\"name\": \"Bo Chen\"}").body())
                    .get("id").asLong();
            String yesterday = WebFixture.TODAY.minusDays(1).toString();
            web.json("POST", "/api/v1/interactions", "{\"kind\": \"event-encounter\", \"date\": \"" + yesterday
                    + "\", \"people\": [" + ana + "]}");
            web.json("POST", "/api/v1/interactions", "{\"kind\": \"coffee\", \"date\": \"" + yesterday
                    + "\", \"people\": [" + bo + "]}");

            JsonNode plan = JSON.readTree(web.get("/api/v1/today").body());
            assertThat(plan.get("streak").asInt()).isZero();
            assertThat(plan.get("actions")).hasSize(2);
            JsonNode first = plan.get("actions").get(0);
            assertThat(first.get("kind").asText()).isEqualTo("follow-up");
            assertThat(first.get("draft").asText()).contains("a pleasure to");
            String followUp = "follow-up:" + ana + ":" + yesterday;
            String coffee = "follow-up:" + bo + ":" + yesterday;

            HttpResponse<String> done = web.json("POST", "/api/v1/today/" + followUp + "/done",
                    "{\"note\": \"Lovely to meet you, Ana!\"}");
            assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
            assertThat(web.json("POST", "/api/v1/today/" + coffee + "/snooze", "{\"until\": \"2000-01-01\"}")
                    .statusCode()).isEqualTo(400);
            assertThat(web.json("POST", "/api/v1/today/" + coffee + "/skip", "").statusCode()).isEqualTo(200);
            assertThat(web.json("POST", "/api/v1/today/nope:1/done", "").statusCode()).isEqualTo(404);

            JsonNode after = JSON.readTree(web.get("/api/v1/today").body());
            assertThat(after.get("streak").asInt()).isEqualTo(1);
            assertThat(after.get("actions").toString()).doesNotContain(followUp).doesNotContain(coffee);
            assertThat(web.get("/api/v1/contacts/" + ana + "/interactions").body()).contains("Lovely to meet you, Ana!");
            assertThat(web.get("/").body()).contains("1-day streak");
        }
    }
}

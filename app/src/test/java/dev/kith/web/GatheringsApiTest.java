package dev.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kith.contacts.ContactDraft;
import dev.kith.store.BothDatabases;
import dev.kith.store.Tables;
import dev.kith.store.TestDatabase;
import java.net.http.HttpResponse;
import java.util.Map;

/** Events, attendance, groups, memberships, goals, outcomes and the report over HTTP. */
class GatheringsApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode ok(HttpResponse<String> r, int status) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return JSON.readTree(r.body());
    }

    @BothDatabases
    void aConferenceAGroupAndAGoalThroughTheApi(TestDatabase db) throws Exception {
        try (WebFixture web = new WebFixture(db)) {
            long ana = web.book.contacts().add(ContactDraft.builder("Ana Lima").build()).id();
            long bo = web.book.contacts().add(ContactDraft.builder("Bo Chen").build()).id();
            JsonNode group = ok(web.json("POST", "/api/v1/groups", "{\"name\": \"ALA\", \"kind\": \"association\"}"), 201);
            long groupId = group.get("group").get("id").asLong();
            JsonNode goal = ok(web.json("POST", "/api/v1/goals",
                    "{\"title\": \"Speak at ALA\", \"keywords\": [\"libraries\"], \"due\": \"2027-06-01\"}"), 201);
            long goalId = goal.get("goal").get("id").asLong();
            JsonNode last = ok(web.json("POST", "/api/v1/events", """
                    {"name": "ALA Annual 2025", "start": "2025-06-26", "end": "2025-06-30", "series": "ALA Annual"}"""), 201);
            long lastId = last.get("event").get("id").asLong();
            JsonNode met = ok(web.json("POST", "/api/v1/events/" + lastId + "/met",
                    "{\"name\": \"Paul Cottey\", \"email\": \"paul@acme.example\", \"organization\": \"Acme\"}"), 201);
            assertThat(met.get("created").asBoolean()).isTrue();
            assertThat(met.get("encounter").get("date").asText()).isEqualTo("2025-06-30");
            JsonNode next = ok(web.json("POST", "/api/v1/events", """
                    {"name": "ALA Annual 2026", "start": "2026-11-20", "series": "ALA Annual", "groupId": %d, "goalId": %d}"""
                    .formatted(groupId, goalId)), 201);
            long nextId = next.get("event").get("id").asLong();
            assertThat(next.get("event").get("group").asText()).isEqualTo("ALA");
            ok(web.json("POST", "/api/v1/events/" + nextId + "/attendance",
                    "{\"people\": [" + ana + "], \"firstTimer\": true, \"alone\": true}"), 200);
            JsonNode me = ok(web.json("POST", "/api/v1/events/" + nextId + "/attendance", "{\"role\": \"speaker\"}"), 200);
            assertThat(me.get("event").get("myRole").asText()).isEqualTo("speaker");
            JsonNode prep = ok(web.get("/api/v1/events/" + nextId + "/prep"), 200);
            assertThat(prep.get("catchUps").get(0).get("name").asText()).isEqualTo("Paul Cottey");
            assertThat(prep.get("invitations").get(0).get("draft").asText()).contains("dinner");
            assertThat(ok(web.get("/api/v1/events/" + lastId + "/followups"), 200).get(0).get("followedUp").asBoolean())
                    .isFalse();
            assertThat(ok(web.get("/api/v1/events"), 200)).hasSize(2);
            assertThat(ok(web.get("/api/v1/events/" + nextId), 200).get("attendees")).hasSize(1);

            JsonNode member = ok(web.json("POST", "/api/v1/groups/" + groupId + "/memberships",
                    "{\"contactId\": " + bo + ", \"role\": \"board\", \"since\": \"2026-11-12\"}"), 201);
            assertThat(member.get("role").asText()).isEqualTo("board");
            assertThat(ok(web.get("/api/v1/groups/" + groupId), 200).get("members")).hasSize(1);
            assertThat(ok(web.get("/api/v1/groups"), 200).get(0).get("members").asInt()).isEqualTo(1);

            long lunch = ok(web.json("POST", "/api/v1/interactions",
                    "{\"kind\": \"lunch\", \"people\": [" + bo + "], \"date\": \"2026-11-10\"}"), 201).get("id").asLong();
            ok(web.json("POST", "/api/v1/goals/" + goalId + "/links",
                    "{\"contacts\": [" + ana + "], \"interactions\": [" + lunch + "]}"), 200);
            ok(web.json("POST", "/api/v1/goals/" + goalId + "/outcomes", "{\"text\": \"Talk accepted\"}"), 201);
            JsonNode report = ok(web.get("/api/v1/goals/" + goalId), 200);
            assertThat(report.get("minutes").asInt()).isEqualTo(60);
            assertThat(report.get("people")).hasSize(2);
            assertThat(report.get("events")).hasSize(1);
            assertThat(report.get("outcomesPerHour").asDouble()).isEqualTo(1.0);
            assertThat(ok(web.get("/api/v1/reports/goals"), 200)).hasSize(1);
            assertThat(ok(web.get("/api/v1/goals"), 200)).hasSize(1);
        }
    }

    @BothDatabases
    void badInputIsA400NamingTheFieldAndWritesNothing(TestDatabase db) throws Exception {
        try (WebFixture web = new WebFixture(db)) {
            long ana = web.book.contacts().add(ContactDraft.builder("Ana Lima").build()).id();
            long group = web.book.groups().add("ALA", dev.kith.groups.GroupKind.ASSOCIATION).id();
            Map<String, Integer> before = Tables.records(db.database());
            JsonNode end = ok(web.json("POST", "/api/v1/events",
                    "{\"name\": \"X\", \"start\": \"2026-12-02\", \"end\": \"2026-12-01\"}"), 400);
            assertThat(end.get("field").asText()).isEqualTo("end");
            assertThat(ok(web.json("POST", "/api/v1/events", "{\"name\": \"X\", \"start\": \"2026-02-30\"}"), 400)
                    .get("field").asText()).isEqualTo("start");
            assertThat(ok(web.json("POST", "/api/v1/groups/" + group + "/memberships",
                    "{\"contactId\": " + ana + ", \"role\": \"boss\"}"), 400).get("field").asText()).isEqualTo("role");
            assertThat(web.json("POST", "/api/v1/events/999/met", "{\"name\": \"Zoe\"}").statusCode()).isEqualTo(404);
            assertThat(ok(web.json("POST", "/api/v1/groups", "{\"name\": \"Chess\", \"kind\": \"club\"}"), 400)
                    .get("field").asText()).isEqualTo("kind");
            assertThat(Tables.records(db.database())).isEqualTo(before);
        }
    }
}

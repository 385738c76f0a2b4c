package dev.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kith.store.TestDatabase;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Events, goals and targets refuse oversized fields and lists through the API, naming the field and the limit. */
class GatheringLimitsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void oversizedFieldsAndListsAre400sThatNameTheFieldAndStoreNothing() throws Exception {
        try (TestDatabase db = TestDatabase.sqlite(); WebFixture web = new WebFixture(db)) {
            String longLine = "x".repeat(1_001);
            String longText = "y".repeat(65_537);
            refused(web.json("POST", "/api/v1/events", "{\"name\": \"Summit\", \"start\": \"2026-12-01\", \"location\": \""
                    + longLine + "\"}"), "location", "1,000");
            assertThat(web.get("/api/v1/events").body()).isEqualTo("[]");

            long event = JSON.readTree(web.json("POST", "/api/v1/events",
                    "{\"name\": \"Summit\", \"start\": \"2026-12-01\"}").body()).get("event").get("id").asLong();
            String many = IntStream.rangeClosed(1, 5_001).mapToObj(Integer::toString).collect(Collectors.joining(","));
            refused(web.json("POST", "/api/v1/events/" + event + "/attendance", "{\"people\": [" + many + "]}"), "people", "5,000");

            long goal = JSON.readTree(web.json("POST", "/api/v1/goals", "{\"title\": \"Speak\"}").body())
                    .get("goal").get("id").asLong();
            refused(web.json("POST", "/api/v1/goals/" + goal + "/outcomes", "{\"text\": \"" + longText + "\"}"), "text", "64 KB");
            String thousand = IntStream.rangeClosed(1, 1_001).mapToObj(Integer::toString).collect(Collectors.joining(","));
            refused(web.json("POST", "/api/v1/goals/" + goal + "/links", "{\"contacts\": [" + thousand + "]}"), "contacts", "1,000");

            refused(web.json("POST", "/api/v1/targets", "{\"organization\": \"Acme\", \"note\": \"" + longText + "\"}"),
                    "note", "64 KB");
            refused(web.json("POST", "/api/v1/targets", "{\"organization\": \"" + "A".repeat(201) + "\"}"), "org", "200");
            assertThat(web.get("/api/v1/targets").body()).isEqualTo("[]");
        }
    }

    private static void refused(HttpResponse<String> r, String field, String limit) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        var body = JSON.readTree(r.body());
        assertThat(body.get("field").asText()).isEqualTo(field);
        assertThat(body.get("error").asText()).contains(limit);
    }
}

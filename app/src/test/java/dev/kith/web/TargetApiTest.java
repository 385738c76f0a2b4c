package dev.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kith.contacts.ContactDraft;
import dev.kith.store.BothDatabases;
import dev.kith.store.Tables;
import dev.kith.store.TestDatabase;

/** {@code /api/v1/targets}, {@code /api/v1/paths} and {@code /api/v1/breadth} over HTTP. */
class TargetApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @BothDatabases
    void targetsPathsAndBreadth(TestDatabase db) throws Exception {
        try (WebFixture web = new WebFixture(db)) {
            web.book.contacts().add(ContactDraft.builder("Ada Lovelace").organization("Analytical Engines").build());
            var created = web.json("POST", "/api/v1/targets",
                    "{\"name\": \"Grace Hopper\", \"organization\": \"Analytical Engines\", \"note\": \"compilers\"}");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            JsonNode target = JSON.readTree(created.body());
            assertThat(target.get("kind").asText()).isEqualTo("person");
            assertThat(created.headers().firstValue("Location")).contains("/api/v1/targets/" + target.get("id").asLong());
            assertThat(JSON.readTree(web.get("/api/v1/targets").body())).hasSize(1);

            var paths = web.get("/api/v1/paths?target=Grace%20Hopper&k=2");
            assertThat(paths.statusCode()).as(paths.body()).isEqualTo(200);
            JsonNode json = JSON.readTree(paths.body());
            assertThat(json.fieldNames()).toIterable().containsExactly("target", "paths", "colleagues");
            assertThat(json.get("colleagues")).as("a personal server has no colleagues").isEmpty();
            assertThat(json.get("paths").get(0).get("hops")).extracting(h -> h.get("to").asText())
                    .containsExactly("Ada Lovelace", "Grace Hopper");

            JsonNode breadth = JSON.readTree(web.get("/api/v1/breadth").body());
            assertThat(breadth.get("contacts").asInt()).isEqualTo(1);
            assertThat(breadth.get("organizations").get(0).get("name").asText()).isEqualTo("Analytical Engines");

            var archived = web.json("POST", "/api/v1/targets/" + target.get("id").asLong() + "/archive", "");
            assertThat(JSON.readTree(archived.body()).get("status").asText()).isEqualTo("archived");
        }
    }

    @BothDatabases
    void badRequestsNameTheFieldAndWriteNothing(TestDatabase db) throws Exception {
        try (WebFixture web = new WebFixture(db)) {
            web.book.contacts().add(ContactDraft.builder("Ada Lovelace").build());
            var before = Tables.records(db.database());
            assertProblem(web.json("POST", "/api/v1/targets", "{\"name\": \"Nobody Here\"}"), 400, "org");
            assertProblem(web.json("POST", "/api/v1/targets", "{\"industry\": \"x\", \"organization\": \"y\"}"), 400, "org");
            assertProblem(web.json("POST", "/api/v1/targets", "{\"nme\": \"x\"}"), 400, "nme");
            assertProblem(web.get("/api/v1/paths"), 400, "target");
            assertProblem(web.get("/api/v1/paths?target=Ada&k=0"), 400, "k");
            assertProblem(web.get("/api/v1/paths?target=Ada&maxHops=99"), 400, "maxHops");
            assertProblem(web.get("/api/v1/paths?target=Zed"), 404, null);
            assertProblem(web.get("/api/v1/targets/99"), 404, null);
            assertThat(Tables.records(db.database())).isEqualTo(before);
        }
    }

    private static void assertProblem(java.net.http.HttpResponse<String> response, int status, String field)
            throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.has("error")).isTrue();
        if (field != null) {
            assertThat(body.get("field").asText()).isEqualTo(field);
        }
    }
}

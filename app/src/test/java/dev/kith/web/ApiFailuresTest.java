package dev.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kith.contacts.ContactDraft;
import dev.kith.store.BothDatabases;
import dev.kith.store.Tables;
import dev.kith.store.TestDatabase;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/** The API's failure paths: malformed bodies (400), conflicts (409), oversized bodies (413), a broken database (500). */
class ApiFailuresTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every API call that reads a JSON body, as method and path. */
    private static final List<List<String>> WRITES = List.of(
            List.of("POST", "/api/v1/contacts"),
            List.of("PATCH", "/api/v1/contacts/{ana}"),
            List.of("POST", "/api/v1/interactions"),
            List.of("POST", "/api/v1/milestones"),
            List.of("POST", "/api/v1/ties"),
            List.of("POST", "/api/v1/tasks"),
            List.of("PATCH", "/api/v1/settings"));

    private static final List<String> MALFORMED = List.of("{", "{\"name\": ", "not json", "{\"name\": \"Bo\"} trailing",
            "{\"name\": \"Bo\"} {\"name\": \"Cy\"}", "[1, 2]", "\"a string\"", "{\"name\": \"Bo\",}", "");

    private static JsonNode problem(HttpResponse<String> r, int status) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("error").asText()).as("a message, never a stack trace").isNotBlank().doesNotContain("\tat ");
        return body;
    }

    @BothDatabases
    void aMalformedBodyIsA400AndChangesNothing(TestDatabase db) throws Exception {
        try (WebFixture web = new WebFixture(db)) {
            long ana = web.book.contacts().add(ContactDraft.builder("Ana Lima").build()).id();
            Map<String, Integer> before = Tables.records(db.database());
            for (List<String> write : WRITES) {
                String path = write.get(1).replace("{ana}", String.valueOf(ana));
                for (String body : MALFORMED) {
                    HttpResponse<String> r = web.json(write.get(0), path, body);
                    assertThat(r.statusCode()).as(write + " with " + body + ": " + r.body()).isEqualTo(400);
                    problem(r, 400);
                }
            }
            assertThat(Tables.records(db.database())).isEqualTo(before);
            assertThat(web.book.contacts().get(ana).name()).isEqualTo("Ana Lima");
        }
    }

    @BothDatabases
    void aTieRecordedTwiceIsA409NamingTheField(TestDatabase db) throws Exception {
        try (WebFixture web = new WebFixture(db)) {
            long ana = web.book.contacts().add(ContactDraft.builder("Ana Lima").build()).id();
            long bo = web.book.contacts().add(ContactDraft.builder("Bo Chen").build()).id();
            String tie = "{\"fromId\": " + ana + ", \"toId\": " + bo + ", \"kind\": \"colleague\"}";
            assertThat(web.json("POST", "/api/v1/ties", tie).statusCode()).isEqualTo(201);
            Map<String, Integer> before = Tables.records(db.database());
            JsonNode conflict = problem(web.json("POST", "/api/v1/ties", tie), 409);
            assertThat(conflict.get("field").asText()).isNotBlank();
            assertThat(Tables.records(db.database())).isEqualTo(before);
        }
    }

    @BothDatabases
    void sendingWithoutMailSettingsIsA409(TestDatabase db) throws Exception {
        try (WebFixture web = new WebFixture(db)) {
            long ana = web.book.contacts().add(ContactDraft.builder("Ana Lima").email("ana@acme.example").build()).id();
            web.book.interactions().log(dev.kith.interactions.Interaction.draft(WebFixture.TODAY.minusDays(10),
                    dev.kith.interactions.InteractionKind.EMAIL, dev.kith.interactions.Initiator.THEM, null, "hello",
                    dev.kith.interactions.Exchange.NEUTRAL, true, List.of(ana)));
            String action = JSON.readTree(web.get("/api/v1/today").body()).get("actions").get(0).get("id").asText();
            Map<String, Integer> before = Tables.records(db.database());
            JsonNode conflict = problem(web.json("POST", "/api/v1/today/" + action + "/send",
                    "{\"subject\": \"Hi\", \"note\": \"Hello\"}"), 409);
            assertThat(conflict.get("field").asText()).isEqualTo("smtp");
            assertThat(Tables.records(db.database())).isEqualTo(before);
        }
    }

    @BothDatabases
    void aBodyOverTwentyMegabytesIsA413(TestDatabase db) throws Exception {
        try (WebFixture web = new WebFixture(db)) {
            Map<String, Integer> before = Tables.records(db.database());
            String huge = "{\"name\": \"Bo\", \"notes\": \"" + "x".repeat(21 * 1024 * 1024) + "\"}";
            // Expect: 100-continue, as clients sending large bodies do: the 413 comes before the body is sent,
            // instead of racing a body into a connection the server has already answered and closed
            HttpResponse<String> r = web.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(web.base()
                            + "/api/v1/contacts")).header("Content-Type", "application/json").expectContinue(true)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(huge)).build());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
            assertThat(Tables.records(db.database())).isEqualTo(before);
            assertThat(web.get("/api/v1/contacts").statusCode()).as("the server goes on").isEqualTo(200);
        }
    }

    @BothDatabases
    void aDatabaseFaultUnderTheServerIsA500AndTheServerGoesOn(TestDatabase db) throws Exception {
        try (WebFixture web = new WebFixture(db)) {
            web.book.contacts().add(ContactDraft.builder("Ana Lima").build());
            assertThat(web.get("/api/v1/contacts").statusCode()).isEqualTo(200);
            // The fault: the contacts table disappears under the running server (another program, a bad restore).
            db.database().write(h -> h.execute("ALTER TABLE contacts RENAME TO contacts_gone"));
            problem(web.get("/api/v1/contacts"), 500);
            problem(web.json("POST", "/api/v1/contacts", "{\"name\": \"Bo\"}"), 500);
            assertThat(web.get("/api/v1/settings").statusCode()).as("what does not need the table still works")
                    .isEqualTo(200);
            db.database().write(h -> h.execute("ALTER TABLE contacts_gone RENAME TO contacts"));
            assertThat(JSON.readTree(web.get("/api/v1/contacts").body()).get("total").asInt())
                    .as("the table back, the failed write left nothing").isEqualTo(1);
        }
    }
}

package dev.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import java.net.http.HttpResponse;

class ContactsApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @BothDatabases
    void createdContactCanBeReadPatchedListedAndArchived(TestDatabase db) throws Exception {
        try (WebFixture web = new WebFixture(db)) {
            HttpResponse<String> created = web.json("POST", "/api/v1/contacts", """
                    {"name": "Ada Lovelace", "emails": ["ada@example.org"], "organization": "Analytical Engines",
                     "tags": ["math"], "circle": "close"}""");
            assertThat(created.statusCode()).isEqualTo(201);
            long id = JSON.readTree(created.body()).get("id").asLong();
            assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/contacts/" + id);

            JsonNode patched = JSON.readTree(web.json("PATCH", "/api/v1/contacts/" + id,
                    "{\"title\": \"Analyst\", \"addTags\": [\"poetry\"]}").body());
            assertThat(patched.get("tags").toString()).contains("math", "poetry");
            assertThat(patched.get("jobs").get(0).get("title").asText()).isEqualTo("Analyst");

            JsonNode listed = JSON.readTree(web.get("/api/v1/contacts?q=lovel&circle=close").body());
            assertThat(listed.get("total").asInt()).isEqualTo(1);
            assertThat(listed.get("contacts").get(0).get("name").asText()).isEqualTo("Ada Lovelace");

            assertThat(web.json("POST", "/api/v1/contacts/" + id + "/archive", "{}").statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(web.get("/api/v1/contacts").body()).get("total").asInt()).isZero();
            assertThat(JSON.readTree(web.get("/api/v1/contacts/" + id).body()).get("archived").asBoolean()).isTrue();
        }
    }

    @BothDatabases
    void invalidInputIsA400NamingTheField(TestDatabase db) throws Exception {
        try (WebFixture web = new WebFixture(db)) {
            HttpResponse<String> bad = web.json("POST", "/api/v1/contacts",
                    "{\"name\": \"Bob\", \"emails\": [\"not-an-email\"]}");
            assertThat(bad.statusCode()).isEqualTo(400);
            JsonNode error = JSON.readTree(bad.body());
            assertThat(error.get("field").asText()).isEqualTo("email");
            assertThat(error.get("error").asText()).contains("not-an-email");

            HttpResponse<String> unknownField = web.json("POST", "/api/v1/contacts", "{\"name\": \"Bob\", \"nmae\": 1}");
            assertThat(unknownField.statusCode()).isEqualTo(400);
            assertThat(JSON.readTree(unknownField.body()).get("field").asText()).isEqualTo("nmae");

            HttpResponse<String> badDate = web.json("POST", "/api/v1/contacts",
                    "{\"name\": \"Bob\", \"firstMet\": \"2026-02-30\"}");
            assertThat(badDate.statusCode()).isEqualTo(400);
            assertThat(JSON.readTree(badDate.body()).get("field").asText()).isEqualTo("firstMet");
        }
    }

    @BothDatabases
    void unknownContactIsA404(TestDatabase db) throws Exception {
        try (WebFixture web = new WebFixture(db)) {
            HttpResponse<String> missing = web.get("/api/v1/contacts/999999");
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(JSON.readTree(missing.body()).has("error")).isTrue();
            assertThat(web.json("PATCH", "/api/v1/contacts/abc", "{}").statusCode()).isEqualTo(404);
        }
    }

    @BothDatabases
    void aSearchPagesItsBestMatchesAndCountsTheRestLeavingOutArchivedPeopleAndMe(TestDatabase db) throws Exception {
        try (WebFixture web = new WebFixture(db)) {
            var contacts = web.book.contacts();
            for (int i = 0; i < 70; i++) {
                long id = contacts.add(dev.kith.contacts.ContactDraft.builder("Librarian " + i).tag("library").build()).id();
                if (i < 30) {
                    contacts.archive(id, true);
                }
            }
            web.book.setMe(contacts.add(dev.kith.contacts.ContactDraft.builder("Librarian Me").build()).id());

            JsonNode page = JSON.readTree(web.get("/api/v1/contacts?q=librarian").body());
            assertThat(page.get("total").asInt()).isEqualTo(40);
            assertThat(page.get("contacts")).as("a search shows its best 20 unless asked for more").hasSize(20);
            JsonNode all = JSON.readTree(web.get("/api/v1/contacts?q=librarian&limit=100").body());
            assertThat(all.get("contacts")).hasSize(40);
            assertThat(all.toString()).doesNotContain("Librarian Me");

            String html = web.get("/contacts?q=librarian").body();
            assertThat(html).contains("Showing 20 of 40 people").contains("href=\"/contacts?q=librarian&amp;limit=120\"");
            String more = web.get("/contacts?q=librarian&limit=120").body();
            assertThat(more).contains("40 people").doesNotContain("Show more");
            assertThat(web.get("/contacts?q=a%26b+c&tag=library&due=true&sort=last").body())
                    .doesNotContain("Show more");

            JsonNode first = JSON.readTree(web.get("/api/v1/contacts?q=librarian&limit=5").body());
            assertThat(first.get("total").asInt()).as("counted beyond the page").isEqualTo(40);
            assertThat(first.get("contacts")).hasSize(5);
            first.get("contacts").forEach(c -> assertThat(Integer.parseInt(c.get("name").asText().split(" ")[1]))
                    .as("archived people are left out").isGreaterThanOrEqualTo(30));

            JsonNode byTag = JSON.readTree(web.get("/api/v1/contacts?q=librarian&tag=library&limit=5").body());
            assertThat(byTag.get("total").asInt()).as("a filtered search takes the full path").isEqualTo(40);
            assertThat(byTag.get("contacts")).hasSize(5);
        }
    }
}

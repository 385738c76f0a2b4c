package dev.kith.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kith.contacts.ContactDraft;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;
import dev.kith.store.BothDatabases;
import dev.kith.store.Tables;
import dev.kith.store.TestDatabase;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The giving API and pages over HTTP: articles, shares, introductions, reciprocity. */
class GivingWebTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @BothDatabases
    void articlesSharesIntrosAndReciprocityOverTheApi(TestDatabase db) throws Exception {
        try (WebFixture web = new WebFixture(db)) {
            long ana = web.book.contacts().add(ContactDraft.builder("Ana Lima").interest("email migration").build()).id();
            long bo = web.book.contacts().add(ContactDraft.builder("Bo Chen").interest("email migration").build()).id();
            web.book.interactions().log(Interaction.draft(WebFixture.TODAY.minusDays(3), InteractionKind.CALL,
                    Initiator.ME, null, "asked for a favour", Exchange.ASKED, false, List.of(bo)));
            web.book.interactions().log(Interaction.draft(WebFixture.TODAY.minusDays(2), InteractionKind.CALL,
                    Initiator.ME, null, "asked again", Exchange.ASKED, false, List.of(bo)));

            HttpResponse<String> added = web.json("POST", "/api/v1/articles", """
                    {"url": "https://example.org/m", "title": "Email migration lessons", "text": "Moving mailboxes",
                     "takeaway": "Calendars first", "tags": ["email"]}""");
            assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
            long article = JSON.readTree(added.body()).get("id").asLong();
            JsonNode recipients = JSON.readTree(web.get("/api/v1/articles/" + article + "/recipients").body());
            assertThat(recipients.get(0).get("reasons").toString()).contains("interested in email migration");
            HttpResponse<String> share = web.json("POST", "/api/v1/articles/" + article + "/shares",
                    "{\"contact\": \"" + ana + "\", \"why\": \"you are planning yours\"}");
            assertThat(share.statusCode()).as(share.body()).isEqualTo(201);
            assertThat(JSON.readTree(share.body()).get("draft").asText()).contains("My top takeaway: Calendars first.");
            assertThat(web.get("/api/v1/shares").body()).contains("you are planning yours");

            assertThat(web.get("/api/v1/intros/suggestions").body()).contains("both interested in email migration");
            HttpResponse<String> intro = web.json("POST", "/api/v1/intros", "{\"a\": \"Ana\", \"b\": \"Bo\", \"why\": \"same project\"}");
            assertThat(intro.statusCode()).as(intro.body()).isEqualTo(201);
            long id = JSON.readTree(intro.body()).get("id").asLong();
            assertThat(web.json("POST", "/api/v1/intros/" + id + "/advance", "{}").body()).contains("\"asking-b\"");
            assertThat(web.json("POST", "/api/v1/intros/" + id + "/advance", "{}").body()).contains("\"made\"");
            assertThat(web.json("POST", "/api/v1/intros/" + id + "/advance", "{\"outcome\": \"they met\"}").body())
                    .contains("\"closed\"");
            assertThat(web.get("/api/v1/intros/" + id).body()).contains("they met");

            JsonNode balance = JSON.readTree(web.get("/api/v1/contacts/" + bo + "/reciprocity").body());
            assertThat(balance.get("gave").asInt()).isEqualTo(1);
            assertThat(web.get("/api/v1/reciprocity").body()).contains("Bo Chen");
        }
    }

    @BothDatabases
    void badApiInputIsA400Or404AndWritesNothing(TestDatabase db) {
        try (WebFixture web = new WebFixture(db)) {
            web.book.contacts().add(ContactDraft.builder("Ana Lima").build());
            Map<String, Integer> before = Tables.records(db.database());
            assertThat(web.json("POST", "/api/v1/articles", "{\"url\": \"nope\"}").statusCode()).isEqualTo(400);
            assertThat(web.get("/api/v1/articles/99/recipients").statusCode()).isEqualTo(404);
            assertThat(web.json("POST", "/api/v1/articles/99/shares", "{\"contact\": \"Ana\"}").statusCode()).isEqualTo(404);
            HttpResponse<String> same = web.json("POST", "/api/v1/intros", "{\"a\": \"Ana\", \"b\": \"Ana Lima\"}");
            assertThat(same.statusCode()).isEqualTo(400);
            assertThat(same.body()).contains("two different people");
            assertThat(web.json("POST", "/api/v1/intros/5/advance", "{}").statusCode()).isEqualTo(404);
            assertThat(Tables.records(db.database())).isEqualTo(before);
        }
    }

    @BothDatabases
    void contactPageWarnsWhenIOnlyAsk(TestDatabase db) {
        try (WebFixture web = new WebFixture(db)) {
            long bo = web.book.contacts().add(ContactDraft.builder("Bo Chen").build()).id();
            for (int i = 1; i <= 2; i++) {
                web.book.interactions().log(Interaction.draft(WebFixture.TODAY.minusDays(i), InteractionKind.EMAIL,
                        Initiator.ME, null, "a favour", Exchange.ASKED, false, List.of(bo)));
            }
            String page = web.get("/contacts/" + bo).body();
            assertThat(page).contains("You only contact Bo Chen to ask").contains("asked 2 times, gave 0 times");
            assertThat(web.get("/articles").statusCode()).isEqualTo(200);
            assertThat(web.get("/intros").statusCode()).isEqualTo(200);
        }
    }
}

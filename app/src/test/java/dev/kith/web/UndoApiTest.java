package dev.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kith.contacts.ContactDraft;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import java.net.http.HttpResponse;
import java.util.List;

class UndoApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @BothDatabases
    void undoOfDoneRemovesTheLoggedInteractionAndBringsTheActionBack(TestDatabase db) throws Exception {
        try (WebFixture web = new WebFixture(db)) {
            HttpResponse<String> nothing = web.json("POST", "/api/v1/undo", "");
            assertThat(nothing.statusCode()).isEqualTo(409);
            assertThat(JSON.readTree(nothing.body()).get("error").asText()).isEqualTo("there is nothing to undo");
            assertThat(web.get("/api/v1/undo").statusCode()).isEqualTo(409);

            long ana = web.book.contacts().add(ContactDraft.builder("Ana Lima").build()).id();
            web.book.interactions().log(Interaction.draft(WebFixture.TODAY.minusDays(1), InteractionKind.COFFEE,
                    Initiator.ME, null, null, Exchange.NEUTRAL, false, List.of(ana)));
            String followUp = "follow-up:" + ana + ":" + WebFixture.TODAY.minusDays(1);
            assertThat(web.get("/api/v1/today").body()).contains(followUp);

            HttpResponse<String> done = web.json("POST", "/api/v1/today/" + followUp + "/done", "{\"note\": \"Thanks!\"}");
            assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
            assertThat(web.book.interactions().withContact(ana, 10)).hasSize(2);
            assertThat(web.get("/api/v1/today").body()).doesNotContain(followUp);

            HttpResponse<String> peek = web.get("/api/v1/undo");
            assertThat(peek.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(peek.body()).get("undoable").asText()).isEqualTo("Marked “Follow up” done for Ana Lima.");

            HttpResponse<String> undo = web.json("POST", "/api/v1/undo", "");
            assertThat(undo.statusCode()).as(undo.body()).isEqualTo(200);
            JsonNode undone = JSON.readTree(undo.body());
            assertThat(undone.get("undone").asText()).isEqualTo("Marked “Follow up” done for Ana Lima.");
            assertThat(web.book.interactions().withContact(ana, 10)).hasSize(1);
            assertThat(web.get("/api/v1/today").body()).contains(followUp);
            assertThat(web.json("POST", "/api/v1/undo", "").statusCode()).isEqualTo(409);
        }
    }

    @BothDatabases
    void anUndoForOneChangeNeverRevertsALaterOne(TestDatabase db) throws Exception {
        try (WebFixture web = new WebFixture(db)) {
            long ana = web.book.contacts().add(ContactDraft.builder("Ana Lima").build()).id();
            web.book.interactions().log(Interaction.draft(WebFixture.TODAY.minusDays(1), InteractionKind.COFFEE,
                    Initiator.ME, null, null, Exchange.NEUTRAL, false, List.of(ana)));
            long omar = web.book.contacts().add(ContactDraft.builder("Omar Haddad").build()).id();
            web.book.interactions().log(Interaction.draft(WebFixture.TODAY.minusDays(1), InteractionKind.LUNCH,
                    Initiator.ME, null, null, Exchange.NEUTRAL, false, List.of(omar)));
            String followUp = "follow-up:" + ana + ":" + WebFixture.TODAY.minusDays(1);
            assertThat(web.get("/api/v1/today").body()).contains(followUp).contains("follow-up:" + omar);
            assertThat(web.json("POST", "/api/v1/today/" + followUp + "/done", "{}").statusCode()).isEqualTo(200);
            long first = JSON.readTree(web.get("/api/v1/undo").body()).get("entry").asLong();

            String second = "follow-up:" + omar + ":" + WebFixture.TODAY.minusDays(1);
            assertThat(web.json("POST", "/api/v1/today/" + second + "/done", "{}").statusCode()).as(web.get("/api/v1/today").body()).isEqualTo(200);
            long latest = JSON.readTree(web.get("/api/v1/undo").body()).get("entry").asLong();
            assertThat(latest).isGreaterThan(first);

            // the first toast's Undo, clicked after the second change: refused, and nothing reverted
            HttpResponse<String> stale = web.json("POST", "/api/v1/undo?entry=" + first, "");
            assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
            assertThat(JSON.readTree(stale.body()).get("error").asText()).contains("something changed after it");
            assertThat(web.book.interactions().withContact(omar, 10)).hasSize(2);
            assertThat(web.book.interactions().withContact(ana, 10)).hasSize(2);
            assertThat(web.json("POST", "/api/v1/undo?entry=x", "").statusCode()).isEqualTo(400);

            HttpResponse<String> undo = web.json("POST", "/api/v1/undo?entry=" + latest, "");
            assertThat(undo.statusCode()).as(undo.body()).isEqualTo(200);
            assertThat(JSON.readTree(undo.body()).get("undone").asText()).isEqualTo("Marked “Follow up” done for Omar Haddad.");
            assertThat(web.book.interactions().withContact(omar, 10)).hasSize(1);
            // undone already: a second click answers 409; now the first change is the latest and can go
            assertThat(web.json("POST", "/api/v1/undo?entry=" + latest, "").statusCode()).isEqualTo(409);
            assertThat(web.json("POST", "/api/v1/undo?entry=" + first, "").statusCode()).isEqualTo(200);
            assertThat(web.book.interactions().withContact(ana, 10)).hasSize(1);
        }
    }
}

package dev.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.kith.contacts.ContactDraft;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;
import dev.kith.store.BothDatabases;
import dev.kith.store.Tables;
import dev.kith.store.TestDatabase;
import jakarta.mail.internet.MimeMessage;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Today's notes sent by email from the web app through a real SMTP server (GreenMail), set up in Settings. */
class TodayMailTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(true);

    /** Ada, met yesterday at an event, so the plan has a follow-up for her; returns its id. */
    private static String followUpFor(WebFixture web, String email) throws Exception {
        ContactDraft.Builder ada = ContactDraft.builder("Ada Lovelace");
        if (email != null) {
            ada.email(email);
        }
        long id = web.book.contacts().add(ada.build()).id();
        web.book.interactions().log(Interaction.draft(WebFixture.TODAY.minusDays(1), InteractionKind.EVENT_ENCOUNTER,
                Initiator.ME, null, "ALA Annual", Exchange.NEUTRAL, false, List.of(id)));
        JsonNode plan = JSON.readTree(web.get("/api/v1/today").body());
        return plan.get("actions").get(0).get("id").asText();
    }

    private static void setUpMail(WebFixture web, int port) {
        HttpResponse<String> saved = web.json("PATCH", "/api/v1/settings", "{\"smtp.host\": \"127.0.0.1\", \"smtp.port\": "
                + port + ", \"smtp.from\": \"me@example.org\", \"smtp.starttls\": \"false\"}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    }

    @BothDatabases
    void theTodayPageSendsTheEditedNoteAndDoesTheAction(TestDatabase db) throws Exception {
        try (WebFixture web = new WebFixture(db)) {
            String id = followUpFor(web, "ada@engines.example");
            assertThat(web.get("/").body()).as("no send button before mail is set up").doesNotContain("Send to");
            setUpMail(web, SMTP.getSmtp().getPort());
            assertThat(Files.readString(web.mailFolder.resolve("mail.properties"))).contains("host=127.0.0.1");
            assertThat(web.get("/").body()).contains("Send to ada@engines.example", "Following up");

            HttpResponse<String> sent = web.form("/today/" + id + "/send", "_csrf=" + web.csrfToken()
                    + "&subject=" + enc("Lovely to meet you") + "&note=" + enc("Hi Ada, great talk at ALA Annual!"));
            assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);

            MimeMessage[] received = SMTP.getReceivedMessages();
            assertThat(received).hasSize(1);
            assertThat(received[0].getSubject()).isEqualTo("Lovely to meet you");
            assertThat(received[0].getAllRecipients()[0].toString()).contains("ada@engines.example");
            assertThat(((String) received[0].getContent()).strip()).isEqualTo("Hi Ada, great talk at ALA Annual!");
            JsonNode plan = JSON.readTree(web.get("/api/v1/today").body());
            assertThat(plan.get("actions")).isEmpty();
            assertThat(plan.get("streak").asInt()).isEqualTo(1);
            long ada = web.book.contacts().resolve("Ada").id();
            assertThat(web.book.interactions().withContact(ada, 1).get(0).summary()).contains("great talk at ALA Annual");
        }
    }

    @BothDatabases
    void theApiSendsAndRefusesWhatCannotBeSent(TestDatabase db) throws Exception {
        try (WebFixture web = new WebFixture(db)) {
            String id = followUpFor(web, "ada@engines.example");
            HttpResponse<String> notSetUp = web.json("POST", "/api/v1/today/" + id + "/send",
                    "{\"subject\": \"Hi\", \"note\": \"Hello\"}");
            assertThat(notSetUp.statusCode()).isEqualTo(409);
            assertThat(JSON.readTree(notSetUp.body()).get("field").asText()).isEqualTo("smtp");

            setUpMail(web, SMTP.getSmtp().getPort());
            HttpResponse<String> blank = web.json("POST", "/api/v1/today/" + id + "/send", "{\"subject\": \" \", \"note\": \"Hello\"}");
            assertThat(blank.statusCode()).isEqualTo(400);
            assertThat(JSON.readTree(blank.body()).get("field").asText()).isEqualTo("subject");

            HttpResponse<String> sent = web.json("POST", "/api/v1/today/" + id + "/send",
                    "{\"subject\": \"Hi\", \"note\": \"Hello Ada\"}");
            assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
            assertThat(JSON.readTree(sent.body()).get("id").asText()).isEqualTo(id);
            assertThat(SMTP.getReceivedMessages()).hasSize(1);
        }
    }

    @BothDatabases
    void aFailedSendLogsNothing(TestDatabase db) throws Exception {
        try (WebFixture web = new WebFixture(db)) {
            String id = followUpFor(web, "ada@engines.example");
            int closedPort;
            try (var socket = new java.net.ServerSocket(0)) {
                closedPort = socket.getLocalPort();
            }
            setUpMail(web, closedPort);
            String csrf = web.csrfToken();
            var before = Tables.records(db.database());
            HttpResponse<String> page = web.form("/today/" + id + "/send", "_csrf=" + csrf
                    + "&subject=Hi&note=" + enc("Hello Ada"));
            assertThat(page.statusCode()).isEqualTo(502);
            assertThat(page.body()).contains("not sent, and nothing was logged");
            assertThat(Tables.records(db.database())).isEqualTo(before);
            assertThat(JSON.readTree(web.get("/api/v1/today").body()).get("actions").get(0).get("id").asText())
                    .isEqualTo(id);
        }
    }

    @BothDatabases
    void someoneWithoutAnEmailGetsNoSendButton(TestDatabase db) throws Exception {
        try (WebFixture web = new WebFixture(db)) {
            String id = followUpFor(web, null);
            setUpMail(web, SMTP.getSmtp().getPort());
            assertThat(web.get("/").body()).doesNotContain("Send to");
            HttpResponse<String> refused = web.json("POST", "/api/v1/today/" + id + "/send",
                    "{\"subject\": \"Hi\", \"note\": \"Hello\"}");
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(JSON.readTree(refused.body()).get("field").asText()).isEqualTo("to");
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

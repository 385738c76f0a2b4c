package dev.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.contacts.Contact;
import dev.kith.contacts.ContactDraft;
import dev.kith.intros.Intro;
import dev.kith.intros.IntroState;
import dev.kith.store.BothDatabases;
import dev.kith.store.Tables;
import dev.kith.store.TestDatabase;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The introduction forms over HTTP on both databases: a draft records nothing, Mark sent records the
 * note as edited (and Undo reverts it), and a refused step (a stale note, a blank outcome, one person
 * twice) answers 400 in a plain sentence and leaves every table as it was.
 */
class IntroFormsTest {
    private static String form(WebFixture web, String... pairs) {
        StringBuilder sb = new StringBuilder("_csrf=" + web.csrfToken());
        for (int i = 0; i < pairs.length; i += 2) {
            sb.append('&').append(pairs[i]).append('=').append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return sb.toString();
    }

    private static String refused(WebFixture web, TestDatabase db, String path, String body) {
        Map<String, Integer> before = Tables.records(db.database());
        HttpResponse<String> answer = web.form(path, body);
        assertThat(answer.statusCode()).as(path + " " + body).isEqualTo(400);
        assertThat(Tables.records(db.database())).isEqualTo(before);
        assertThat(answer.body()).doesNotContain(PlainWordsBrowserTest.FORBIDDEN.toArray(String[]::new))
                .doesNotContain("introduction #");
        return answer.body();
    }

    private static void found(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
    }

    @BothDatabases
    void eachNoteIsADraftUntilMarkedSentAndAStaleOneIsRefused(TestDatabase db) {
        try (WebFixture web = new WebFixture(db)) {
            Contact ana = web.book.contacts().add(ContactDraft.builder("Ana Lima").build());
            Contact ben = web.book.contacts().add(ContactDraft.builder("Ben Okafor").email("ben@archive.example").build());
            Map<String, Integer> empty = Tables.records(db.database());

            HttpResponse<String> draft = web.form("/intros/draft", form(web, "a", "Ana Lima", "b", "Ben Okafor"));
            assertThat(draft.statusCode()).isEqualTo(200);
            assertThat(draft.body()).contains("Your note to Ana Lima", "Hi Ana, I", "like to introduce you to Ben Okafor",
                    "Mark sent").doesNotContain("Send to");
            assertThat(Tables.records(db.database())).isEqualTo(empty);

            found(web.form("/intros", form(web, "a", "Ana Lima", "a-id", Long.toString(ana.id()), "b", "Ben Okafor",
                    "b-id", Long.toString(ben.id()), "why", "", "note", "  Ana, meet Ben?  ")));
            Intro intro = web.book.intros().all().getFirst();
            assertThat(intro.steps()).singleElement().satisfies(s -> assertThat(s.note()).isEqualTo("Ana, meet Ben?"));

            String id = Long.toString(intro.id());
            assertThat(web.form("/intros/" + id + "/draft", form(web, "answer", "agreed")).body())
                    .contains("Ana Lima agreed — your note to Ben Okafor");
            found(web.form("/intros/" + id + "/advance", form(web, "answer", "agreed", "step", "asked-b",
                    "note", "Ben, Ana would like to meet you.")));
            assertThat(web.book.intros().get(intro.id()).state()).isEqualTo(IntroState.ASKING_B);

            // the same note posted again (another tab): the introduction moved on, so nothing is recorded
            assertThat(refused(web, db, "/intros/" + id + "/advance", form(web, "answer", "agreed", "step", "asked-b",
                    "note", "Ben, Ana would like to meet you.")))
                    .contains("This introduction moved on since the note was written");
            // an outcome before it is made, and a blank one
            assertThat(refused(web, db, "/intros/" + id + "/advance", form(web, "outcome", "they met")))
                    .contains("Only an introduction you made closes with how it went.");

            found(web.form("/intros/" + id + "/advance", form(web, "answer", "agreed", "step", "made",
                    "note", "Ana, Ben: meet each other.")));
            assertThat(web.book.intros().get(intro.id()).state()).isEqualTo(IntroState.MADE);
            assertThat(refused(web, db, "/intros/" + id + "/advance", form(web, "outcome", "  ")))
                    .contains("Say how it went to close the introduction.");
            assertThat(refused(web, db, "/intros/" + id + "/draft", form(web, "answer", "agreed")))
                    .contains("already made; note how it went instead");

            // Undo of the introduction: back to waiting for Ben
            assertThat(web.json("POST", "/api/v1/undo", "").body()).contains("Introduced Ana Lima and Ben Okafor.");
            assertThat(web.book.intros().get(intro.id()).state()).isEqualTo(IntroState.ASKING_B);
        }
    }

    @BothDatabases
    void aSendThatFailsRecordsNothingAndSaysWhyInWords(TestDatabase db) throws Exception {
        try (WebFixture web = new WebFixture(db)) {
            Contact ana = web.book.contacts().add(ContactDraft.builder("Ana Lima").email("ana@library.example").build());
            Contact ben = web.book.contacts().add(ContactDraft.builder("Ben Okafor").build());
            int closed;
            try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
                closed = socket.getLocalPort();
            }
            assertThat(web.json("PATCH", "/api/v1/settings", "{\"smtp.host\": \"127.0.0.1\", \"smtp.port\": " + closed
                    + ", \"smtp.from\": \"me@example.org\", \"smtp.starttls\": \"false\"}").statusCode()).isEqualTo(200);
            String draft = web.form("/intros/draft", form(web, "a", "Ana Lima", "b", "Ben Okafor")).body();
            assertThat(draft).contains("Send to ana@library.example");

            Map<String, Integer> before = Tables.records(db.database());
            HttpResponse<String> sent = web.form("/intros/send", form(web, "a", "Ana Lima", "a-id", Long.toString(ana.id()),
                    "b", "Ben Okafor", "b-id", Long.toString(ben.id()), "why", "", "subject", "Hello",
                    "note", "Ana, meet Ben?"));
            assertThat(sent.statusCode()).isEqualTo(502);
            assertThat(sent.body()).contains("Not sent, and nothing was recorded: could not send the email to ana@library.example",
                    "Ana, meet Ben?").doesNotContain("Exception", "java.");
            assertThat(Tables.records(db.database())).isEqualTo(before);

            // Ben has no address: the introduction to both can only be copied
            Intro intro = web.book.intros().start(ana, ben, "x");
            web.book.intros().advance(intro.id(), false, null);
            String both = web.form("/intros/" + intro.id() + "/draft", form(web, "answer", "agreed")).body();
            assertThat(both).contains("Ben Okafor has no email address here: copy the note instead")
                    .doesNotContain("Send to");
        }
    }

    @BothDatabases
    void aRefusedStartSaysWhyInASentenceAndKeepsWhatWasTyped(TestDatabase db) {
        try (WebFixture web = new WebFixture(db)) {
            web.book.contacts().add(ContactDraft.builder("Ana Lima").build());
            String page = refused(web, db, "/intros/draft", form(web, "a", "Ana Lima", "b", "Ana Lima", "why", "same team"));
            assertThat(page).contains("An introduction needs two different people, both are Ana Lima.", "value=\"same team\"");
            assertThat(refused(web, db, "/intros", form(web, "a", "Ana Lima", "b", "Nobody Atall", "note", "hi")))
                    .contains("No contact named");
        }
    }
}

package dev.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Import › New people over HTTP: the people captured mail shows, added as a contact or ignored with a form. */
class PeoplePageTest {
    private static String form(WebFixture web, String email) {
        return "_csrf=" + web.csrfToken() + "&email=" + URLEncoder.encode(email, StandardCharsets.UTF_8);
    }

    @BothDatabases
    void newPeopleFromCapturedMailAreAddedOrIgnoredFromThePage(TestDatabase db) throws IOException {
        try (WebFixture web = new WebFixture(db)) {
            Path mbox = Files.createTempFile("kith-people", ".mbox");
            try (InputStream in = PeoplePageTest.class.getResourceAsStream("/capture/gmail-takeout.mbox")) {
                Files.write(mbox, in.readAllBytes());
            }
            web.book.capture().addresses().set(java.util.List.of("ana.lima@work.example", "ana@home.example"));
            web.book.capture().mail().importMbox(mbox);
            var people = web.book.capture().inbox().list();
            assertThat(people).hasSizeGreaterThanOrEqualTo(2);
            String first = people.get(0).email();
            String second = people.get(1).email();

            assertThat(web.get("/import/people").body()).contains(first, second, "Add", "Ignore");
            var added = web.form("/import/people/add", form(web, first));
            assertThat(added.statusCode()).isEqualTo(200);
            assertThat(added.body()).contains("Added ").doesNotContain("<td>" + first + "</td>");
            assertThat(web.book.contacts().idsByEmail(java.util.List.of(first))).isNotEmpty();

            var ignored = web.form("/import/people/ignore", form(web, second));
            assertThat(ignored.body()).contains("Ignored " + second).doesNotContain("<td>" + second + "</td>");
            var again = web.form("/import/people/add", form(web, first));
            assertThat(again.statusCode()).isEqualTo(400);
            assertThat(again.body()).contains("already a contact");
            Files.deleteIfExists(mbox);
        }
    }
}

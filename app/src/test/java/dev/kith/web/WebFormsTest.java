package dev.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.contacts.Contact;
import dev.kith.contacts.ContactDraft;
import dev.kith.events.AttendanceRole;
import dev.kith.events.Attendee;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;
import dev.kith.network.Target;
import dev.kith.network.TargetStatus;
import dev.kith.store.BothDatabases;
import dev.kith.store.Tables;
import dev.kith.store.TestDatabase;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The web forms over plain HTTP, as a browser without JavaScript posts them: each valid form stores what
 * it says and redirects; each invalid one is a 400 that stores nothing. Until now some of these flows
 * were tested only in Chromium (or not at all).
 */
class WebFormsTest {
    private static String form(WebFixture web, String... pairs) {
        StringBuilder sb = new StringBuilder("_csrf=" + web.csrfToken());
        for (int i = 0; i < pairs.length; i += 2) {
            sb.append('&').append(pairs[i]).append('=').append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return sb.toString();
    }

    private static String redirected(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isBetween(300, 399);
        return r.headers().firstValue("Location").orElseThrow();
    }

    private static void refused(WebFixture web, TestDatabase db, String path, String body) {
        Map<String, Integer> before = Tables.records(db.database());
        assertThat(web.form(path, body).statusCode()).as(path + " " + body).isEqualTo(400);
        assertThat(Tables.records(db.database())).isEqualTo(before);
    }

    @BothDatabases
    void theContactEditFormChangesTheContact(TestDatabase db) {
        try (WebFixture web = new WebFixture(db)) {
            Contact ana = web.book.contacts().add(ContactDraft.builder("Ana Lima").email("ana@acme.example").build());
            String page = web.get("/contacts/" + ana.id() + "/edit").body();
            assertThat(page).contains("Ana Lima", "ana@acme.example");
            assertThat(redirected(web.form("/contacts/" + ana.id(), form(web, "name", "Ana Maria Lima",
                    "email", "ana@acme.example\nana@home.example", "organization", "Acme", "title", "CIO",
                    "tag", "library, sailing", "circle", "close")))).isEqualTo("/contacts/" + ana.id());
            Contact edited = web.book.contacts().get(ana.id());
            assertThat(edited.name()).isEqualTo("Ana Maria Lima");
            assertThat(edited.emails()).containsExactly("ana@acme.example", "ana@home.example");
            assertThat(edited.tags()).containsExactlyInAnyOrder("library", "sailing");
            assertThat(edited.currentJob()).hasValueSatisfying(j -> assertThat(j.organization()).isEqualTo("Acme"));

            refused(web, db, "/contacts/" + ana.id(), form(web, "name", " "));
            refused(web, db, "/contacts/" + ana.id(), form(web, "name", "Ana", "email", "not-an-email"));
            assertThat(web.book.contacts().get(ana.id()).name()).isEqualTo("Ana Maria Lima");
        }
    }

    @BothDatabases
    void loggingFromAContactPageRecordsTheInteraction(TestDatabase db) {
        try (WebFixture web = new WebFixture(db)) {
            Contact ana = web.book.contacts().add(ContactDraft.builder("Ana Lima").build());
            assertThat(redirected(web.form("/contacts/" + ana.id() + "/interactions", form(web, "kind", "coffee",
                    "date", "2026-11-14", "minutes", "45", "summary", "talked about archives"))))
                    .isEqualTo("/contacts/" + ana.id());
            assertThat(web.book.interactions().withContact(ana.id(), 5)).singleElement().satisfies(i -> {
                assertThat(i.kind()).isEqualTo(InteractionKind.COFFEE);
                assertThat(i.summary()).isEqualTo("talked about archives");
                assertThat(i.date()).hasToString("2026-11-14");
            });
            assertThat(web.get("/contacts/" + ana.id()).body()).contains("talked about archives");
            refused(web, db, "/contacts/" + ana.id() + "/interactions", form(web, "kind", "telepathy"));
            refused(web, db, "/contacts/" + ana.id() + "/interactions", form(web, "kind", "call", "date", "2026-02-30"));
        }
    }

    @BothDatabases
    void theEventFormAddsAnEventAndTheAttendanceFormAddsPeople(TestDatabase db) {
        try (WebFixture web = new WebFixture(db)) {
            Contact ana = web.book.contacts().add(ContactDraft.builder("Ana Lima").build());
            String event = redirected(web.form("/events", form(web, "name", "Archives Summit", "start", "2026-11-20",
                    "end", "2026-11-21", "location", "Porto")));
            long id = Long.parseLong(event.substring("/events/".length()));
            assertThat(web.book.events().get(id).name()).isEqualTo("Archives Summit");
            assertThat(redirected(web.form(event + "/attend", form(web, "person", "Ana Lima", "role", "speaker",
                    "first-timer", "on")))).startsWith(event);
            assertThat(web.book.events().attendees(id)).extracting(Attendee::contactId, Attendee::role, Attendee::firstTimer)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(ana.id(), AttendanceRole.SPEAKER, true));
            assertThat(web.get(event).body()).contains("Archives Summit", "Ana Lima");

            refused(web, db, "/events", form(web, "name", "Backwards", "start", "2026-11-20", "end", "2026-11-19"));
            refused(web, db, event + "/attend", form(web, "person", "Nobody Known"));
            refused(web, db, event + "/attend", form(web, "person", "Ana Lima", "role", "juggler"));
        }
    }

    @BothDatabases
    void theGoalLinkFormLinksAPerson(TestDatabase db) {
        try (WebFixture web = new WebFixture(db)) {
            Contact ana = web.book.contacts().add(ContactDraft.builder("Ana Lima").build());
            long goal = web.book.goals().add("Move into consulting", java.util.List.of("consulting"), null).id();
            redirected(web.form("/goals/" + goal + "/contacts", form(web, "person", "Ana")));
            assertThat(web.book.goals().contacts(goal)).containsExactly(ana.id());
            assertThat(web.get("/goals/" + goal).body()).contains("Ana Lima");
            refused(web, db, "/goals/" + goal + "/contacts", form(web, "person", "Nobody Known"));
        }
    }

    @BothDatabases
    void theArticleFormAddsAnArticle(TestDatabase db) {
        try (WebFixture web = new WebFixture(db)) {
            redirected(web.form("/articles", form(web, "url", "https://example.org/indexes", "title", "On indexes",
                    "takeaway", "B-trees win", "tags", "databases, search")));
            assertThat(web.book.articles().list()).singleElement().satisfies(a -> {
                assertThat(a.title()).isEqualTo("On indexes");
                assertThat(a.tags()).containsExactlyInAnyOrder("databases", "search");
            });
            refused(web, db, "/articles", form(web, "url", " ", "title", "No address"));
        }
    }

    @BothDatabases
    void theTargetFormAddsATargetAndArchivingHidesIt(TestDatabase db) {
        try (WebFixture web = new WebFixture(db)) {
            assertThat(redirected(web.form("/targets", form(web, "org", "Lovelace Labs", "note", "a way in"))))
                    .startsWith("/targets#target-");
            Target target = web.book.network().targets().list(true).getFirst();
            assertThat(target.organization()).isEqualTo("Lovelace Labs");
            assertThat(web.get("/targets").body()).contains("Lovelace Labs");

            assertThat(redirected(web.form("/targets/" + target.id() + "/archive", form(web)))).isEqualTo("/targets");
            assertThat(web.book.network().targets().get(target.id()).status()).isEqualTo(TargetStatus.ARCHIVED);
            assertThat(web.book.network().targets().list(false)).isEmpty();
            refused(web, db, "/targets", form(web, "note", "nothing to aim at"));
        }
    }

    @BothDatabases
    void aFormWithoutTheCsrfTokenIsRefusedAndStoresNothing(TestDatabase db) {
        try (WebFixture web = new WebFixture(db)) {
            Contact ana = web.book.contacts().add(ContactDraft.builder("Ana Lima").build());
            Map<String, Integer> before = Tables.records(db.database());
            assertThat(web.form("/contacts/" + ana.id() + "/interactions", "kind=call").statusCode()).isEqualTo(403);
            assertThat(web.form("/targets", "org=Acme").statusCode()).isEqualTo(403);
            assertThat(Tables.records(db.database())).isEqualTo(before);
            assertThat(web.book.interactions().withContact(ana.id(), 5)).extracting(Interaction::id).isEmpty();
        }
    }

    @BothDatabases
    void anImportIsADryRunThenAppliedOnce(TestDatabase db) throws Exception {
        try (WebFixture web = new WebFixture(db)) {
            String csv = """
                    Notes:
                    "When exporting your connection data, you may notice that some of the email addresses are missing."

                    First Name,Last Name,URL,Email Address,Company,Position,Connected On
                    Grace,Hopper,https://www.linkedin.com/in/grace-hopper,grace@navy.example,US Navy,Rear Admiral,24 Nov 2026
                    Ada,Lovelace,,,"Analytical Engines, Ltd",Analyst,02 Jan 2025
                    """;
            Map<String, Integer> before = Tables.records(db.database());
            HttpResponse<String> dryRun = web.send(multipart(web, "Connections.csv", csv));
            assertThat(dryRun.statusCode()).as(dryRun.body()).isEqualTo(200);
            assertThat(dryRun.body()).contains("LinkedIn connections", "<strong>2</strong> to add", "Grace Hopper", "Ada Lovelace");
            Map<String, Integer> held = new java.util.HashMap<>(before);
            held.merge("pending_imports", 1, Integer::sum);
            assertThat(Tables.records(db.database())).as("a dry run only holds the upload").isEqualTo(held);
            java.util.regex.Matcher upload = java.util.regex.Pattern.compile("name=\"upload\" value=\"([^\"]+)\"")
                    .matcher(dryRun.body());
            assertThat(upload.find()).isTrue();

            HttpResponse<String> applied = web.form("/import/apply", form(web, "upload", upload.group(1)));
            assertThat(applied.statusCode()).as(applied.body()).isEqualTo(200);
            assertThat(applied.body()).contains("Added");
            assertThat(web.book.contacts().list(dev.kith.contacts.ContactFilter.ALL_ACTIVE))
                    .extracting(dev.kith.contacts.ContactSummary::name).containsExactlyInAnyOrder("Grace Hopper", "Ada Lovelace");

            Map<String, Integer> after = Tables.records(db.database());
            assertThat(web.form("/import/apply", form(web, "upload", upload.group(1))).statusCode())
                    .as("an upload is applied once").isEqualTo(400);
            assertThat(web.send(multipart(web, "empty.csv", "")).statusCode()).isEqualTo(400);
            assertThat(Tables.records(db.database())).isEqualTo(after);
        }
    }

    /** {@code POST /import} as the page's form sends it: multipart, with the CSRF token and one file. */
    private static java.net.http.HttpRequest multipart(WebFixture web, String fileName, String content) {
        String boundary = "kith-test-boundary";
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + web.csrfToken() + "\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + content + "\r\n"
                + "--" + boundary + "--\r\n";
        return java.net.http.HttpRequest.newBuilder(java.net.URI.create(web.base() + "/import"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    }
}

package dev.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.capture.NewPerson;
import dev.kith.contacts.ContactDraft;
import dev.kith.core.Zips;
import dev.kith.interactions.Interaction;
import dev.kith.store.BothDatabases;
import dev.kith.store.Tables;
import dev.kith.store.TestDatabase;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mail and calendars uploaded on the Import page, through the real server, as {@code kith import mbox|ics FILE}
 * captures them: an .ics, an mbox and Google's Takeout ZIP of mbox files land in the book, with the page saying
 * what was read and found and naming each warning's file and line as the user knows it; a damaged calendar changes
 * nothing; an upload over the configured limit is refused; and the upload's file never outlives its request.
 */
class ImportMailAndCalendarTest {
    static final String ME = "ana.lima@work.example";
    static final String TAKEOUT_MBOX = "All mail Including Spam and Trash.mbox";
    /** A meeting with Bea (a contact) and Dana (not one), then one whose start is no date. */
    static final String ICS = """
            BEGIN:VCALENDAR\r
            VERSION:2.0\r
            PRODID:-//Kith tests//EN\r
            BEGIN:VEVENT\r
            UID:lunch-1@kith.test\r
            DTSTAMP:20261101T000000Z\r
            DTSTART:20261110T120000Z\r
            DTEND:20261110T130000Z\r
            SUMMARY:Lunch with Bea and Dana\r
            ORGANIZER;CN=Ana Lima:mailto:ana.lima@work.example\r
            ATTENDEE;CN=Bea Ortiz;PARTSTAT=ACCEPTED:mailto:BEA@client.example\r
            ATTENDEE;CN=Dana Fox;PARTSTAT=ACCEPTED:mailto:dana@startup.example\r
            END:VEVENT\r
            BEGIN:VEVENT\r
            UID:bad-start@kith.test\r
            DTSTAMP:20261101T000000Z\r
            DTSTART:next tuesday at ten\r
            SUMMARY:Bad start\r
            ORGANIZER;CN=Ana Lima:mailto:ana.lima@work.example\r
            ATTENDEE;CN=Bea Ortiz;PARTSTAT=ACCEPTED:mailto:bea@client.example\r
            END:VEVENT\r
            END:VCALENDAR\r
            """;
    /** Bea asks (and waits for an answer); Ana writes José, who answers; a message with no sender (line 29). */
    static final String MBOX = """
            From bea@client.example Mon Nov 02 12:00:00 2026
            Message-ID: <m1.lunch@client.example>
            Date: Mon, 02 Nov 2026 12:00:00 +0000
            From: Bea Ortiz <bea@client.example>
            To: Ana Lima <ana.lima@work.example>
            Subject: Lunch next week?

            Shall we have lunch next week? The orchid code is 4417.

            From ana.lima@work.example Tue Nov 03 09:00:00 2026
            Message-ID: <m2.paper@work.example>
            Date: Tue, 03 Nov 2026 09:00:00 +0000
            From: Ana Lima <ana.lima@work.example>
            To: Jose Nunez <jose@uni.example>
            Subject: Paper draft

            Here is the draft.

            From jose@uni.example Wed Nov 04 10:00:00 2026
            Message-ID: <m3.re-paper@uni.example>
            Date: Wed, 04 Nov 2026 10:00:00 +0000
            From: Jose Nunez <jose@uni.example>
            To: Ana Lima <ana.lima@work.example>
            Subject: Re: Paper draft
            In-Reply-To: <m2.paper@work.example>

            Thanks, reading it now.

            From nobody Thu Nov 05 10:00:00 2026
            Message-ID: <m4.nofrom@x.example>
            Date: Thu, 05 Nov 2026 10:00:00 +0000
            To: Ana Lima <ana.lima@work.example>
            Subject: Who sent this?

            No sender.
            """;

    @TempDir
    Path uploads;

    /** A server keeping its uploads in this test's folder, so that the test sees what is left there. */
    private WebFixture web(TestDatabase db) {
        return new WebFixture(db, WebOptions.local(0).withUploads(WebOptions.DEFAULT_MAX_UPLOAD, uploads));
    }

    static final String BOUNDARY = "kithmailboundary";

    /** POST /import of {@code file} named {@code fileName}, with the form's addresses field {@code me} unless null. */
    static HttpRequest upload(WebFixture web, String fileName, byte[] file, String me) {
        return post(web, HttpRequest.BodyPublishers.ofByteArray(form(web.csrfToken(), fileName, file, me)));
    }

    private static HttpRequest post(WebFixture web, HttpRequest.BodyPublisher body) {
        return HttpRequest.newBuilder(URI.create(web.base() + "/import"))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY).POST(body).build();
    }

    /** The Import form's body as a browser sends it, with the CSRF token {@code csrf}. */
    static byte[] form(String csrf, String fileName, byte[] file, String me) {
        StringBuilder head = new StringBuilder("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                + csrf + "\r\n");
        if (me != null) {
            head.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"me\"\r\n\r\n").append(me)
                    .append("\r\n");
        }
        head.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
                .append(fileName).append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Kith deletes the upload it kept before it answers; Jetty deletes its own part files when the request completes,
     * which is just after the answer was sent (a refused request's parts): so this looks again for a few seconds.
     */
    private void assertNoUploadLeft() throws IOException, InterruptedException {
        try (Stream<Path> kept = Files.list(uploads)) {
            assertThat(kept.filter(p -> p.getFileName().toString().startsWith("kith-import-")).toList())
                    .as("the upload Kith kept is deleted before the answer").isEmpty();
        }
        List<Path> left = List.of();
        for (long deadline = System.nanoTime() + 10_000_000_000L; System.nanoTime() < deadline; Thread.sleep(50)) {
            try (Stream<Path> files = Files.list(uploads)) {
                left = files.toList();
            }
            if (left.isEmpty()) {
                return;
            }
        }
        assertThat(left).as("the upload is deleted once imported, refused or failed").isEmpty();
    }

    private static List<Interaction> with(WebFixture web, long contact) {
        return web.book.interactions().withContact(contact, 10);
    }

    @BothDatabases
    void aCalendarFileIsCapturedAsMeetingsAndTheFormsAddressesAreKeptAsTheUsersOwn(TestDatabase db) throws Exception {
        try (WebFixture web = web(db)) {
            long bea = web.book.contacts().add(ContactDraft.builder("Bea Ortiz").email("bea@client.example").build()).id();

            HttpResponse<String> posted = web.send(upload(web, "work.ics", utf8(ICS), ME));
            assertThat(posted.headers().firstValue("Location")).as(posted.body())
                    .hasValueSatisfying(l -> assertThat(l).startsWith("/import?done="));
            HttpResponse<String> r = ImportLinkedInExportTest.follow(web, posted);

            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("Captured: work.ics", "<strong>1</strong> meeting read",
                    "<strong>1</strong> interaction logged", "<strong>1</strong> new person to look at",
                    "<strong>1</strong> left out", "Captured work.ics: 1 meeting read, 1 interaction logged; 2 warnings.",
                    "<li>work.ics:14: event 'bad-start@kith.test' skipped: no readable start (DTSTART)</li>");
            assertThat(r.body())
                    .doesNotContain(uploads.toString()).doesNotContain("kith-import-");
            assertThat(with(web, bea)).singleElement().satisfies(i -> assertThat(i.date()).hasToString("2026-11-10"));
            assertThat(web.book.capture().inbox().list()).extracting(NewPerson::email).contains("dana@startup.example");
            assertThat(web.book.capture().addresses().list()).containsExactly(ME);
            assertThat(web.get("/import").body()).as("the form shows the addresses kept")
                    .contains("value=\"" + ME + "\"");
            assertNoUploadLeft();

            HttpResponse<String> again = ImportLinkedInExportTest.follow(web, web.send(upload(web, "work.ics", utf8(ICS), ME)));
            assertThat(again.body()).contains("<strong>0</strong> interactions logged", "<strong>1</strong> captured before");
            assertThat(with(web, bea)).as("nothing twice").hasSize(1);
        }
    }

    @BothDatabases
    void anMboxIsCapturedWithRepliesOwedNewPeopleAndItsWarningsFileAndLine(TestDatabase db) throws Exception {
        try (WebFixture web = web(db)) {
            web.book.capture().addresses().add(ME);
            long bea = web.book.contacts().add(ContactDraft.builder("Bea Ortiz").email("bea@client.example").build()).id();

            HttpResponse<String> r = ImportLinkedInExportTest.follow(web,
                    web.send(upload(web, TAKEOUT_MBOX, utf8(MBOX), "")));

            assertThat(r.body()).contains("Captured: " + TAKEOUT_MBOX, "<strong>4</strong> messages read",
                    "<strong>1</strong> interaction logged", "<strong>1</strong> unreadable",
                    "<li>" + TAKEOUT_MBOX + ":29: no From field</li>");
            assertThat(r.body()).doesNotContain(uploads.toString()).doesNotContain("orchid code");
            assertThat(with(web, bea)).singleElement().satisfies(i -> assertThat(i.date()).hasToString("2026-11-02"));
            assertThat(web.book.capture().replies().owed()).extracting(o -> o.person().id()).contains(bea);
            assertThat(web.book.capture().inbox().list()).extracting(NewPerson::email).contains("jose@uni.example");
            assertNoUploadLeft();
        }
    }

    @BothDatabases
    void googleTakeoutsZipOfMboxFilesIsCapturedNamingTheFileInsideInWarnings(TestDatabase db) throws Exception {
        try (WebFixture web = web(db)) {
            web.book.capture().addresses().add(ME);
            long bea = web.book.contacts().add(ContactDraft.builder("Bea Ortiz").email("bea@client.example").build()).id();
            byte[] takeout = Zips.bytes("Takeout/archive_browser.html", "<html></html>",
                    "Takeout/Mail/" + TAKEOUT_MBOX, MBOX);

            HttpResponse<String> r = ImportLinkedInExportTest.follow(web,
                    web.send(upload(web, "takeout-20261201T101010Z-001.zip", takeout, null)));

            assertThat(r.body()).contains("Captured: takeout-20261201T101010Z-001.zip", "<strong>4</strong> messages read",
                    "<li>Takeout/Mail/" + TAKEOUT_MBOX + ":29: no From field</li>");
            assertThat(r.body()).doesNotContain(uploads.toString());
            assertThat(with(web, bea)).hasSize(1);
            assertThat(web.book.capture().inbox().list()).extracting(NewPerson::email).contains("jose@uni.example");
            assertNoUploadLeft();
        }
    }

    /** Google Calendar's export (a ZIP, one .ics per calendar) and a message saved as .eml, as a user would pick them. */
    @BothDatabases
    void googleCalendarsExportZipAndASavedMessageAreCapturedToo(TestDatabase db) throws Exception {
        try (WebFixture web = web(db)) {
            long bea = web.book.contacts().add(ContactDraft.builder("Bea Ortiz").email("bea@client.example").build()).id();
            byte[] calendars = Zips.bytes("ana.lima@work.example.ics", ICS,
                    "Holidays_en.usa#holiday@group.v.calendar.google.com.ics", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");

            HttpResponse<String> r = ImportLinkedInExportTest.follow(web,
                    web.send(upload(web, "ana.lima@work.example.ical.zip", calendars, ME)));

            assertThat(r.body()).contains("Captured: ana.lima@work.example.ical.zip", "<strong>1</strong> meeting read",
                    "<strong>1</strong> interaction logged");
            assertThat(with(web, bea)).singleElement().satisfies(i -> assertThat(i.date()).hasToString("2026-11-10"));

            String saved = MBOX.substring(MBOX.indexOf('\n') + 1, MBOX.indexOf("\nFrom ana.lima"));
            HttpResponse<String> eml = ImportLinkedInExportTest.follow(web,
                    web.send(upload(web, "Lunch next week.eml", utf8(saved), null)));

            assertThat(eml.body()).contains("Captured: Lunch next week.eml", "<strong>1</strong> message read");
            assertThat(eml.body()).doesNotContain("orchid code");
            assertThat(web.book.capture().replies().owed()).extracting(o -> o.person().id()).contains(bea);
            assertNoUploadLeft();
        }
    }

    @BothDatabases
    void aTruncatedCalendarChangesNothingAndSaysItsFileLineAndReason(TestDatabase db) throws Exception {
        try (WebFixture web = web(db)) {
            web.book.contacts().add(ContactDraft.builder("Bea Ortiz").email("bea@client.example").build());
            Map<String, Integer> before = Tables.records(db.database());
            String truncated = ICS.substring(0, ICS.indexOf("END:VEVENT"));

            HttpResponse<String> r = web.send(upload(web, "work.ics", utf8(truncated), ME));

            assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
            assertThat(r.body()).contains("Nothing was imported: work.ics, line 4: the calendar ends inside the VEVENT that starts here"
                            + " (no END:VEVENT): it was cut short.")
                    .doesNotContain(uploads.toString());
            assertThat(Tables.records(db.database())).as("all or nothing, the addresses given included").isEqualTo(before);
            assertThat(web.book.capture().addresses().list()).isEmpty();
            assertNoUploadLeft();
        }
    }

    @Test
    void mailWithoutTheUsersAddressesIsRefusedSayingSo() throws Exception {
        try (TestDatabase db = TestDatabase.sqlite(); WebFixture web = web(db)) {
            Map<String, Integer> before = Tables.records(db.database());

            HttpResponse<String> none = web.send(upload(web, "Inbox.mbox", utf8(MBOX), ""));
            assertThat(none.statusCode()).isEqualTo(400);
            assertThat(none.body()).contains("give your own email addresses first");

            HttpResponse<String> bad = web.send(upload(web, "Inbox.mbox", utf8(MBOX), ME + ", not-an-address"));
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(bad.body()).contains("Nothing was imported: your email addresses:");
            assertThat(Tables.records(db.database())).isEqualTo(before);
            assertNoUploadLeft();
        }
    }

    @Test
    void anUploadOverTheConfiguredLimitIsRefusedWithTheLimitAndLeavesNothing() throws Exception {
        try (TestDatabase db = TestDatabase.sqlite();
             WebFixture web = new WebFixture(db, WebOptions.local(0).withUploads(64 << 10, uploads))) {
            web.book.capture().addresses().add(ME);
            Map<String, Integer> before = Tables.records(db.database());
            byte[] large = utf8(MBOX.repeat(200));

            HttpResponse<String> declared = web.send(upload(web, TAKEOUT_MBOX, large, null));
            assertThat(declared.statusCode()).as(declared.body()).isEqualTo(413);
            assertThat(declared.body()).contains("larger than the Import page's limit of 64 KB (65,536 bytes): nothing was imported");

            byte[] body = form(web.csrfToken(), TAKEOUT_MBOX, large, null);
            // sent in chunks, with no length for the server to check first: refused once past the limit
            HttpResponse<String> streamed = web.send(post(web,
                    HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))));
            assertThat(streamed.statusCode()).as(streamed.body()).isEqualTo(413);
            assertThat(streamed.body()).contains("64 KB");

            assertThat(Tables.records(db.database())).isEqualTo(before);
            assertNoUploadLeft();
            HttpResponse<String> small = web.send(upload(web, TAKEOUT_MBOX, utf8(MBOX), null));
            assertThat(small.statusCode()).as("under the limit: captured").isEqualTo(303);
        }
    }

    @Test
    void anUploadWithoutTheSessionOrTheCsrfTokenIsRefusedAndLeavesNothing() throws Exception {
        try (TestDatabase db = TestDatabase.sqlite(); WebFixture web = web(db)) {
            Map<String, Integer> before = Tables.records(db.database());
            HttpResponse<String> stranger = web.anonymous(upload(web, "work.ics", utf8(ICS), ME));
            assertThat(stranger.statusCode()).isIn(401, 403);
            HttpResponse<String> noToken = web.send(post(web,
                    HttpRequest.BodyPublishers.ofByteArray(form("forged", "work.ics", utf8(ICS), ME))));
            assertThat(noToken.statusCode()).isEqualTo(403);
            assertThat(Tables.records(db.database())).isEqualTo(before);
            assertNoUploadLeft();
        }
    }
}

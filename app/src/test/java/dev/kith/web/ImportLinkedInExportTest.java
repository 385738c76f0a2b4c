package dev.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.contacts.Contact;
import dev.kith.contacts.ContactDraft;
import dev.kith.core.Zips;
import dev.kith.io.backup.Backup;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * LinkedIn's whole data export ZIP uploaded on the Import page, through the real server: who "you" are, the
 * connections and the messages in one change that one undo reverts; a damaged file inside refused with its
 * file and line and the book as it was; a ZIP that is not the export refused, saying what was expected.
 */
class ImportLinkedInExportTest {
    static final String EXPORT = "Basic_LinkedInDataExport_12-07-2026.zip";
    static final String PROFILE = "\uFEFFFirst Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,"
            + "Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\n"
            + "Maya,Lindqvist,,,\"Jun 3, 1988\",Product Manager at Globex,I build products.,Software Development,,"
            + "\"Stockholm, Sweden\",,,\n";
    /** LinkedIn's Connections.csv as it comes: three lines of notes, then the header; Carl's date is impossible. */
    static final String CONNECTIONS = "Notes:\n\"When exporting your connection data, you may notice that some of the"
            + " email addresses are missing.\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
            + "Bea,Ortiz,https://www.linkedin.com/in/bea-ortiz,,Open Shelf,Editor,10 Nov 2025\n"
            + "Carl,Berg,https://www.linkedin.com/in/carl-berg,,Keystone IT,CIO,31 Feb 2024\n";
    private static final Pattern ENTRY = Pattern.compile("class=\"toast\" data-undo=\"true\" data-entry=\"(\\d+)\"");

    static String messages() throws IOException {
        try (InputStream in = ImportLinkedInExportTest.class.getResourceAsStream("/capture/linkedin/messages.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static byte[] export() throws IOException {
        // LinkedIn's order puts Connections.csv before Profile.csv: who "you" are still comes first
        return Zips.bytes("Connections.csv", CONNECTIONS, "messages.csv", messages(), "Profile.csv", PROFILE,
                "Invitations.csv", "From,To,Sent At,Message,Direction\n");
    }

    /** POST /import of {@code file} as the Import page's form sends it, with {@code csrf} unless null. */
    static HttpRequest upload(WebFixture web, String fileName, byte[] file, String csrf) {
        String boundary = "kithzipboundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (csrf != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(web.base() + "/import"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
    }

    /** The page a 303 leads to, opened as the browser would: with the session and the toast's cookie. */
    static HttpResponse<String> follow(WebFixture web, HttpResponse<String> redirect) {
        assertThat(redirect.statusCode()).as(redirect.body()).isEqualTo(303);
        String toast = redirect.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(Toasts.COOKIE + "="))
                .map(c -> c.split(";", 2)[0]).findFirst().orElse("");
        return web.send(HttpRequest.newBuilder(URI.create(web.base() + redirect.headers().firstValue("Location").orElseThrow()))
                .header("Cookie", web.cookie + (toast.isEmpty() ? "" : "; " + toast)).GET().build());
    }

    private static Contact named(WebFixture web, String name) {
        return web.book.contacts().all().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in the book"));
    }

    @BothDatabases
    void theWholeExportIsImportedAsOneChangeThatOneUndoReverts(TestDatabase db) throws Exception {
        try (WebFixture web = new WebFixture(db)) {
            long carl = web.book.contacts().add(ContactDraft.builder("Carl Berg").organization("Keystone IT").build()).id();
            String before = Backup.toJson(web.book.book());

            HttpResponse<String> posted = web.send(upload(web, EXPORT, export(), web.csrfToken()));
            assertThat(posted.headers().firstValue("Location")).as("a reload shows the result, never imports again")
                    .hasValueSatisfying(l -> assertThat(l).startsWith("/import?done="));
            HttpResponse<String> r = follow(web, posted);

            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            assertThat(r.body()).contains("Imported: " + EXPORT,
                    "<strong>You:</strong> Maya Lindqvist (added and set as you); filled in: title, location",
                    "<strong>Connections:</strong> 1 added, 1 merged, 0 already up to date",
                    "<strong>Messages:</strong> 6 messages read, 4 interactions logged, 1 awaiting your reply",
                    "Connections.csv, line 6: Connected On: '31 Feb 2024' is not a valid date",
                    "Imported " + EXPORT + ": you are Maya Lindqvist; 1 connection added, 1 merged; 6 messages read;"
                            + " 1 warning.");
            assertThat(r.body()).doesNotContain(EXPORT + "!").doesNotContain(PlainWordsBrowserTest.FORBIDDEN.toArray(String[]::new));
            assertThat(web.book.me()).contains(named(web, "Maya Lindqvist").id());
            assertThat(named(web, "Bea Ortiz").archived()).isFalse();
            assertThat(named(web, "Carl Berg").id()).isEqualTo(carl);
            assertThat(web.book.interactions().withContact(carl, 10)).isNotEmpty();
            assertThat(web.book.interactions().withContact(named(web, "Bea Ortiz").id(), 10)).isNotEmpty();

            Matcher entry = ENTRY.matcher(r.body());
            assertThat(entry.find()).as("the confirmation offers Undo: " + r.body()).isTrue();
            HttpResponse<String> undo = web.json("POST", "/api/v1/undo?entry=" + entry.group(1), "");
            assertThat(undo.statusCode()).as(undo.body()).isEqualTo(200);
            assertThat(Backup.toJson(web.book.book())).as("one undo reverts the whole export").isEqualTo(before);
            assertThat(web.book.me()).isEmpty();
            assertThat(web.get("/import?done=" + "0".repeat(32)).body()).as("an unknown result is the empty form")
                    .doesNotContain("Imported:").contains("Upload and preview");
        }
    }

    @BothDatabases
    void aDamagedFileInTheZipChangesNothingAndSaysWhichFileAndLine(TestDatabase db) throws Exception {
        try (WebFixture web = new WebFixture(db)) {
            web.book.contacts().add(ContactDraft.builder("Carl Berg").build());
            String before = Backup.toJson(web.book.book());
            // Profile.csv and messages.csv are good; Connections.csv has a quote that never closes on line 5
            byte[] damaged = Zips.bytes("Profile.csv", PROFILE, "messages.csv", messages(), "Connections.csv",
                    CONNECTIONS.replace("Bea,Ortiz", "\"Bea,Ortiz"));

            HttpResponse<String> r = web.send(upload(web, EXPORT, damaged, web.csrfToken()));

            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.body()).contains("Nothing was imported: Connections.csv in " + EXPORT + ", line ")
                    .doesNotContain("data-undo=\"true\"");
            assertThat(Backup.toJson(web.book.book())).as("all or nothing").isEqualTo(before);
            assertThat(web.book.me()).isEmpty();

            byte[] brokenProfile = Zips.bytes("Connections.csv", CONNECTIONS, "Profile.csv",
                    PROFILE.replace("\"Stockholm, Sweden\"", "\"Stockholm, Sweden"));
            HttpResponse<String> p = web.send(upload(web, EXPORT, brokenProfile, web.csrfToken()));
            assertThat(p.statusCode()).isEqualTo(400);
            assertThat(p.body()).containsPattern("Nothing was imported: Profile.csv in " + Pattern.quote(EXPORT) + ", line \\d");
            assertThat(Backup.toJson(web.book.book())).isEqualTo(before);
        }
    }

    @BothDatabases
    void aZipThatIsNotLinkedInsExportIsRefusedSayingWhatWasExpected(TestDatabase db) throws Exception {
        try (WebFixture web = new WebFixture(db)) {
            String before = Backup.toJson(web.book.book());
            byte[] photos = Zips.bytes("holiday/notes.txt", "sun", "contacts.csv", "Name,Phone\nAna,123\n");

            HttpResponse<String> r = web.send(upload(web, "photos.zip", photos, web.csrfToken()));

            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.body()).contains("Nothing was imported: photos.zip: no Connections.csv, messages.csv or"
                    + " Profile.csv in this ZIP");
            assertThat(Backup.toJson(web.book.book())).isEqualTo(before);
        }
    }

    @org.junit.jupiter.api.Test
    void anExportZipOver20MbIsImported() throws Exception {
        try (TestDatabase db = TestDatabase.sqlite(); WebFixture web = new WebFixture(db)) {
            byte[] noise = new byte[30 << 20];
            new java.util.Random(7).nextBytes(noise);
            // a member that is no CSV (LinkedIn's exports carry such files too) makes the ZIP 40 MB; it is skipped
            byte[] large = Zips.bytes("Connections.csv", CONNECTIONS, "Rich_Media/archive.txt",
                    java.util.Base64.getEncoder().encodeToString(noise));
            assertThat(large.length).isBetween((int) WebServer.MAX_BODY, (int) WebServer.MAX_EXPORT);

            HttpResponse<String> r = follow(web, web.send(upload(web, EXPORT, large, web.csrfToken())));

            assertThat(r.body()).contains("<strong>Connections:</strong> 2 added");
            assertThat(web.book.contacts().all()).extracting(Contact::name).contains("Bea Ortiz", "Carl Berg");
        }
    }

    @org.junit.jupiter.api.Test
    void onlyTheExportZipMayUseTheUploadsLargerLimit() throws Exception {
        try (TestDatabase db = TestDatabase.sqlite(); WebFixture web = new WebFixture(db)) {
            StringBuilder vcards = new StringBuilder();
            String card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Lima\r\nNOTE:" + "x".repeat(1000) + "\r\nEND:VCARD\r\n";
            while (vcards.length() <= WebServer.MAX_BODY) {
                vcards.append(card);
            }
            HttpResponse<String> r = web.send(upload(web, "contacts.vcf", vcards.toString().getBytes(StandardCharsets.UTF_8),
                    web.csrfToken()));
            assertThat(r.statusCode()).isEqualTo(413);
            assertThat(r.body()).contains("contacts.vcf is larger than 20 MB");
            assertThat(web.book.contacts().all()).isEmpty();
        }
    }

    @org.junit.jupiter.api.Test
    void anUploadWithoutTheSessionOrTheCsrfTokenIsRefused() throws Exception {
        try (TestDatabase db = TestDatabase.sqlite(); WebFixture web = new WebFixture(db)) {
            String before = Backup.toJson(web.book.book());
            HttpResponse<String> stranger = web.anonymous(upload(web, EXPORT, export(), web.csrfToken()));
            assertThat(stranger.statusCode()).isIn(401, 403);
            HttpResponse<String> noToken = web.send(upload(web, EXPORT, export(), null));
            assertThat(noToken.statusCode()).isEqualTo(403);
            assertThat(Backup.toJson(web.book.book())).isEqualTo(before);
            assertThat(web.book.me()).isEmpty();
        }
    }
}

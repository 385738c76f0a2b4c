package dev.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.store.TestDatabase;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The import preview lists the fields an import would drop, with their line and reason, and keeps the people. */
class ImportPreviewWarningsTest {
    @Test
    void aGarbledEmailIsAWarningInThePreview() {
        try (TestDatabase db = TestDatabase.sqlite(); WebFixture web = new WebFixture(db)) {
            String vcf = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Lima\r\nEMAIL:ana@acme.example\r\nEND:VCARD\r\n"
                    + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bo Chen\r\nEMAIL:not-an-email\r\nEND:VCARD\r\n";
            String boundary = "kithboundary";
            String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + web.csrfToken()
                    + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"contacts.vcf\"\r\n"
                    + "Content-Type: text/vcard\r\n\r\n" + vcf + "\r\n--" + boundary + "--\r\n";
            HttpResponse<String> r = web.send(HttpRequest.newBuilder(URI.create(web.base() + "/import"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            assertThat(r.body()).contains("Line 9: email: 'not-an-email' is not an email address (field dropped)");
        }
    }

    @Test
    void someoneAlreadyUpToDateIsNotListedAsSkipped() {
        try (TestDatabase db = TestDatabase.sqlite(); WebFixture web = new WebFixture(db)) {
            web.book.contacts().add(dev.kith.contacts.ContactDraft.builder("Ana Lima").email("ana@acme.example").build());
            HttpResponse<String> r = upload(web, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Lima\r\nEMAIL:ana@acme.example\r\nEND:VCARD\r\n");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            assertThat(r.body()).contains("<strong>1</strong> already up to date", "<strong>0</strong> skipped",
                    "<h3>Already up to date</h3>").doesNotContain("Will be skipped");
        }
    }

    private static HttpResponse<String> upload(WebFixture web, String vcf) {
        String boundary = "kithboundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + web.csrfToken()
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"contacts.vcf\"\r\n"
                + "Content-Type: text/vcard\r\n\r\n" + vcf + "\r\n--" + boundary + "--\r\n";
        return web.send(HttpRequest.newBuilder(URI.create(web.base() + "/import"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }
}

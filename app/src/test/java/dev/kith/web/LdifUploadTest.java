package dev.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.contacts.ContactFilter;
import dev.kith.contacts.ContactSummary;
import dev.kith.store.TestDatabase;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Import page takes a Thunderbird LDIF export: recognized by its name, previewed, then applied. */
class LdifUploadTest {
    @Test
    void anLdifUploadIsPreviewedThenApplied() {
        try (TestDatabase db = TestDatabase.sqlite(); WebFixture web = new WebFixture(db)) {
            String ldif = "dn:: " + Base64.getEncoder().encodeToString("cn=Zoë Müller".getBytes(StandardCharsets.UTF_8))
                    + "\r\nobjectclass: top\r\nobjectclass: person\r\ncn:: "
                    + Base64.getEncoder().encodeToString("Zoë Müller".getBytes(StandardCharsets.UTF_8))
                    + "\r\nmail: zoe@example.de\r\n\r\n"
                    + "dn: cn=Bo Chen\r\ncn: Bo Chen\r\nmail: not-an-email\r\n\r\n";
            String boundary = "kithboundary";
            String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + web.csrfToken()
                    + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"abook.ldif\"\r\n"
                    + "Content-Type: application/octet-stream\r\n\r\n" + ldif + "\r\n--" + boundary + "--\r\n";
            HttpResponse<String> preview = web.send(HttpRequest.newBuilder(URI.create(web.base() + "/import"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
            assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
            assertThat(preview.body()).contains("LDIF address book", "Zoë Müller", "Bo Chen",
                    "Line 7: email: 'not-an-email' is not an email address (field dropped)");
            Matcher upload = Pattern.compile("name=\"upload\" value=\"([^\"]+)\"").matcher(preview.body());
            assertThat(upload.find()).isTrue();

            HttpResponse<String> applied = web.form("/import/apply", "_csrf=" + web.csrfToken() + "&upload="
                    + URLEncoder.encode(upload.group(1), StandardCharsets.UTF_8));
            assertThat(applied.statusCode()).as(applied.body()).isEqualTo(200);
            assertThat(web.book.contacts().list(ContactFilter.ALL_ACTIVE)).extracting(ContactSummary::name)
                    .containsExactlyInAnyOrder("Zoë Müller", "Bo Chen");
        }
    }
}

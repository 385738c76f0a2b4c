package dev.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.store.TestDatabase;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A body over the 20 MB limit, or an Import page upload over its 64 MB one, answers 413 with the limit in the
 * message, never an empty 500.
 */
class OversizedRequestTest {
    private static final int OVER = 21 * 1024 * 1024;
    private static final int UPLOAD_OVER = 65 * 1024 * 1024;

    @Test
    void anImportUploadOver64MbIs413() {
        try (TestDatabase db = TestDatabase.sqlite(); WebFixture web = new WebFixture(db)) {
            String boundary = "kithboundary";
            String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + web.csrfToken()
                    + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.vcf\"\r\n"
                    + "Content-Type: text/vcard\r\n\r\n";
            byte[] body = new byte[UPLOAD_OVER];
            byte[] start = head.getBytes(StandardCharsets.UTF_8);
            System.arraycopy(start, 0, body, 0, start.length);
            java.util.Arrays.fill(body, start.length, body.length - 40, (byte) 'x');
            byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
            System.arraycopy(end, 0, body, body.length - end.length, end.length);
            HttpResponse<String> r = web.send(HttpRequest.newBuilder(URI.create(web.base() + "/import"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .expectContinue(true) // as large uploads do: the 413 comes before the body, not into a closed socket
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
            assertThat(r.body()).contains("64 MB");
        }
    }

    @Test
    void anImportUploadWithoutALengthIs413OncePast64Mb() {
        try (TestDatabase db = TestDatabase.sqlite(); WebFixture web = new WebFixture(db)) {
            String boundary = "kithboundary";
            String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + web.csrfToken()
                    + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.zip\"\r\n"
                    + "Content-Type: application/zip\r\n\r\n";
            byte[] body = new byte[UPLOAD_OVER];
            byte[] start = head.getBytes(StandardCharsets.UTF_8);
            System.arraycopy(start, 0, body, 0, start.length);
            java.util.Arrays.fill(body, start.length, body.length - 40, (byte) 'x');
            byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
            System.arraycopy(end, 0, body, body.length - end.length, end.length);
            HttpResponse<String> r = web.send(HttpRequest.newBuilder(URI.create(web.base() + "/import"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    // a stream: sent in chunks, with no Content-Length for the server to check first
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))).build());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
            assertThat(r.body()).contains("64 MB");
        }
    }

    @Test
    void aFormOver20MbOutsideTheImportUploadIs413() {
        try (TestDatabase db = TestDatabase.sqlite(); WebFixture web = new WebFixture(db)) {
            String body = "_csrf=" + web.csrfToken() + "&upload=" + "x".repeat(OVER);
            HttpResponse<String> r = web.send(HttpRequest.newBuilder(URI.create(web.base() + "/import/apply"))
                    .header("Content-Type", "application/x-www-form-urlencoded").expectContinue(true)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
            assertThat(r.body()).contains("20 MB");
        }
    }

    @Test
    void aJsonBodyOver20MbIs413() {
        try (TestDatabase db = TestDatabase.sqlite(); WebFixture web = new WebFixture(db)) {
            String body = "{\"name\":\"Ana\",\"notes\":\"" + "x".repeat(OVER) + "\"}";
            HttpResponse<String> r = web.send(HttpRequest.newBuilder(URI.create(web.base() + "/api/v1/contacts"))
                    .header("Content-Type", "application/json").expectContinue(true)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
            assertThat(r.body()).contains("20 MB");
        }
    }

    @Test
    void aNoteOver64KbIsAFieldErrorThatSaysTheLimit() {
        try (TestDatabase db = TestDatabase.sqlite(); WebFixture web = new WebFixture(db)) {
            String body = "{\"name\":\"Ana\",\"notes\":\"" + "x".repeat(70_000) + "\"}";
            HttpResponse<String> r = web.json("POST", "/api/v1/contacts", body);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
            assertThat(r.body()).contains("64 KB", "notes");
        }
    }
}

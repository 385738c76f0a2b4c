package dev.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.store.TestDatabase;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A body over the 20 MB limit, or an Import page upload over its configured one (4 GB unless set), answers 413 with
 * the limit in the message, never an empty 500; LinkedIn's export ZIP, read whole, keeps a limit of 64 MB.
 */
class OversizedRequestTest {
    private static final int OVER = 21 * 1024 * 1024;
    private static final int UPLOAD_OVER = 65 * 1024 * 1024;
    private static final String BOUNDARY = "kithboundary";

    /** The Import form's body with a file of {@code size} bytes named {@code fileName}, starting with {@code start}. */
    private static byte[] upload(WebFixture web, String fileName, int size, byte[] start) {
        String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + web.csrfToken()
                + "\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n";
        byte[] h = head.getBytes(StandardCharsets.UTF_8);
        byte[] end = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[h.length + size + end.length];
        System.arraycopy(h, 0, body, 0, h.length);
        java.util.Arrays.fill(body, h.length, h.length + size, (byte) 'x');
        System.arraycopy(start, 0, body, h.length, start.length);
        System.arraycopy(end, 0, body, body.length - end.length, end.length);
        return body;
    }

    private static HttpRequest.Builder post(WebFixture web) {
        return HttpRequest.newBuilder(URI.create(web.base() + "/import"))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY);
    }

    @Test
    void anImportUploadOverItsLimitIs413BeforeItsBodyIsRead() {
        try (TestDatabase db = TestDatabase.sqlite();
             WebFixture web = new WebFixture(db, WebOptions.local(0).withUploads(1 << 20, null))) {
            HttpResponse<String> r = web.send(post(web)
                    .expectContinue(true) // as large uploads do: the 413 comes before the body, not into a closed socket
                    .POST(HttpRequest.BodyPublishers.ofByteArray(upload(web, "big.mbox", 2 << 20, new byte[0]))).build());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
            assertThat(r.body()).contains("limit of 1 MB (1,048,576 bytes)");
        }
    }

    @Test
    void anImportUploadWithoutALengthIs413OncePastItsLimit() {
        try (TestDatabase db = TestDatabase.sqlite();
             WebFixture web = new WebFixture(db, WebOptions.local(0).withUploads(1 << 20, null))) {
            byte[] body = upload(web, "big.zip", 2 << 20, new byte[0]);
            HttpResponse<String> r = web.send(post(web)
                    // a stream: sent in chunks, with no Content-Length for the server to check first
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))).build());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
            assertThat(r.body()).contains("1 MB");
        }
    }

    @Test
    void aZipOver64MbIsRefusedAsLinkedInsExportIsReadWhole() {
        try (TestDatabase db = TestDatabase.sqlite(); WebFixture web = new WebFixture(db)) {
            HttpResponse<String> r = web.send(post(web).POST(HttpRequest.BodyPublishers.ofByteArray(
                    upload(web, "Basic_LinkedInDataExport.zip", UPLOAD_OVER, new byte[] {'P', 'K', 3, 4}))).build());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
            assertThat(r.body()).contains("Basic_LinkedInDataExport.zip is larger than 64 MB, the limit for LinkedIn");
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

package dev.kith.capture.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MultistatusTest {

    @Test
    void responsesGiveHrefStatusEtagDataAndCollectionAndTheSyncToken() {
        Multistatus ms = parse("""
                <?xml version="1.0" encoding="utf-8"?>
                <d:multistatus xmlns:d="DAV:" xmlns:cal="urn:ietf:params:xml:ns:caldav">
                  <d:response><d:href>/cal/</d:href><d:propstat><d:prop><d:resourcetype><d:collection/><cal:calendar/>
                    </d:resourcetype></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>
                  <d:response><d:href>/cal/a.ics</d:href>
                    <d:propstat><d:prop><d:getetag>"1"</d:getetag><cal:calendar-data>BEGIN:VCALENDAR\r
                END:VCALENDAR\r
                </cal:calendar-data></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat>
                    <d:propstat><d:prop><d:displayname/></d:prop><d:status>HTTP/1.1 404 Not Found</d:status></d:propstat>
                  </d:response>
                  <d:response><d:href>https://dav.example.com/cal/gone.ics</d:href><d:status>HTTP/1.1 404 Not Found</d:status></d:response>
                  <d:sync-token>https://example.com/sync/42</d:sync-token>
                </d:multistatus>
                """);

        assertThat(ms.syncToken()).isEqualTo("https://example.com/sync/42");
        assertThat(ms.entries()).containsExactly(
                new Multistatus.Entry("/cal/", 200, null, null, true),
                new Multistatus.Entry("/cal/a.ics", 200, "\"1\"", "BEGIN:VCALENDAR\nEND:VCALENDAR\n", false), // XML reads CRLF as LF
                new Multistatus.Entry("https://dav.example.com/cal/gone.ics", 404, null, null, false));
    }

    @Test
    void externalEntitiesAndDoctypesAreRefused() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE m [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <d:multistatus xmlns:d="DAV:"><d:response><d:href>&x;</d:href></d:response></d:multistatus>
                """;

        assertThatThrownBy(() -> parse(xxe)).isInstanceOfSatisfying(CalendarSourceException.class,
                e -> assertThat(e.reason()).startsWith("the answer is not well-formed XML").contains("DOCTYPE"));
    }

    @Test
    void aStrayLineOrAByteOrderMarkBeforeTheXmlDeclarationIsRead() {
        // PHP servers with a blank line before "<?php" send it before the declaration, which XML forbids
        String body = "<?xml version=\"1.0\"?><d:multistatus xmlns:d=\"DAV:\"><d:response><d:href>/cal/a.ics</d:href>"
                + "<d:status>HTTP/1.1 404 Not Found</d:status></d:response></d:multistatus>";
        assertThat(parse("\r\n\n" + body).entries()).extracting(Multistatus.Entry::href).containsExactly("/cal/a.ics");
        assertThat(parse("\uFEFF" + body).entries()).hasSize(1);
        assertThat(parse(" \uFEFF\n" + body).entries()).hasSize(1);
        assertThatThrownBy(() -> parse("\n\nnot xml")).isInstanceOf(CalendarSourceException.class);
    }

    @Test
    void anythingButAMultistatusIsAClearError() {
        assertThatThrownBy(() -> parse("<html><body>Login</body></html>")).isInstanceOfSatisfying(
                CalendarSourceException.class, e -> assertThat(e.reason()).isEqualTo(
                        "the answer is not a WebDAV multistatus but <html>"));
        assertThatThrownBy(() -> parse("not xml")).isInstanceOf(CalendarSourceException.class);
    }

    @Test
    void aValidSyncTokenErrorIsRecognized() {
        byte[] error = "<?xml version='1.0'?><error xmlns=\"DAV:\"><valid-sync-token /></error>".getBytes(StandardCharsets.UTF_8);

        assertThat(Multistatus.isError(error, "valid-sync-token")).isTrue();
        assertThat(Multistatus.isError(error, "number-of-matches-within-limits")).isFalse();
        assertThat(Multistatus.isError("Forbidden".getBytes(StandardCharsets.UTF_8), "valid-sync-token")).isFalse();
    }

    @Test
    void requestBodiesEscapeWhatTheyCarry() {
        String body = new String(DavRequests.multiget(java.util.List.of("/cal/a&b<c>.ics")), StandardCharsets.UTF_8);

        assertThat(body).contains("<D:href>/cal/a&amp;b&lt;c&gt;.ics</D:href>");
        assertThat(new String(DavRequests.syncCollection(null), StandardCharsets.UTF_8)).contains("<D:sync-token/>");
        assertThat(new String(DavRequests.syncCollection("t&1"), StandardCharsets.UTF_8)).contains("<D:sync-token>t&amp;1</D:sync-token>");
    }

    private static Multistatus parse(String xml) {
        return Multistatus.parse("https://dav.example.com/cal/", xml.getBytes(StandardCharsets.UTF_8));
    }
}

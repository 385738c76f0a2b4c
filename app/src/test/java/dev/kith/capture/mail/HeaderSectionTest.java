package dev.kith.capture.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Header sections as IMAP servers send them: raw bytes, each field in the charset its sender wrote. */
class HeaderSectionTest {
    @Test
    void aLatin1NameBesideAUtf8SubjectIsReadAsEachWasWritten() throws Exception {
        ByteArrayOutputStream section = new ByteArrayOutputStream();
        section.writeBytes("From: \"José Núñez\" <jose@uni.example>\r\n".getBytes(StandardCharsets.ISO_8859_1));
        section.writeBytes("To: \"Conor O’Brien\" <conor@x.example>\r\n".getBytes(Charset.forName("windows-1252")));
        section.writeBytes("Subject: Café in\r\n Zürich\r\nDate: Mon, 30 Nov 2026 10:00:00 +0000\r\n\r\n"
                .getBytes(StandardCharsets.UTF_8));

        MailMessage m = new MessageParser().parse(HeaderSection.parse(section.toByteArray()), "INBOX/1",
                (Instant) null, null, "1:1");

        assertThat(m.from()).isEqualTo(new Address("jose@uni.example", "José Núñez"));
        assertThat(m.to()).containsExactly(new Address("conor@x.example", "Conor O’Brien"));
        assertThat(m.subject()).isEqualTo("Café in Zürich");
    }
}

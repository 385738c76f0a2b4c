package dev.kith.capture.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EncodedWordsTest {
    private final MessageParser parser = new MessageParser();

    @Test
    void aCharacterSplitOverTwoEncodedWordsIsDecodedWhole() throws Exception {
        MailMessage m = parser.parse(new Headers()
                .add("From", "=?UTF-8?Q?Jos=C3?= =?UTF-8?Q?=A9_M=C3=BCller?= <jose@example.de>")
                .add("To", "\"=?utf-8?B?546L5bCP?=\r\n =?utf-8?B?5piO?=\" <wang@example.cn>, plain@x.example")
                .add("Subject", "=?UTF-8?B?R3LD?= =?UTF-8?B?vMOfZQ==?= aus =?ISO-8859-1?Q?K=F6ln?=")
                .add("Date", "Tue, 10 Nov 2026 12:00:00 +0100"), "t:1", null, null, null);

        assertThat(m.from()).isEqualTo(new Address("jose@example.de", "José Müller"));
        assertThat(m.to()).containsExactly(new Address("wang@example.cn", "王小明"), new Address("plain@x.example", null));
        assertThat(m.subject()).isEqualTo("Grüße aus Köln");
    }

    @Test
    void wordsInOtherCharsetsOrApartAreLeftAsTheyAre() {
        assertThat(EncodedWords.join("=?UTF-8?Q?a?= =?ISO-8859-1?Q?b?=")).isEqualTo("=?UTF-8?Q?a?= =?ISO-8859-1?Q?b?=");
        assertThat(EncodedWords.join("=?UTF-8?Q?a?= and =?UTF-8?Q?b?=")).isEqualTo("=?UTF-8?Q?a?= and =?UTF-8?Q?b?=");
        assertThat(EncodedWords.join("=?UTF-8?B?!!?= =?UTF-8?Q?b?=")).isEqualTo("=?UTF-8?B?!!?= =?UTF-8?Q?b?=");
        assertThat(EncodedWords.join("plain text")).isEqualTo("plain text");
    }

    @Test
    void aFieldOfManyWordsIsJoinedInLinearTime() {
        String word = "=?UTF-8?Q?=C3=A9?= ";
        String field = word.repeat(200_000);
        long start = System.nanoTime();
        String joined = EncodedWords.join(field);
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(java.time.Duration.ofSeconds(5));
        assertThat(joined).startsWith("=?UTF-8?B?").endsWith("?= ");
    }

    @Test
    void aWordInACharsetJavaDoesNotKnowIsReadAsLatin1InsteadOfShownRaw() throws Exception {
        MailMessage m = parser.parse(new Headers()
                .add("From", "=?x-unknown?Q?Bob_Stone?= <bob@example.org>")
                .add("To", "=?unknown-8bit?Q?Ren=E9?= <rene@example.fr>")
                .add("Subject", "=?windows-1252?Q?=93Hi=94?= =?x-unknown?B?dGhlcmU=?=")
                .add("Date", "Tue, 10 Nov 2026 12:00:00 +0100"), "t:1", null, null, null);

        assertThat(m.from()).isEqualTo(new Address("bob@example.org", "Bob Stone"));
        assertThat(m.to()).containsExactly(new Address("rene@example.fr", "René"));
        assertThat(m.subject()).isEqualTo("\u201cHi\u201dthere");
    }
}

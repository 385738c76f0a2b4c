package dev.kith.capture.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MessageParserTest {
    private static final Instant FALLBACK = Instant.parse("2026-11-01T08:00:00Z");
    private final MessageParser parser = new MessageParser();

    private MailMessage parse(Headers h) throws UnreadableMessageException {
        return parser.parse(h, "test:1", FALLBACK, null, null);
    }

    private static Headers from(String from) {
        return new Headers().add("From", from).add("Date", "Tue, 10 Nov 2026 12:00:00 +0100");
    }

    @Test
    void encodedWordsInNamesAndSubjectsAreDecoded() throws Exception {
        MailMessage m = parse(from("=?UTF-8?Q?Jos=C3=A9_N=C3=BA=C3=B1ez?= <Jose.Nunez@UNI.example>")
                .add("To", "\"=?utf-8?b?QmVhIE9ydGl6?=\" <BEA@client.example>, plain@x.example")
                .add("Subject", "=?UTF-8?Q?R=C3=A9union?= =?UTF-8?Q?_lundi?=\r\n\tavec vous"));

        assertThat(m.from()).isEqualTo(new Address("jose.nunez@uni.example", "José Núñez"));
        assertThat(m.to()).containsExactly(new Address("bea@client.example", "Bea Ortiz"),
                new Address("plain@x.example", null));
        assertThat(m.subject()).isEqualTo("Réunion lundi avec vous");
        assertThat(m.sentAt()).isEqualTo(Instant.parse("2026-11-10T11:00:00Z"));
    }

    @Test
    void namesInSeveralCharsetsAreDecodedAndABrokenEncodedWordIsNoName() throws Exception {
        MailMessage m = parse(from("=?utf-8?B?broken!!?= <broken@x.example>")
                .add("To", "=?koi8-r?B?8NLJ18XU?= <ivan@ru.example>, =?Shift_JIS?B?k2OShg==?= <tanaka@jp.example>,"
                        + " =?gb2312?B?1tDOxA==?= <li@cn.example>, =?windows-1252?Q?M=FCller?= <mueller@de.example>")
                .add("Subject", "=?ISO-2022-JP?B?GyRCRnxLXDhsGyhC?= and =?big5?B?pKSk5Q==?="));

        assertThat(m.from()).isEqualTo(new Address("broken@x.example", null));
        assertThat(m.to()).extracting(Address::name).containsExactly("Привет", "田中", "中文", "Müller");
        assertThat(m.subject()).isEqualTo("日本語 and 中文");
    }

    @Test
    void anApostropheInANameIsKeptAndOnlyQuotesAroundAWholeNameAreDropped() throws Exception {
        MailMessage m = parse(from("'Ana Lima' <ana@x.example>")
                .add("To", "\"O'Brien, Se=?UTF-8?Q?=C3=A1n?=\" <sean@x.example>, D'Arcy Smith <darcy@x.example>")
                .add("Cc", "=?ISO-8859-1?Q?Ren=E9e_O'Neil?= <renee@x.example>"));

        assertThat(m.from()).isEqualTo(new Address("ana@x.example", "Ana Lima"));
        assertThat(m.to()).extracting(Address::name).first().asString().startsWith("O'Brien, Se");
        assertThat(m.to().get(1)).isEqualTo(new Address("darcy@x.example", "D'Arcy Smith"));
        assertThat(m.cc()).containsExactly(new Address("renee@x.example", "Renée O'Neil"));
    }

    @Test
    void anUnquotedSurnameCommaGivenNameIsOneName() throws Exception {
        MailMessage m = parse(from("Rivera, Sam <Sam.Rivera@work.example>")
                .add("To", "ana@x.example, Lima, Ana Beatriz <ana.b@x.example>, bo@x.example")
                .add("Cc", "nobody, cy@x.example, \"Dee, Ed\" <dee@x.example>"));

        assertThat(m.from()).isEqualTo(new Address("sam.rivera@work.example", "Rivera, Sam"));
        assertThat(m.to()).containsExactly(new Address("ana@x.example", null),
                new Address("ana.b@x.example", "Lima, Ana Beatriz"), new Address("bo@x.example", null));
        // a stray word before a bare address names nobody; a quoted name stays as it was
        assertThat(m.cc()).containsExactly(new Address("cy@x.example", null), new Address("dee@x.example", "Dee, Ed"));
    }

    @Test
    void groupsAreOpenedAndAnEmptyOneAddsNobody() throws Exception {
        MailMessage m = parse(from("a@x.example").add("To", "undisclosed-recipients:;")
                .add("Cc", "Team: Bo <bo@x.example>, cy@x.example;, dee@x.example"));

        assertThat(m.to()).isEmpty();
        assertThat(m.cc()).extracting(Address::email).containsExactly("bo@x.example", "cy@x.example", "dee@x.example");
    }

    @Test
    void aMissingOrUnreadableDateTakesTheSourcesFallback() throws Exception {
        assertThat(parse(new Headers().add("From", "a@x.example")).sentAt()).isEqualTo(FALLBACK);
        assertThat(parse(new Headers().add("From", "a@x.example").add("Date", "sometime soon")).sentAt())
                .isEqualTo(FALLBACK);
        assertThatThrownBy(() -> parser.parse(new Headers().add("From", "a@x.example"), "t", null, null, null))
                .isInstanceOf(UnreadableMessageException.class).hasMessage("no date");
    }

    @Test
    void aDateMoreThanADayAfterArrivalIsNotBelievedButKeysTheMessageAsBefore() throws Exception {
        Headers noId = new Headers().add("From", "a@x.example").add("Date", "Thu, 02 Nov 2062 09:00:00 +0000")
                .add("Subject", "Typo");
        Instant arrived = Instant.parse("2026-11-02T08:00:00Z");

        MailMessage redated = parser.parse(noId, "t", FALLBACK, arrived, null, null);
        MailMessage asWritten = parser.parse(noId, "t", FALLBACK, null, null, null);

        assertThat(redated.sentAt()).isEqualTo(arrived);
        assertThat(redated.claimedAt()).isEqualTo(Instant.parse("2062-11-02T09:00:00Z"));
        assertThat(asWritten.sentAt()).isEqualTo(Instant.parse("2062-11-02T09:00:00Z"));
        assertThat(redated.key()).as("the same message read with and without its arrival counts once")
                .isEqualTo(asWritten.key());
        assertThat(asWritten.datedAt(arrived).key()).isEqualTo(asWritten.key());
        Headers aDayFast = new Headers().add("From", "a@x.example").add("Date", "Tue, 03 Nov 2026 07:59:00 +0000");
        assertThat(parser.parse(aDayFast, "t", FALLBACK, arrived, null, null).sentAt())
                .isEqualTo(Instant.parse("2026-11-03T07:59:00Z"));
        assertThat(parser.parse(noId, "t", FALLBACK, Instant.EPOCH, null, null).sentAt())
                .as("an arrival that is a placeholder is none").isEqualTo(Instant.parse("2062-11-02T09:00:00Z"));
    }

    @Test
    void offsetsWithAColonOrAfterGmtAndZoneNamesWithOneMeaningAreReadAsTheirOffset() throws Exception {
        Instant nineUtc = Instant.parse("2026-11-02T09:00:00Z");
        for (String date : new String[] {"Mon, 2 Nov 2026 10:00:00 +01:00", "Mon, 2 Nov 2026 10:00:00 GMT+01:00",
                "Mon, 2 Nov 2026 10:00:00 GMT+0100", "Mon, 2 Nov 2026 10:00:00 UTC+1", "Mon, 2 Nov 2026 10:00:00 CET",
                "Mon, 2 Nov 2026 11:00:00 MESZ", "Mon, 2 Nov 2026 18:00:00 JST", "Mon, 2 Nov 2026 04:00:00 GMT-5",
                "Mon, 2 Nov 2026 10:00:00 +0100 (CET)", "Mon, 2 Nov 2026 04:00:00 EST"}) {
            assertThat(parse(new Headers().add("From", "a@x.example").add("Date", date)).sentAt()).as(date)
                    .isEqualTo(nineUtc);
        }
        assertThat(parse(new Headers().add("From", "a@x.example").add("Date", "Mon, 2 Nov 2026 09:00:00 IST")).sentAt())
                .as("a name of several zones (India, Ireland, Israel) is UTC, as RFC 5322 says").isEqualTo(nineUtc);
    }

    @Test
    void isoAndAsctimeDatesThatOldOrOddMailersWriteAreRead() throws Exception {
        assertThat(parse(new Headers().add("From", "a@x.example").add("Date", "2019-12-02T09:05:00Z")).sentAt())
                .isEqualTo(java.time.Instant.parse("2019-12-02T09:05:00Z"));
        assertThat(parse(new Headers().add("From", "a@x.example").add("Date", "2019-12-02 09:05:00 +01:00")).sentAt())
                .isEqualTo(java.time.Instant.parse("2019-12-02T08:05:00Z"));
        assertThat(parse(new Headers().add("From", "a@x.example").add("Date", "Mon Dec  2 09:05:00 2019")).sentAt())
                .isEqualTo(java.time.Instant.parse("2019-12-02T09:05:00Z"));
    }

    @Test
    void aMessageWithoutASenderIsUnreadable() {
        assertThatThrownBy(() -> parse(new Headers().add("Subject", "hi")))
                .isInstanceOf(UnreadableMessageException.class).hasMessage("no From field");
        assertThatThrownBy(() -> parse(new Headers().add("From", "Nobody")))
                .isInstanceOf(UnreadableMessageException.class).hasMessageStartingWith("no sender address");
    }

    @Test
    void brokenAddressListsAreReadForWhatLooksLikeAnAddress() throws Exception {
        MailMessage m = parse(from("a@x.example").add("To", "\"Unclosed <one@x.example>, two@X.example"));

        assertThat(m.to()).extracting(Address::email).contains("two@x.example");
    }

    @Test
    void messagesCountOnceByMessageIdElseByAStableHash() throws Exception {
        Headers h = from("a@x.example").add("Message-ID", "  <abc@x.example> ").add("Subject", "s");
        assertThat(parse(h).key()).isEqualTo("abc@x.example");

        Headers noId = from("a@x.example").add("Subject", "s").add("To", "b@x.example");
        assertThat(parse(noId).key()).startsWith("sha256:").isEqualTo(parse(noId).key())
                .isNotEqualTo(parse(from("a@x.example").add("Subject", "t").add("To", "b@x.example")).key());
        assertThat(parser.parse(noId, "imap", null, null, "imap:INBOX;uidvalidity=7;uid=42").key())
                .isEqualTo("imap:INBOX;uidvalidity=7;uid=42");
    }

    @Test
    void anEmptyOrBlankBracketedMessageIdIsNoneSoDifferentMessagesDoNotCollapse() throws Exception {
        for (String empty : new String[] {"<>", " < > ", "<\t>"}) {
            Headers one = from("a@x.example").add("Message-ID", empty).add("Subject", "one").add("To", "b@x.example");
            Headers two = from("a@x.example").add("Message-ID", empty).add("Subject", "two").add("To", "b@x.example");
            assertThat(parse(one).messageId()).as(empty).isNull();
            assertThat(parse(one).key()).as(empty).startsWith("sha256:").isNotEqualTo(parse(two).key());
        }
        assertThat(parse(from("a@x.example").add("In-Reply-To", "<>")).threadRoot()).isNull();
    }

    @Test
    void threadsHangOnTheFirstReferenceElseInReplyTo() throws Exception {
        assertThat(parse(from("a@x.example").add("References", "<root@x> <mid@x>").add("In-Reply-To", "<mid@x>"))
                .threadRoot()).isEqualTo("root@x");
        assertThat(parse(from("a@x.example").add("In-Reply-To", "<mid@x> (Bo's message)")).threadRoot())
                .isEqualTo("mid@x");
        assertThat(parse(from("a@x.example")).threadRoot()).isNull();
    }

    @Test
    void aSubjectIsOneBoundedLine() throws Exception {
        MailMessage m = parse(from("a@x.example").add("Subject", "  a\tvery " + "long ".repeat(100)));

        assertThat(m.subject()).startsWith("a very long long").hasSize(MessageParser.MAX_SUBJECT).endsWith("…");
    }
}

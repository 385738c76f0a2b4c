package dev.kith.capture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.interactions.Interaction;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Date later than the message can have arrived (a sender's clock years ahead, a typed 2062) is not believed: the
 * message is dated by its arrival, so its thread is not owed forever and sorts where it belongs.
 */
class FutureDatedMailTest {
    @TempDir
    Path dir;

    private static String mail(String from, String to, String date, String id, String inReplyTo, String subject) {
        return "From: " + from + "\nTo: " + to + "\nDate: " + date + "\nMessage-ID: <" + id + ">\n"
                + (inReplyTo == null ? "" : "In-Reply-To: <" + inReplyTo + ">\nReferences: <" + inReplyTo + ">\n")
                + "Subject: " + subject + "\n\nHello\n";
    }

    private static void deliver(Path folder, String name, Instant modified, String text) throws Exception {
        Path file = Files.createDirectories(folder).resolve(name);
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.from(modified));
    }

    @BothDatabases
    void aMaildirMessageDatedAfterItsDeliveryIsDatedByItAndAReplyClearsIt(TestDatabase db) throws Exception {
        MailBook ana = new MailBook(db);
        Path maildir = dir.resolve("Mail");
        // delivered 2026-11-20 10:00 (its name); the file's time is older, as a restore from backup leaves it
        deliver(maildir.resolve("cur"), "1795168800.M1P1.host:2,S", Instant.parse("2026-11-19T08:00:00Z"),
                mail("Bea Ortiz <bea@client.example>", MailBook.WORK, "Mon, 20 Nov 2062 09:58:00 +0000",
                        "typo@client.example", null, "Budget"));
        // a file name without a delivery time: its modification time is the delivery
        deliver(maildir.resolve("cur"), "bea-2.eml", Instant.parse("2026-11-22T12:00:00Z"),
                mail("Bea Ortiz <bea@client.example>", MailBook.WORK, "Sat, 01 Jan 2061 00:00:00 +0000",
                        "clock@client.example", null, "Agenda"));
        deliver(maildir.resolve(".Sent/cur"), "1795251600.M2P2.host:2,S", Instant.parse("2026-11-21T09:00:00Z"),
                mail(MailBook.WORK, "bea@client.example", "Sat, 21 Nov 2026 09:00:00 +0000", "re@work.example",
                        "typo@client.example", "Re: Budget"));

        CaptureSummary summary = ana.capture.mail().importMaildir(maildir);

        assertThat(ana.with(ana.bea)).extracting(Interaction::summary, Interaction::date).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Budget", LocalDate.of(2026, 11, 20)),
                org.assertj.core.groups.Tuple.tuple("Re: Budget", LocalDate.of(2026, 11, 21)),
                org.assertj.core.groups.Tuple.tuple("Agenda", LocalDate.of(2026, 11, 22)));
        assertThat(ana.capture.replies().owed()).extracting(OwedReply::subject).containsExactly("Agenda");
        assertThat(summary.warnings()).hasSize(2).anySatisfy(w -> assertThat(w)
                .isEqualTo("cur/1795168800.M1P1.host:2,S: dated 2062-11-20, later than it can have arrived; dated "
                        + "2026-11-20 instead"));
    }

    @BothDatabases
    void aFutureDateWithNoArrivalKnownIsDatedTodayOnTheCaptureClockAndWarnedOfOnce(TestDatabase db) throws Exception {
        MailBook ana = new MailBook(db);
        Path mbox = dir.resolve("converted.mbox");
        Files.writeString(mbox, "From converter Mon Jan  1 00:00:00 2001\n"
                + mail("Bea Ortiz <bea@client.example>", MailBook.WORK, "Mon, 20 Nov 2062 09:58:00 +0000",
                        "typo@client.example", null, "Budget")
                + "\nFrom converter Mon Jan  1 00:00:00 2001\n"
                + mail("Carl Berg <carl@partner.example>", MailBook.WORK, "Wed, 25 Nov 2026 09:00:00 -0800",
                        "tomorrow@partner.example", null, "Contract")
                + "\nFrom converter Mon Jan  1 00:00:00 2001\n"
                + mail(MailBook.WORK, "bea@client.example", "Tue, 24 Nov 2026 23:00:00 +0000", "re@work.example",
                        "typo@client.example", "Re: Budget"));

        CaptureSummary summary = ana.capture.mail().importMbox(mbox);

        assertThat(ana.with(ana.bea)).extracting(Interaction::date).first().isEqualTo(MailBook.TODAY);
        assertThat(ana.capture.replies().owed()).as("a day of clock skew is believed")
                .extracting(OwedReply::subject).containsExactly("Contract");
        assertThat(summary.warnings()).singleElement().asString().endsWith("converted.mbox:1: dated 2062-11-20, later"
                + " than it can have arrived; dated " + MailBook.TODAY + " instead");
        CaptureSummary again = ana.capture.mail().importMbox(mbox);
        assertThat(again.skipped().duplicates()).isEqualTo(3);
        assertThat(again.warnings()).isEmpty();
    }

    @BothDatabases
    void mailCapturedBeforeWithAFutureDateIsDatedByItsArrivalWhenCapturedAgain(TestDatabase db) throws Exception {
        MailBook ana = new MailBook(db);
        String budget = mail("Bea Ortiz <bea@client.example>", MailBook.WORK, "Mon, 20 Nov 2062 09:58:00 +0000",
                "typo@client.example", null, "Budget");
        String reply = mail(MailBook.WORK, "bea@client.example", "Sat, 21 Nov 2026 09:00:00 +0000", "re@work.example",
                "typo@client.example", "Re: Budget");
        Path converted = dir.resolve("converted.mbox");
        Files.writeString(converted, "From converter Mon Jan  1 00:00:00 2001\n" + budget
                + "\nFrom converter Mon Jan  1 00:00:00 2001\n" + reply);
        // as a capture that believed the Date stored it: run on a clock past 2062, with no arrival known
        new Capture(db.database(), ana.book.id(), dev.kith.core.KithClock.fixed(LocalDate.of(2063, 1, 1)),
                ana.book.contacts(), ana.book.interactions(), ana.book.search()).mail().importMbox(converted);
        assertThat(ana.capture.replies().owed()).extracting(OwedReply::subject).containsExactly("Budget");
        Path takeout = dir.resolve("takeout.mbox");
        Files.writeString(takeout, "From 1781234567890123456@xxx Fri Nov 20 10:00:00 +0000 2026\n" + budget);

        CaptureSummary again = ana.capture.mail().importMbox(takeout);

        assertThat(again.skipped().duplicates()).isEqualTo(1);
        assertThat(again.cleared()).isEqualTo(1);
        assertThat(ana.capture.replies().owed()).isEmpty();
        assertThat(ana.with(ana.bea)).extracting(Interaction::summary, Interaction::date).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Budget", LocalDate.of(2026, 11, 20)),
                org.assertj.core.groups.Tuple.tuple("Re: Budget", LocalDate.of(2026, 11, 21)));
        assertThat(ana.with(ana.bea).getFirst().awaitingReply()).isFalse();
        assertThat(again.warnings()).singleElement().asString().endsWith("takeout.mbox:1: dated 2062-11-20, later than"
                + " it can have arrived; dated 2026-11-20 instead (it was captured before with that date)");
        assertThat(ana.capture.mail().importMbox(takeout).warnings()).as("once").isEmpty();
    }
}

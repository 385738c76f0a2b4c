package dev.kith.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.interactions.Interaction;
import dev.kith.io.ImportException;
import dev.kith.store.BothDatabases;
import dev.kith.store.Tables;
import dev.kith.store.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

class MaildirCaptureTest {

    @BothDatabases
    void curNewNestedAndMaildirPlusPlusFoldersAreReadButNotTmp(TestDatabase db) throws Exception {
        MailBook ana = new MailBook(db);
        Path maildir = MailBook.fixture("maildir");
        Files.setLastModifiedTime(maildir.resolve("new/1763726400.M2P200.host"),
                FileTime.from(Instant.parse("2026-11-21T12:00:00Z")));

        CaptureSummary summary = ana.capture.mail().importMaildir(maildir);

        assertThat(summary).isEqualTo(new CaptureSummary(4, 3, 2, 0, 0,
                new CaptureSummary.Skipped(0, 0, 0, 0), java.util.List.of()));
        // Bea's slides, answered from the .Sent folder; Carl's question, dated by its file
        assertThat(ana.with(ana.bea)).extracting(Interaction::summary).containsExactly("Board slides", "Re: Board slides");
        assertThat(ana.with(ana.carl)).singleElement().satisfies(i -> {
            assertThat(i.date()).isEqualTo(LocalDate.of(2026, 11, 21));
            assertThat(i.awaitingReply()).isTrue();
        });
        assertThat(ana.capture.replies().owed()).extracting(OwedReply::subject, OwedReply::source)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Old times", "maildir"),
                        org.assertj.core.groups.Tuple.tuple("Quick question", "maildir"));
        assertThat(ana.capture.mail().importMaildir(maildir).skipped().duplicates()).isEqualTo(4);
    }

    @BothDatabases
    void aFolderWithoutCurOrNewIsRefused(TestDatabase db) throws Exception {
        MailBook ana = new MailBook(db);
        Path empty = Files.createTempDirectory("not-a-maildir");
        Files.writeString(empty.resolve("notes.txt"), "hello");
        Map<String, Integer> before = Tables.counts(db.database());

        assertThatThrownBy(() -> ana.capture.mail().importMaildir(empty))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.reason()).contains("not a Maildir"));
        assertThat(Tables.counts(db.database())).isEqualTo(before);
    }

    @BothDatabases
    void draftsAreNeverReadAsMailSent(TestDatabase db) throws Exception {
        MailBook ana = new MailBook(db);
        Path maildir = MailBook.fixture("maildir");
        String draft = """
                Date: Mon, 23 Nov 2026 10:00:00 +0000
                From: Ana Lima <ana.lima@work.example>
                To: Carl Berg <carl@partner.example>
                Subject: Re: Quick question
                Message-ID: <%s@work.example>

                half written
                """;
        Path drafts = Files.createDirectories(maildir.resolve(".Drafts/cur"));
        Files.writeString(drafts.resolve("1763892000.M9P900.host:2,S"), draft.formatted("d1"));
        Files.writeString(maildir.resolve("cur/1763892001.M9P901.host:2,DS"), draft.formatted("d2"));

        CaptureSummary summary = ana.capture.mail().importMaildir(maildir);

        assertThat(summary.messages()).isEqualTo(4);
        assertThat(ana.with(ana.carl)).singleElement().satisfies(i -> assertThat(i.awaitingReply()).isTrue());
    }

    @BothDatabases
    void junkAndTrashFoldersAreNeverReadSoSpamIsNoReplyOwed(TestDatabase db) throws Exception {
        MailBook ana = new MailBook(db);
        Path maildir = MailBook.fixture("maildir");
        String spam = """
                Date: Mon, 23 Nov 2026 10:00:00 +0000
                From: Prize Office <winner@prizes.example>
                To: Ana Lima <ana.lima@work.example>
                Subject: You won
                Message-ID: <%s@prizes.example>

                claim it
                """;
        Files.writeString(Files.createDirectories(maildir.resolve(".Junk/cur")).resolve("1763892000.M9P900.host:2,S"),
                spam.formatted("j1"));
        Files.writeString(Files.createDirectories(maildir.resolve(".INBOX.Trash/new")).resolve("1763892001.M9P901.host"),
                spam.formatted("t1"));

        CaptureSummary summary = ana.capture.mail().importMaildir(maildir);

        assertThat(summary.messages()).isEqualTo(4); // the fixture's, none of the junk or trash
        assertThat(ana.capture.replies().owed()).noneMatch(o -> o.subject().equals("You won"));
    }
}

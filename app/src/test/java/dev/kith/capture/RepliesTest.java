package dev.kith.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.kith.interactions.Exchange;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import dev.kith.today.Action;
import dev.kith.today.Today;
import java.time.LocalDate;
import java.util.List;

class RepliesTest {

    @BothDatabases
    void onlyUnansweredMailAddressedToMeByAPersonIsOwed(TestDatabase db) {
        MailBook ana = new MailBook(db);
        ana.mbox("gmail-takeout.mbox");

        // not owed: Bea's lunch (answered in its thread), Carl's conference (answered from my second
        // address), Dana's intro (answered without In-Reply-To), Carl's party (undisclosed recipients),
        // Erik's numbers (I am one of many), the auto-reply, the digest, the newsletter, the notification
        assertThat(ana.capture.replies().owed())
                .extracting(o -> o.person().id(), o -> o.person().name(), o -> o.person().emails(), OwedReply::since,
                        OwedReply::source, OwedReply::subject)
                .containsExactly(
                        tuple(ana.jose, "José Núñez", List.of("jose.nunez@uni.example"), LocalDate.of(2026, 11, 5),
                                "mbox", "Paper draft"),
                        tuple(null, "Holm, Frida", List.of("frida@museum.example"), LocalDate.of(2026, 11, 17),
                                "mbox", "Visit to the archive"),
                        tuple(ana.bea, "Bea Ortiz", List.of("bea@client.example"), LocalDate.of(2026, 11, 18),
                                "mbox", "Photos from the trip"));
    }

    @BothDatabases
    void myReplyInALaterCaptureClearsWhatIOwed(TestDatabase db) {
        MailBook ana = new MailBook(db);
        ana.mbox("gmail-takeout.mbox");
        long paper = ana.with(ana.jose).get(0).id();

        CaptureSummary sent = ana.mbox("thunderbird.mbox");

        assertThat(sent.cleared()).isEqualTo(1);
        assertThat(sent.interactions()).isEqualTo(1);
        assertThat(sent.awaitingReply()).isZero(); // Gabriel's board meeting was answered (SV:, no In-Reply-To)
        assertThat(sent.newPeople()).isEqualTo(1);
        assertThat(ana.book.interactions().get(paper).awaitingReply()).isFalse();
        assertThat(ana.capture.replies().owed()).extracting(OwedReply::subject)
                .containsExactly("Visit to the archive", "Photos from the trip");
    }

    @BothDatabases
    void owedMailFromAContactIsOneOfTodaysReplyActions(TestDatabase db) {
        MailBook ana = new MailBook(db);
        ana.mbox("gmail-takeout.mbox");
        long paper = ana.with(ana.jose).get(0).id();
        long photos = ana.with(ana.bea).get(2).id();

        List<Action> replies = ana.book.today().plan(Today.MAX_SIZE).actions().stream()
                .filter(a -> a.kind().equals("reply")).toList();

        assertThat(replies).extracting(Action::ref).containsExactlyInAnyOrder(paper, photos);
        assertThat(replies).filteredOn(a -> a.ref() == paper).singleElement()
                .satisfies(a -> assertThat(a.reason()).startsWith("José Núñez emailed you"));
    }

    @BothDatabases
    void markingRepliedAnywhereTakesItOffTheQueue(TestDatabase db) {
        MailBook ana = new MailBook(db);
        ana.mbox("gmail-takeout.mbox");
        Replies replies = ana.capture.replies();
        OwedReply frida = replies.owed().get(1);

        replies.markReplied(frida);
        ana.book.interactions().markReplied(ana.with(ana.jose).get(0).id()); // what Today's reply action does

        assertThat(replies.owed()).extracting(OwedReply::subject).containsExactly("Photos from the trip");
        assertThat(ana.mbox("gmail-takeout.mbox").cleared()).isZero();
        assertThat(replies.owed()).extracting(OwedReply::subject).containsExactly("Photos from the trip");
    }

    @BothDatabases
    void theRecentQueueHoldsTheRepliesTodayProposesAndCountsTheOlderOnes(TestDatabase db) {
        MailBook ana = new MailBook(db);
        Interaction lastMonth = awaiting(ana, ana.carl, MailBook.TODAY.minusDays(Interaction.REPLY_DAYS), "panel");
        awaiting(ana, ana.jose, MailBook.TODAY.minusDays(Interaction.REPLY_DAYS + 1), "old thread");
        awaiting(ana, ana.bea, MailBook.TODAY.minusYears(2), "older thread");

        Replies.Recent recent = ana.capture.replies().recent();

        assertThat(recent.replies()).extracting(OwedReply::interactionId).containsExactly(lastMonth.id());
        assertThat(recent.older()).isEqualTo(2);
        assertThat(ana.capture.replies().owed()).hasSize(3);
        assertThat(ana.book.today().plan(Today.MAX_SIZE).actions()).filteredOn(a -> a.kind().equals("reply"))
                .extracting(Action::ref).containsExactly(lastMonth.id());
    }

    private static Interaction awaiting(MailBook ana, long who, LocalDate on, String about) {
        return ana.book.interactions().log(Interaction.draft(on, InteractionKind.CALL, Initiator.THEM, null, about,
                Exchange.ASKED, true, List.of(who)));
    }

    @BothDatabases
    void callsAndMessagesLoggedAwaitingMyReplyAreInTheQueueToo(TestDatabase db) {
        MailBook ana = new MailBook(db);
        Interaction call = ana.book.interactions().log(Interaction.draft(LocalDate.of(2026, 11, 20),
                InteractionKind.CALL, Initiator.THEM, null, "voicemail about the panel", Exchange.ASKED, true,
                List.of(ana.carl)));

        assertThat(ana.capture.replies().owed()).singleElement().satisfies(o -> {
            assertThat(o.person().id()).isEqualTo(ana.carl);
            assertThat(o.source()).isEqualTo("logged");
            assertThat(o.interactionId()).isEqualTo(call.id());
            assertThat(o.messageId()).isNull();
            assertThat(o.subject()).isEqualTo("voicemail about the panel");
        });
    }

    @BothDatabases
    void aLaterMessageOfTheirsInTheThreadCarriesWhatIOwe(TestDatabase db) throws Exception {
        MailBook ana = new MailBook(db);
        ana.mbox("gmail-takeout.mbox");
        long first = ana.with(ana.jose).get(0).id();
        java.nio.file.Path nudge = java.nio.file.Files.createTempFile("nudge", ".mbox");
        java.nio.file.Files.writeString(nudge, """
                From jose@uni.example Fri Nov 20 12:00:00 2026
                Message-ID: <nudge@uni.example>
                Date: Fri, 20 Nov 2026 12:00:00 +0000
                From: Jose.Nunez@uni.example
                To: ana.lima@work.example
                Subject: Re: Paper draft
                In-Reply-To: <m3.paper@uni.example>
                References: <m3.paper@uni.example>

                Any news?
                """);

        CaptureSummary summary = ana.capture.mail().importMbox(nudge);

        assertThat(summary.awaitingReply()).isEqualTo(1);
        assertThat(summary.cleared()).isZero();
        assertThat(ana.book.interactions().get(first).awaitingReply()).isFalse();
        assertThat(ana.capture.replies().owed()).filteredOn(o -> ana.jose == (o.person().id() == null ? 0 : o.person().id()))
                .singleElement().satisfies(o -> {
                    assertThat(o.since()).isEqualTo(LocalDate.of(2026, 11, 20));
                    assertThat(o.subject()).isEqualTo("Re: Paper draft");
                });
    }
}

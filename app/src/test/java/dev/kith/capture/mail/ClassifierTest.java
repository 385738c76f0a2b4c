package dev.kith.capture.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClassifierTest {
    private static final Address BEA = new Address("bea@client.example", "Bea");

    private static MailClass kind(Headers h, String from, String subject) {
        return Classifier.classify(h, new Address(from, null), subject);
    }

    @Test
    void listMailIsTold() {
        assertThat(kind(new Headers().add("List-Id", "<x.lists.example>"), "bea@client.example", "Hi"))
                .isEqualTo(MailClass.LIST);
        assertThat(kind(new Headers().add("Precedence", "list"), "bea@client.example", "Hi")).isEqualTo(MailClass.LIST);
    }

    @Test
    void bulkMailIsTold() {
        assertThat(kind(new Headers().add("Precedence", "Bulk"), "bea@client.example", "Hi")).isEqualTo(MailClass.BULK);
        assertThat(kind(new Headers().add("Precedence", "junk"), "bea@client.example", "Hi")).isEqualTo(MailClass.BULK);
        assertThat(kind(new Headers().add("List-Unsubscribe", "<https://x>"), "bea@client.example", "Hi"))
                .isEqualTo(MailClass.BULK);
        assertThat(kind(new Headers().add("X-Gmail-Labels", "Spam,Unread"), "bea@client.example", "Hi"))
                .isEqualTo(MailClass.BULK);
    }

    @Test
    void automaticRepliesAreTold() {
        assertThat(kind(new Headers().add("Auto-Submitted", "auto-replied"), "bea@client.example", "Lunch"))
                .isEqualTo(MailClass.AUTOMATIC);
        assertThat(kind(new Headers().add("Auto-Submitted", "no"), "bea@client.example", "Lunch"))
                .isEqualTo(MailClass.PERSON);
        assertThat(kind(new Headers().add("X-Autoreply", "yes"), "bea@client.example", "Lunch"))
                .isEqualTo(MailClass.AUTOMATIC);
        assertThat(kind(new Headers().add("X-Autorespond", "x"), "bea@client.example", "Lunch"))
                .isEqualTo(MailClass.AUTOMATIC);
        for (String subject : new String[] {"Automatic reply: Lunch", "Out of Office: Lunch", "Autosvar: Lunch",
                "AutoReply: x", "Abwesenheitsnotiz: x", "Réponse automatique : x", "Undeliverable: Lunch"}) {
            assertThat(Classifier.classify(new Headers(), BEA, subject)).as(subject).isEqualTo(MailClass.AUTOMATIC);
        }
        assertThat(Classifier.classify(new Headers(), BEA, "Out of office days next year?")).isEqualTo(MailClass.PERSON);
    }

    @Test
    void noReplyAndNotificationSendersAreTold() {
        for (String from : new String[] {"noreply@x.example", "no-reply@x.example", "donotreply@x.example",
                "do-not-reply@x.example", "notifications@github.com", "MAILER-DAEMON@x.example",
                "postmaster@x.example", "noreply+abc@x.example", "bounces+123@x.example",
                "calendar-notification@google.com", "account.noreply@x.example", "jobs-noreply@linkedin.com"}) {
            assertThat(Classifier.noReply(from)).as(from).isTrue();
        }
        assertThat(Classifier.noReply("noreen@x.example")).isFalse();
        assertThat(Classifier.noReply("ann.notifier@x.example")).isFalse();
        assertThat(Classifier.noReply("norman.mailer@x.example")).isFalse();
        assertThat(Classifier.classify(new Headers(), BEA, "Lunch")).isEqualTo(MailClass.PERSON);
    }

    @Test
    void calendarInvitationsAndAnswersAreAutomaticNotOwedAReply() {
        Headers google = new Headers().add("Sender", "Google Calendar <calendar-notification@google.com>")
                .add("Reply-To", "Bea <bea@client.example>").add("Content-Type", "multipart/mixed; boundary=x");
        assertThat(Classifier.classify(google, BEA, "Sync")).isEqualTo(MailClass.AUTOMATIC);
        assertThat(kind(new Headers().add("Content-Class", "urn:content-classes:calendarmessage"), "bea@client.example",
                "Sync")).isEqualTo(MailClass.AUTOMATIC);
        assertThat(kind(new Headers().add("Content-Type", "text/calendar; method=REQUEST"), "bea@client.example",
                "Sync")).isEqualTo(MailClass.AUTOMATIC);
        for (String subject : new String[] {"Invitation: Sync @ Fri Dec 6, 2019 10am - 11am (PST) (sam@home.example)",
                "Updated invitation: Sync @ Mon Dec 9, 2019", "Accepted: Sync @ Fri", "Declined: Sync", "Tentatively accepted: Sync",
                "Canceled event: Sync", "Tentative: Sync", "Canceled: Sync"}) {
            assertThat(Classifier.classify(new Headers(), BEA, subject)).as(subject).isEqualTo(MailClass.AUTOMATIC);
        }
        assertThat(Classifier.classify(new Headers(), BEA, "Invitations for the party")).isEqualTo(MailClass.PERSON);
        assertThat(Classifier.classify(new Headers(), BEA, "Invitation: keynote at FooConf?")).isEqualTo(MailClass.PERSON);
        assertThat(Classifier.classify(new Headers().add("Sender", "Bea <bea@client.example>"), BEA, "Hi"))
                .isEqualTo(MailClass.PERSON);
    }

    @Test
    void autoRepliesMarkedTheWaysOtherRespondersDoAreTold() {
        for (String[] field : new String[][] {{"Precedence", "auto_reply"}, {"X-Precedence", "auto_reply"},
                {"X-Precedence", "bulk"}, {"X-Autogenerated", "Reply"}, {"X-Autoreply-From", "bea@client.example"},
                {"X-Mail-Autoreply", "yes"}, {"X-FC-MachineGenerated", "true"}}) {
            assertThat(kind(new Headers().add(field[0], field[1]), "bea@client.example", "Lunch")).as(field[0])
                    .isIn(MailClass.AUTOMATIC, MailClass.BULK);
        }
        assertThat(kind(new Headers().add("X-Autogenerated", "Forward"), "bea@client.example", "Lunch"))
                .as("mail a rule forwarded is still the person's").isEqualTo(MailClass.PERSON);
    }

    @Test
    void aQuotedGmailLabelWithACommaIsOneLabelAndChatsAreNotMail() {
        Headers labels = new Headers().add("X-Gmail-Labels", "Archived,\"Clients, Sent\",\"Trash, 2019\",Opened");
        assertThat(kind(labels, "bea@client.example", "Hi")).isEqualTo(MailClass.PERSON);
        assertThat(Classifier.labelled(labels.get("x-gmail-labels"), "sent")).isFalse();
        assertThat(Classifier.labelled(labels.get("x-gmail-labels"), "Clients, Sent")).isTrue();
        assertThat(Classifier.labelled("Sent,\"a, b\"", "sent")).isTrue();
        assertThat(kind(new Headers().add("X-Gmail-Labels", "Archived,Chat"), "bea@client.example", null))
                .isEqualTo(MailClass.CHAT);
    }

    @Test
    void draftsAreTold() {
        assertThat(kind(new Headers().add("X-Gmail-Labels", "Drafts,Opened"), "bea@client.example", "Hi"))
                .isEqualTo(MailClass.DRAFT);
        assertThat(kind(new Headers().add("X-Mozilla-Draft-Info", "internal/draft; vcard=0"), "bea@client.example",
                "Hi")).isEqualTo(MailClass.DRAFT);
        assertThat(kind(new Headers().add("X-Uniform-Type-Identifier", "com.apple.mail-draft"), "bea@client.example",
                "Hi")).isEqualTo(MailClass.DRAFT);
        assertThat(kind(new Headers().add("X-Gmail-Labels", "Inbox,Draftsmanship"), "bea@client.example", "Hi"))
                .isEqualTo(MailClass.PERSON);
    }
}

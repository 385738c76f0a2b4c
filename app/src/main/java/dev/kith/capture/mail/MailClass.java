package dev.kith.capture.mail;

/**
 * What a message is, from its header fields: mail from a person, or mail capture counts and drops —
 * list mail ({@code List-Id}, {@code Precedence: list}), bulk mail ({@code List-Unsubscribe},
 * {@code Precedence: bulk|junk}, spam), automatic replies and reports, no-reply or notification senders, and
 * drafts never sent (Gmail's {@code Drafts} label, Thunderbird's {@code X-Mozilla-Draft-Info}, Apple Mail's draft
 * type, a Maildir file flagged {@code D}).
 */
public enum MailClass {
    PERSON, LIST, BULK, AUTOMATIC, NO_REPLY, DRAFT
}

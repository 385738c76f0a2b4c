package dev.kith.capture.mail;

/**
 * What a message is, from its header fields: mail from a person, or mail capture counts and drops —
 * list mail ({@code List-Id}, {@code Precedence: list}), bulk mail ({@code List-Unsubscribe},
 * {@code Precedence: bulk|junk}, spam), automatic replies and reports, no-reply or notification senders, and
 * drafts never sent (Gmail's {@code Drafts} label, Thunderbird's {@code X-Mozilla-Draft-Info}, Apple Mail's draft
 * type, a Maildir file flagged {@code D}), and mail deleted that a file still holds (Thunderbird's expunged
 * flag in {@code X-Mozilla-Status}, kept until the folder is compacted; Gmail's {@code Trash} label), as an IMAP
 * source never reads the trash; and chats a Gmail export holds (label {@code Chat}), one message a line of talk.
 */
public enum MailClass {
    PERSON, LIST, BULK, AUTOMATIC, NO_REPLY, DRAFT, DELETED, CHAT
}

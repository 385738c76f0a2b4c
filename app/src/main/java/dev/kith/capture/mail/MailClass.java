package dev.kith.capture.mail;

/**
 * What a message is, from its header fields: mail from a person, or mail capture counts and drops —
 * list mail ({@code List-Id}, {@code Precedence: list}), bulk mail ({@code List-Unsubscribe},
 * {@code Precedence: bulk|junk}, spam), automatic replies and reports, and no-reply or notification senders.
 */
public enum MailClass {
    PERSON, LIST, BULK, AUTOMATIC, NO_REPLY
}

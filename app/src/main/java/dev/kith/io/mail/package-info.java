/**
 * Sending notes by SMTP: the user's mail settings in a private file, a {@link dev.kith.io.mail.Mailer}
 * that only sends, and the {@link dev.kith.io.mail.NoteSender} that sends a note and records it only
 * after the server has accepted it.
 */
package dev.kith.io.mail;

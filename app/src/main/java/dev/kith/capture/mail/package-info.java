/**
 * Reading mail for capture: mbox files, Maildir folders and messages saved one per file ({@code .eml})
 * streamed line by line with bounded memory, header fields parsed (Jakarta Mail's address, date and RFC 2047 decoders), each message
 * classified (person, list, bulk, automatic, no-reply) and handed on as a {@link
 * dev.kith.capture.mail.MailMessage} without its body. An IMAP source plugs in as another {@link
 * dev.kith.capture.mail.MessageSource}, parsing its header fields through the same {@link
 * dev.kith.capture.mail.MessageParser}.
 */
package dev.kith.capture.mail;

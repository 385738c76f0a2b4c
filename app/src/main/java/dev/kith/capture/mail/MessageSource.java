package dev.kith.capture.mail;

/**
 * A store of mail read once from start to end: an mbox file, a Maildir folder, later an IMAP folder
 * (which gives each message its UIDVALIDITY and UID as {@link MailMessage#sourceKey()}). Reading is
 * streamed: a source holds one message at a time.
 */
public interface MessageSource {
    /** {@code mbox}, {@code maildir} or {@code imap}: what captured messages record as their source. */
    String kind();

    /**
     * Delivers every message to {@code sink}; a message it cannot read goes to
     * {@link MessageSink#unreadable} and reading goes on. Throws {@link dev.kith.io.ImportException}
     * (file, line, reason) when the input is not of this kind at all or cannot be read.
     */
    void read(MessageSink sink);
}

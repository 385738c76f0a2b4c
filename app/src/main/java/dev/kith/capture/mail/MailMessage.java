package dev.kith.capture.mail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * One message as capture sees it: who, when, what about, how it threads, and what kind of mail it is;
 * never its body (only a snippet of its first text part, maybe null). {@code origin} says where it
 * was read (a file and line, a Maildir file, an IMAP folder and UID) for warnings. {@code messageId}
 * is the Message-ID without brackets, null when missing; {@code sourceKey} is the source's own stable
 * key (an IMAP source's UIDVALIDITY and UID), null for files. {@code threadRoot} is the first
 * message-id of References, else In-Reply-To, else null. {@code labelledSent} says the source filed it as
 * sent by me (Gmail's {@code Sent} label), whatever address it was sent from. {@code claimedAt} is the Date
 * field when the message is dated otherwise because that Date is later than it can have arrived (a sender's
 * clock years ahead, a typed 2062), else null.
 */
public record MailMessage(String origin, String messageId, String sourceKey, Instant sentAt, Instant claimedAt,
                          Address from,
                          List<Address> to, List<Address> cc, List<Address> bcc, String subject, String threadRoot,
                          String snippet, MailClass kind, boolean labelledSent) {
    public MailMessage {
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(kind, "kind");
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        bcc = List.copyOf(bcc);
    }

    /**
     * This message dated {@code at} instead of its Date, which it keeps as {@link #claimedAt()}: for a Date later than
     * the message can have arrived.
     */
    public MailMessage datedAt(Instant at) {
        return new MailMessage(origin, messageId, sourceKey, at, claimedAt != null ? claimedAt : sentAt, from, to, cc,
                bcc, subject, threadRoot, snippet, kind, labelledSent);
    }

    /**
     * The key that makes a message count once across sources and runs: the Message-ID; else the
     * source's key; else a hash of sender, date (the Date as written, however the message is dated), subject
     * and recipients, stable for the same message.
     */
    public String key() {
        if (messageId != null) {
            return messageId;
        }
        if (sourceKey != null) {
            return sourceKey;
        }
        StringBuilder sb = new StringBuilder().append(from.email()).append('\n')
                .append((claimedAt != null ? claimedAt : sentAt).getEpochSecond())
                .append('\n').append(subject == null ? "" : subject);
        to.forEach(a -> sb.append('\n').append(a.email()));
        return "sha256:" + hash(sb.toString());
    }

    /** The first 128 bits of the SHA-256 of {@code text}, in hex. */
    public static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

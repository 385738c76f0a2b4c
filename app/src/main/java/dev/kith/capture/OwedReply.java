package dev.kith.capture;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A message I owe an answer: from {@code person}, waiting {@code since} that date, about {@code subject}
 * (null when it has none). {@code source} is where it was captured ({@code mbox}, {@code maildir},
 * {@code imap}) or {@code logged} for an inbound call, email or message logged by hand.
 * {@code messageId} is the captured message (null for a logged one), {@code interactionId} the
 * interaction awaiting my reply (null for mail from someone not in the book).
 */
public record OwedReply(Correspondent person, LocalDate since, String source, String subject, Long interactionId,
                        Long messageId) {
    public OwedReply {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(source, "source");
    }
}

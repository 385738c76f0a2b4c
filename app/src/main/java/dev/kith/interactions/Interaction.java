package dev.kith.interactions;

import dev.kith.core.ValidationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Something that happened between me and one or more contacts. {@code minutes} and {@code summary}
 * are null when not given. {@code awaitingReply} marks an inbound call, email or message I still owe
 * an answer.
 */
public record Interaction(long id, LocalDate date, InteractionKind kind, Initiator initiator, Integer minutes,
                          String summary, Exchange exchange, boolean awaitingReply, List<Long> people) {
    /**
     * How many days an interaction awaiting my reply stays one to return: Today proposes those of the last
     * {@value} days and {@code kith replies} lists them; older ones are still owed ({@code kith replies --all})
     * and the person comes back through keeping in touch.
     */
    public static final int REPLY_DAYS = 30;

    public Interaction {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(initiator, "initiator");
        exchange = exchange == null ? Exchange.NEUTRAL : exchange;
        people = List.copyOf(people);
        if (people.isEmpty()) {
            throw new ValidationException("people", "an interaction needs at least one person");
        }
        if (minutes != null && (minutes < 0 || minutes > 24 * 60)) {
            throw new ValidationException("minutes", "must be between 0 and 1440, not " + minutes);
        }
        if (awaitingReply && initiator != Initiator.THEM) {
            throw new ValidationException("awaiting-reply", "only an interaction they started can await my reply");
        }
        if (awaitingReply && !kind.canAwaitReply()) {
            throw new ValidationException("awaiting-reply",
                    "only a call, email or message can await a reply, not a " + kind.code());
        }
    }

    /** A new interaction, not yet stored (id 0); a summary over 64 KB is a {@link ValidationException}. */
    public static Interaction draft(LocalDate date, InteractionKind kind, Initiator initiator, Integer minutes,
                                    String summary, Exchange exchange, boolean awaitingReply, List<Long> people) {
        dev.kith.core.Limits.text("summary", summary, dev.kith.core.Limits.LONG_TEXT);
        return new Interaction(0, date, kind, initiator, minutes, summary, exchange, awaitingReply, people);
    }
}

package dev.kith.network;

import java.time.LocalDate;
import java.util.Objects;

/**
 * That I asked contact {@code contactId} "who should I meet about {@code topic}?" on {@code askedOn},
 * possibly about one of my targets ({@code targetId}, else null). Open until {@code answeredOn} is
 * set, with the person they suggested ({@code suggestedId}; null while open, and when nothing came of it).
 */
public record Ask(long id, long contactId, String contactName, String topic, Long targetId, LocalDate askedOn,
                  LocalDate answeredOn, Long suggestedId, String suggestedName) {
    public Ask {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(askedOn, "askedOn");
    }

    public boolean open() {
        return answeredOn == null;
    }

    /** Whether the ask was closed without anyone suggested. */
    public boolean nothingCameOfIt() {
        return answeredOn != null && suggestedId == null;
    }
}

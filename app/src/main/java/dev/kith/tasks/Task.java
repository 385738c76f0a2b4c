package dev.kith.tasks;

import dev.kith.core.ValidationException;
import java.time.LocalDate;
import java.util.Objects;

/** Something to do with a person by a date, such as "send the article" or "book the lunch". */
public record Task(long id, long contactId, String kind, LocalDate due, TaskStatus status, String note) {
    public Task {
        if (kind == null || kind.isBlank()) {
            throw new ValidationException("kind", "must not be blank");
        }
        Objects.requireNonNull(due, "due");
        status = status == null ? TaskStatus.OPEN : status;
    }
}

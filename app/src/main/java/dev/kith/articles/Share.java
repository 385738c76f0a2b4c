package dev.kith.articles;

import java.time.LocalDate;

/** A share of article {@code articleId} with contact {@code contactId}, logged as interaction {@code interactionId}. */
public record Share(long id, long articleId, long contactId, Long interactionId, LocalDate date, String why,
                    String draft) {
}

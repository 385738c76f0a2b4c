package dev.kith.articles;

import java.util.List;
import java.util.Objects;

/**
 * A contact who would benefit from an article: {@code score} ranks (higher first),
 * {@code similarity} is the raw cosine of the article and the profile, {@code reasons} say why in
 * words (matching interests, tags, notes, recent milestone, similarity).
 */
public record Recipient(long contactId, String name, double score, double similarity, List<String> reasons) {
    public Recipient {
        Objects.requireNonNull(name, "name");
        reasons = List.copyOf(reasons);
    }
}

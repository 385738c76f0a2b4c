package dev.kith.articles;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** An article in the library: the text is what the user gave (may be null), as is the takeaway. */
public record Article(long id, String url, String title, String text, String takeaway, List<String> tags,
                      LocalDate addedOn) {
    public Article {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
        tags = List.copyOf(tags);
    }

    /** What is matched against profiles: title, tags, takeaway and text. */
    public String matchText() {
        return title + ". " + String.join(", ", tags) + ". " + (takeaway == null ? "" : takeaway + ". ")
                + (text == null ? "" : text);
    }
}

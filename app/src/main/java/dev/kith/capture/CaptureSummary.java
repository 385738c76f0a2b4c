package dev.kith.capture;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * What one capture run did. {@code messages} were read; {@code interactions} were newly logged;
 * {@code awaitingReply} messages became owed a reply; {@code cleared} owed replies were answered by
 * a later message of mine; {@code newPeople} joined the inbox of new people. {@code skipped}: bulk
 * (bulk, automatic and no-reply mail, drafts, deleted mail a file still holds, and Gmail chats), list mail, duplicates (seen earlier in the run or in an
 * earlier run) and unreadable messages, whose reasons are the {@code warnings} (the first
 * {@value #MAX_WARNINGS}; not part of the JSON shape). Run again on the same input, it logs nothing.
 */
@JsonPropertyOrder({"messages", "interactions", "awaitingReply", "cleared", "newPeople", "skipped"})
public record CaptureSummary(int messages, int interactions, int awaitingReply, int cleared, int newPeople,
                             Skipped skipped, @JsonIgnore List<String> warnings) {
    public static final int MAX_WARNINGS = 100;

    public CaptureSummary {
        warnings = List.copyOf(warnings);
    }

    /** Messages read but not used, by reason. */
    @JsonPropertyOrder({"bulk", "lists", "duplicates", "unreadable"})
    public record Skipped(int bulk, int lists, int duplicates, int unreadable) {
    }

    CaptureSummary withNewPeople(int n) {
        return new CaptureSummary(messages, interactions, awaitingReply, cleared, n, skipped, warnings);
    }

    /** The summary in words, e.g. "120 messages: 40 interactions, 3 awaiting your reply, 1 cleared, 2 new people; skipped 50 bulk, ...". */
    public String inWords() {
        return messages + (messages == 1 ? " message: " : " messages: ") + interactions
                + (interactions == 1 ? " interaction, " : " interactions, ") + awaitingReply + " awaiting your reply, "
                + cleared + " cleared, " + newPeople + (newPeople == 1 ? " new person" : " new people")
                + "; skipped " + skipped.bulk() + " bulk, " + skipped.lists() + " from lists, " + skipped.duplicates()
                + (skipped.duplicates() == 1 ? " duplicate, " : " duplicates, ") + skipped.unreadable() + " unreadable";
    }
}
